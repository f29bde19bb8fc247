"""Pages outside any place: the welcome page and logging in."""

from dataclasses import dataclass

from django.contrib.auth import views as auth_views
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from nabij.community.access import member_of
from nabij.community.models import Place
from nabij.community.selectors import places_of
from nabij.fund.models import Fund
from nabij.repair.models import RepairItem


@dataclass(frozen=True)
class PublicPages:
    """What a place publishes for anyone, without logging in."""

    place: Place
    fund: Fund | None
    repair: bool


def public_pages() -> list[PublicPages]:
    """Places with a fund's transparency page or a repair café's summary, by name."""
    funds = {fund.place_id: fund for fund in Fund.objects.all()}
    repairing = set(RepairItem.objects.values_list("place_id", flat=True).distinct())
    places = Place.objects.filter(pk__in=funds.keys() | repairing).order_by("name", "pk")
    return [
        PublicPages(place=place, fund=funds.get(place.pk), repair=place.pk in repairing)
        for place in places
    ]


def home(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "home.html",
        {"places": places_of(member_of(request.user)), "public": public_pages()},
    )


class LoginView(auth_views.LoginView):
    template_name = "registration/login.html"
    redirect_authenticated_user = True
