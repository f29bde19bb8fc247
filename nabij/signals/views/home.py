"""The signals hub: surveys, unmet needs, testimonies and signal reports of a place."""

from django.http import HttpRequest, HttpResponse

from nabij.community.access import place_view
from nabij.community.views.common import render_place
from nabij.signals.views.common import READERS


@place_view(*READERS)
def home(request: HttpRequest) -> HttpResponse:
    return render_place(request, "signals/home.html")
