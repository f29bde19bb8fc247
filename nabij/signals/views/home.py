"""The signals hub: surveys, unmet needs, testimonies and signal reports of a place."""

from django.http import HttpRequest, HttpResponse
from django.urls import NoReverseMatch, reverse

from nabij.community.access import place_view
from nabij.community.views.common import render_place
from nabij.signals.selectors.reports import signals_hub
from nabij.signals.views.common import READERS, STAFF

# Pages of the other parts of signals, linked once they exist.
SECTIONS = ("survey_list", "needs", "testimonies")


def _url(name: str, slug: str) -> str:
    try:
        return reverse(f"signals:{name}", kwargs={"slug": slug})
    except NoReverseMatch:
        return ""


@place_view(*READERS)
def home(request: HttpRequest) -> HttpResponse:
    slug = request.place.slug
    return render_place(
        request,
        "signals/home.html",
        {
            "hub": signals_hub(request.place),
            "links": {name: _url(name, slug) for name in SECTIONS},
            "is_staff": bool(request.roles & set(STAFF)),
        },
    )
