"""Pages outside any place: the welcome page and logging in."""

from dataclasses import dataclass

from django.contrib.auth import views as auth_views
from django.db.models import Exists, OuterRef, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from nabij.community.access import member_of
from nabij.community.models import Place
from nabij.community.selectors import places_of
from nabij.fund.models import Fund
from nabij.practices.choices import Visibility
from nabij.practices.models import Practice
from nabij.repair.models import RepairItem


@dataclass(frozen=True)
class PublicPages:
    """What a place publishes for anyone, without logging in."""

    place: Place
    fund: Fund | None
    repair: bool
    practices: bool  # public practices in the open catalogue


def public_pages() -> list[PublicPages]:
    """Places with a fund's transparency page, a repair café's summary or public practices,
    by name."""
    funds = {fund.place_id: fund for fund in Fund.objects.all()}
    repairing = set(RepairItem.objects.values_list("place_id", flat=True).distinct())
    publishing = Exists(Practice.objects.filter(place=OuterRef("pk"), visibility=Visibility.PUBLIC))
    places = (
        Place.objects.annotate(publishes_practices=publishing)
        .filter(Q(pk__in=funds.keys() | repairing) | Q(publishes_practices=True))
        .order_by("name", "pk")
    )
    return [
        PublicPages(
            place=place,
            fund=funds.get(place.pk),
            repair=place.pk in repairing,
            practices=place.publishes_practices,
        )
        for place in places
    ]


def home(request: HttpRequest) -> HttpResponse:
    public = public_pages()
    return render(
        request,
        "home.html",
        {
            "places": places_of(member_of(request.user)),
            "public": public,
            "catalogue": any(entry.practices for entry in public),
        },
    )


class LoginView(auth_views.LoginView):
    template_name = "registration/login.html"
    redirect_authenticated_user = True
