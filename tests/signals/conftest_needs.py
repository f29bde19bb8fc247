"""Rabot's unmet needs of autumn 2026, seen in all three places Nabij looks.

Help requests nobody took on (flagged unmet on 20 October):
  groceries   x7  Fatima, Oksana, Mohamed, Lotte, Ahmet, Maria, Karim  (all Rabotstraat)
  paperwork   x3  Nadia, Tom, Bilal
  translation x1  Sofia: her request came out of an outreach call, so the call is the
                  same need and does not count again
Outreach calls that found a need (10 October):
  6 with no request (counted as "other"): Jonas, Emre, Lina, Ilse, Samir, Hatice
  1 whose request (meals, Dirk) nobody took on yet, not flagged: counted as a call
  1 whose request (groceries, Greet) got a helper: met, not counted
Needs noted by hand:
  housing, 6 people, "rabotstraat", the choir, 15 October
  energy, 2 people, 15 September

Groups: the women's group (Fatima, Oksana, Mohamed, Lotte, Ahmet, Nadia) and the choir
(Fatima, Oksana, Mohamed, Jonas, Emre, Lina): three people are in both.

Exact counts: requests 11, calls 7, by hand 8 needs; 26 needs in all.
"""

from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from nabij.aid import services as aid
from nabij.aid.choices import CallOutcome, HelpType
from nabij.aid.outreach import call_record
from nabij.community import services as community
from nabij.community.choices import Bond, CommunityKind, RoleKind
from nabij.community.models import Group, Member, Role
from nabij.signals.choices import NeedType
from nabij.signals.services.needs import unmet_need_record
from tests.conftest import Cast

BRUSSELS = ZoneInfo("Europe/Brussels")
CREATED = datetime(2026, 10, 1, 9, 0, tzinfo=BRUSSELS)
CALLED = datetime(2026, 10, 10, 11, 0, tzinfo=BRUSSELS)
FLAGGED = datetime(2026, 10, 20, 8, 0, tzinfo=BRUSSELS)
NOW = datetime(2026, 11, 20, 10, 0, tzinfo=BRUSSELS)

GROCERIES = ["Fatima", "Oksana", "Mohamed", "Lotte", "Ahmet", "Maria", "Karim"]
PAPERWORK = ["Nadia", "Tom", "Bilal"]
CALLED_NO_REQUEST = ["Jonas", "Emre", "Lina", "Ilse", "Samir", "Hatice"]
WOMEN = ["Fatima", "Oksana", "Mohamed", "Lotte", "Ahmet", "Nadia"]
CHOIR = ["Fatima", "Oksana", "Mohamed", "Jonas", "Emre", "Lina"]


def resident(cast: Cast, name: str, *, sector: str = "") -> Member:
    member = Member.objects.create(
        place=cast.rabot, display_name=name, sector=sector, created_at=CREATED, updated_at=CREATED
    )
    Role.objects.create(place=cast.rabot, member=member, kind=RoleKind.RESIDENT, since=CREATED)
    return member


def request_for(cast: Cast, member: Member, help_type: str, *, at: datetime = CREATED):
    return aid.request_create(
        actor=cast.worker, place=cast.rabot, requester=member, help_type=help_type, now=at
    )


def need_call(cast: Cast, member: Member, *, help_type: str | None = None, at: datetime = CALLED):
    return call_record(
        actor=cast.worker,
        place=cast.rabot,
        member=member,
        outcome=CallOutcome.NEED_FOUND,
        request={"help_type": help_type} if help_type else None,
        now=at,
    )


def group_of(cast: Cast, name: str, members: list[Member]) -> Group:
    group = community.group_create(
        actor=cast.worker,
        place=cast.rabot,
        name=name,
        kind=CommunityKind.TIGHT,
        bond=Bond.EXPERIENCE,
        now=CREATED,
    )
    for member in members:
        community.group_member_add(
            actor=cast.worker, place=cast.rabot, group=group, member=member, now=CREATED
        )
    return group


@dataclass
class Autumn:
    people: dict[str, Member] = field(default_factory=dict)
    women: Group | None = None
    choir: Group | None = None


@pytest.fixture(name="autumn")
def autumn_fixture(cast) -> Autumn:
    people = {name: resident(cast, name, sector="Rabotstraat") for name in GROCERIES}
    for name in [*PAPERWORK, *CALLED_NO_REQUEST, "Sofia", "Dirk", "Greet"]:
        people[name] = resident(cast, name)
    for name in GROCERIES:
        request_for(cast, people[name], HelpType.GROCERIES)
    for name in PAPERWORK:
        request_for(cast, people[name], HelpType.PAPERWORK)
    need_call(cast, people["Sofia"], help_type=HelpType.TRANSLATION, at=CREATED)
    for name in CALLED_NO_REQUEST:
        need_call(cast, people[name])
    # Greet's call found a need and a neighbour took it on.
    greet = need_call(cast, people["Greet"], help_type=HelpType.GROCERIES, at=CREATED)
    aid.offer_save(
        actor=cast.worker,
        place=cast.rabot,
        member=cast.volunteer,
        help_types=[HelpType.GROCERIES],
        now=CREATED,
    )
    match = aid.match_propose(
        actor=cast.worker,
        place=cast.rabot,
        request=greet.request,
        helper=cast.volunteer,
        now=CREATED,
    )
    aid.match_approve(actor=cast.worker, place=cast.rabot, match=match, now=CREATED)
    aid.requests_flag_unmet(place=cast.rabot, days=14, now=FLAGGED)
    # Dirk's call comes after the flagging: his request is open, nobody took it on yet.
    need_call(
        cast,
        people["Dirk"],
        help_type=HelpType.MEALS,
        at=datetime(2026, 10, 25, 10, 0, tzinfo=BRUSSELS),
    )
    women = group_of(cast, "Vrouwengroep", [people[n] for n in WOMEN])
    choir = group_of(cast, "Buurtkoor", [people[n] for n in CHOIR])
    unmet_need_record(
        actor=cast.worker,
        place=cast.rabot,
        need_type=NeedType.HOUSING,
        noted_on=date(2026, 10, 15),
        people=6,
        sector="rabotstraat",
        group=choir,
        note="Zes mensen op straat na een brand in het blok.",
        now=NOW,
    )
    unmet_need_record(
        actor=cast.worker,
        place=cast.rabot,
        need_type=NeedType.ENERGY,
        noted_on=date(2026, 9, 15),
        people=2,
        now=NOW,
    )
    return Autumn(people=people, women=women, choir=choir)
