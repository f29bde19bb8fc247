"""Rabot's year of neighbourly help, recorded through the services a worker uses, for the
insight page tests: enough people that some figures show and others are suppressed.

Six helpers each helped one neighbour (a done match); Amina (vulnerable, followed up by
Sara) was helped by Youssef; Fatma (vulnerable, also Sara's) had no exchange at all;
Rik (vulnerable, Sara's) met four people at the repair café. At the school, Olena is
vulnerable too, and the refresh is run for both places.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.utils import timezone

from nabij.aid import services as aid
from nabij.aid.choices import HelpType
from nabij.community import services as community
from nabij.community.choices import EventKind
from nabij.community.models import Member
from nabij.community.services.members import MemberDetails
from nabij.insight.services import metrics_refresh
from tests.conftest import Cast


@dataclass
class World:
    helpers: list[Member]
    helped: list[Member]
    fatma: Member
    rik: Member
    cafe: list[Member]


def _register(cast: Cast, name: str, *, vulnerable: bool = False, language: str = "nl") -> Member:
    return community.member_register(
        actor=cast.worker,
        place=cast.rabot,
        details=MemberDetails(
            display_name=name, languages=(language,), vulnerable=vulnerable, sector="Rabotstraat"
        ),
    )


def _follow_up(member: Member, worker: Member) -> None:
    """No service sets a person's regular worker yet; the cast sets it the same way."""
    Member.objects.filter(pk=member.pk).update(contact_worker=worker)


def help_done(cast: Cast, *, helper: Member, requester: Member) -> None:
    """A worker placed a helper for a neighbour's groceries, and it happened."""
    common = {"actor": cast.worker, "place": cast.rabot}
    aid.offer_save(**common, member=helper, help_types=[HelpType.GROCERIES])
    request = aid.request_create(**common, requester=requester, help_type=HelpType.GROCERIES)
    match = aid.match_propose(**common, request=request, helper=helper)
    match = aid.match_approve(**common, match=match)
    aid.match_close(**common, match=match, done=True)


def met_at_repair_cafe(cast: Cast, people: list[Member]) -> None:
    starts = timezone.now() - timedelta(days=10)
    event = community.event_create(
        actor=cast.worker,
        place=cast.rabot,
        title="Repair café",
        kind=EventKind.REPAIR_CAFE,
        starts_at=starts,
        ends_at=starts + timedelta(hours=3),
    )
    for person in people:
        community.attendance_record(actor=cast.worker, place=cast.rabot, event=event, member=person)


def rabot_year(cast: Cast) -> World:
    languages = ["nl", "nl", "ar", "ar", "tr", "nl"]
    helpers = [_register(cast, f"Helper {n}", language=languages[n]) for n in range(6)]
    helped = [_register(cast, f"Buur {n}", language=languages[n]) for n in range(6)]
    for helper, neighbour in zip(helpers, helped, strict=True):
        help_done(cast, helper=helper, requester=neighbour)
    help_done(cast, helper=cast.volunteer, requester=cast.resident)
    fatma = _register(cast, "Fatma", vulnerable=True, language="ar")
    rik = _register(cast, "Rik", vulnerable=True)
    for member in (fatma, rik):
        _follow_up(member, cast.worker)
    cafe = [
        _register(cast, f"Bezoeker {n}", language=code)
        for n, code in enumerate(["ar", "tr", "nl", "ar"])
    ]
    met_at_repair_cafe(cast, [rik, *cafe])
    # Olena, at the school, is vulnerable and (by mistake) marked as Sara's.
    Member.objects.filter(pk=cast.pupil_parent.pk).update(vulnerable=True)
    _follow_up(cast.pupil_parent, cast.worker)
    for place in (cast.rabot, cast.school):
        metrics_refresh(place=place)
    return World(helpers=helpers, helped=helped, fatma=fatma, rik=rik, cafe=cafe)
