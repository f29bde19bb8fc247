"""The signals hub: surveys, unmet needs, testimonies and signal reports of a place."""

from django.http import HttpRequest, HttpResponse

from nabij.community.access import place_view
from nabij.community.views.common import render_place
from nabij.signals.selectors.reports import signals_hub
from nabij.signals.views.common import READERS, STAFF


@place_view(*READERS)
def home(request: HttpRequest) -> HttpResponse:
    return render_place(
        request,
        "signals/home.html",
        {"hub": signals_hub(request.place), "is_staff": bool(request.roles & set(STAFF))},
    )
