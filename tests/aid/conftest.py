"""What mutual aid adds to the cast: Rabot's streets, who speaks what, who offers what.

Rabot's sectors lie on a line, west to east: Rabotstraat (0 m), Wondelgemstraat (400 m),
Torens Rabot (900 m); Bloemekenswijk is 3 km away, outside everyone's radius.

- Amina (resident, no log-in) speaks Arabic and French and lives in the Rabotstraat.
- Youssef (volunteer) speaks Dutch and Arabic, lives in the Wondelgemstraat and offers
  groceries and visits to two people at a time; a worker screened him for home visits.
- Jef (neighbour) speaks Dutch and French, lives in the Torens and offers groceries to
  one person; nobody screened him.
- Mehmet (shop) speaks Turkish and Dutch and has no offer.
"""

from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.apps import apps
from django.utils import timezone

from nabij.aid import services
from nabij.aid.choices import OPEN_MATCH_STATES, HelpType
from nabij.aid.models import Match, Offer, Request
from nabij.community.models import Member, Place, Role, Sector, SpokenLanguage


@dataclass
class Street:
    """Rabot's mutual aid at the start of a test."""

    youssef: Offer  # groceries and visits, two at a time, screened
    jef: Offer  # groceries, one at a time, not screened


def speaks(member: Member, *codes: str) -> None:
    SpokenLanguage.objects.bulk_create(SpokenLanguage(member=member, code=c) for c in codes)


def lives_in(member: Member, sector: str) -> None:
    member.sector = sector
    member.save(update_fields=["sector"])


@pytest.fixture
def street(cast) -> Street:
    for name, x in (("Rabotstraat", 0), ("Wondelgemstraat", 400), ("Torens Rabot", 900)):
        Sector.objects.create(place=cast.rabot, name=name, x_m=x, y_m=0)
    Sector.objects.create(place=cast.rabot, name="Bloemekenswijk", x_m=3000, y_m=0)
    speaks(cast.resident, "ar", "fr")
    speaks(cast.volunteer, "nl", "ar")
    speaks(cast.neighbour, "nl", "fr")
    speaks(cast.shop, "tr", "nl")
    lives_in(cast.volunteer, "Wondelgemstraat")
    lives_in(cast.neighbour, "Torens Rabot")
    youssef = services.offer_save(
        actor=cast.volunteer,
        place=cast.rabot,
        member=cast.volunteer,
        help_types=[HelpType.GROCERIES, HelpType.VISIT],
        radius_m=1500,
        capacity=2,
    )
    youssef = services.offer_vet(actor=cast.worker, place=cast.rabot, offer=youssef, vetted=True)
    jef = services.offer_save(
        actor=cast.neighbour,
        place=cast.rabot,
        member=cast.neighbour,
        help_types=[HelpType.GROCERIES],
        radius_m=1500,
        capacity=1,
    )
    return Street(youssef=youssef, jef=jef)


def ask(cast, requester: Member | None = None, **fields) -> Request:
    """Sara registers a request on someone's behalf (Amina's, unless told otherwise)."""
    return services.request_create(
        actor=fields.pop("actor", cast.worker),
        place=fields.pop("place", cast.rabot),
        requester=requester or cast.resident,
        help_type=fields.pop("help_type", HelpType.GROCERIES),
        **fields,
    )


def propose(cast, request: Request, helper: Member, **fields) -> Match:
    return services.match_propose(
        actor=cast.worker, place=cast.rabot, request=request, helper=helper, **fields
    )


def approved(cast, request: Request, helper: Member) -> Match:
    match = propose(cast, request, helper)
    return services.match_approve(actor=cast.worker, place=cast.rabot, match=match)


def resident(place: Place, name: str, *, sector: str = "", languages=("nl",)) -> Member:
    """One more resident of the place, for tests that need a crowd."""
    now = timezone.now()
    member = Member.objects.create(
        place=place, display_name=name, sector=sector, created_at=now, updated_at=now
    )
    Role.objects.create(place=place, member=member, kind="resident", since=now)
    speaks(member, *languages)
    return member


def days_ago(days: float):
    return timezone.now() - timedelta(days=days)


def assert_open_matches_true() -> None:
    """The invariant: every offer counts exactly its approved and accepted matches."""
    for offer in Offer.objects.all():
        running = Match.objects.filter(offer=offer, state__in=OPEN_MATCH_STATES).count()
        assert offer.open_matches == running, f"offer of member {offer.member_id}"


def rows() -> dict[str, object]:
    """How many rows every aid and community table holds, and the state of what a refused
    service could have half-changed: matches, offers, requests."""
    tables = [
        *apps.get_app_config("aid").get_models(),
        *apps.get_app_config("community").get_models(),
    ]
    counts: dict[str, object] = {model.__name__: model.objects.count() for model in tables}
    counts["match states"] = sorted(Match.objects.values_list("pk", "state", "reviewed"))
    counts["offers"] = sorted(
        Offer.objects.values_list("pk", "open_matches", "capacity", "active", "vetted")
    )
    counts["requests"] = sorted(Request.objects.values_list("pk", "status", "unmet_since"))
    return counts


def states() -> dict[int, str]:
    return dict(Match.objects.values_list("pk", "state"))
