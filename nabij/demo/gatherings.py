"""Where people meet in the demo: light and tight groups, their events, and buddies.

Light communities gather many people loosely around a meeting place, and their events
draw passers-by too (encounter); tight ones are small and come back week after week.
Events of the last twelve weeks have attendance; those of the coming four do not yet.
"""

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from nabij.community.choices import AgeBand, Bond, CommunityKind, EventKind, RoleKind
from nabij.demo import cast as places
from nabij.demo.people import PeoplePlanner
from nabij.demo.records import BuddyPlan, EventPlan, GroupPlan, PersonPlan

WEEKS_PAST = 12
WEEKS_AHEAD = 4
GROWN = (AgeBand.YOUTH, AgeBand.ADULT, AgeBand.SENIOR)


@dataclass(frozen=True)
class Recurrence:
    title: str
    kind: str
    weekday: int  # 0 is Monday
    at: time
    minutes: int
    every_weeks: int
    location: str


@dataclass(frozen=True)
class GroupSpec:
    key: str
    place: str
    name: str
    kind: str
    bond: str
    description: str
    who: str  # which people may join: a key of ELIGIBLE
    share: float  # of those people
    cap: int | None
    meets: Recurrence


Eligible = Callable[[PeoplePlanner, int, PersonPlan], bool]

ELIGIBLE: dict[str, Eligible] = {
    "grown": lambda planner, i, p: p.age_band in GROWN,
    "adults": lambda planner, i, p: p.age_band in (AgeBand.ADULT, AgeBand.SENIOR),
    "parents": lambda planner, i, p: i in planner.parents,
    "youth": lambda planner, i, p: p.age_band == AgeBand.YOUTH,
    "towers": lambda planner, i, p: p.age_band in GROWN and p.sector == "Torens Rabot",
}

LIGHT, TIGHT = CommunityKind.LIGHT, CommunityKind.TIGHT
GROUPS: tuple[GroupSpec, ...] = (
    GroupSpec(
        "plein",
        places.RABOT,
        "Koffie op het Rabotplein",
        LIGHT,
        Bond.MEETING_PLACE,
        "Elke woensdag koffie en thee op het plein; wie voorbijkomt, schuift aan.",
        "grown",
        0.06,
        None,
        Recurrence("Koffie op het plein", EventKind.ACTIVITY, 2, time(14), 120, 1, "Rabotplein"),
    ),
    GroupSpec(
        "repair",
        places.RABOT,
        "Repair Café Rabot",
        LIGHT,
        Bond.MEETING_PLACE,
        "Samen herstellen wat stuk is: fietsen, kleren, lampen, telefoons.",
        "grown",
        0.03,
        None,
        Recurrence("Repair café", EventKind.REPAIR_CAFE, 5, time(10), 180, 4, "Buurthuis"),
    ),
    GroupSpec(
        "ruilkast",
        places.RABOT,
        "Weggeefwinkel De Ruilkast",
        LIGHT,
        Bond.EXCHANGE,
        "Brengen en halen: kleren, speelgoed, keukengerei.",
        "grown",
        0.04,
        None,
        Recurrence("Ruildag", EventKind.ACTIVITY, 6, time(13), 180, 4, "Buurthuis"),
    ),
    GroupSpec(
        "moestuin",
        places.RABOT,
        "Moestuin De Site",
        TIGHT,
        Bond.PROJECT,
        "Een gedeelde tuin op een braakliggend terrein; elk perceel heeft een peter of meter.",
        "grown",
        0.02,
        80,
        Recurrence("Werkdag in de moestuin", EventKind.ACTIVITY, 5, time(9), 180, 2, "De Site"),
    ),
    GroupSpec(
        "huurders",
        places.RABOT,
        "Huurdersgroep Torens",
        TIGHT,
        Bond.AGENDA,
        "Bewoners van de torens die samen opkomen voor herstellingen en betaalbare huur.",
        "towers",
        0.1,
        40,
        Recurrence(
            "Bewonersvergadering",
            EventKind.MEETING,
            1,
            time(19),
            120,
            2,
            "Ontmoetingsruimte Torens",
        ),
    ),
    GroupSpec(
        "moeders",
        places.RABOT,
        "Moedergroep Rabot",
        TIGHT,
        Bond.EXPERIENCE,
        "Ouders die er alleen voor staan, delen ervaringen en zorgen.",
        "parents",
        0.05,
        25,
        Recurrence("Moedergroep", EventKind.MEETING, 3, time(9), 120, 1, "Buurthuis"),
    ),
    GroupSpec(
        "autodelen",
        places.RABOT,
        "Autodelen Rabot",
        TIGHT,
        Bond.SHARED_GOODS,
        "Drie gedeelde auto's voor wie er geen nodig heeft, maar soms wel een.",
        "adults",
        0.01,
        30,
        Recurrence("Overleg autodelers", EventKind.MEETING, 0, time(20), 90, 4, "Buurthuis"),
    ),
    GroupSpec(
        "schoolpoort",
        places.SCHOOL,
        "Koffie aan de schoolpoort",
        LIGHT,
        Bond.MEETING_PLACE,
        "Ouders blijven na het brengen even hangen.",
        "adults",
        0.25,
        None,
        Recurrence("Koffie aan de poort", EventKind.ACTIVITY, 4, time(8, 30), 60, 1, "Speelplaats"),
    ),
    GroupSpec(
        "ouderraad",
        places.SCHOOL,
        "Ouderraad",
        TIGHT,
        Bond.AGENDA,
        "Ouders die meebeslissen over de school.",
        "adults",
        0.06,
        15,
        Recurrence("Ouderraad", EventKind.MEETING, 1, time(19, 30), 120, 4, "Refter"),
    ),
    GroupSpec(
        "middagvoetbal",
        places.WAREHOUSE,
        "Middagvoetbal",
        LIGHT,
        Bond.MEETING_PLACE,
        "Een balletje trappen tijdens de middagpauze, over alle ploegen heen.",
        "grown",
        0.15,
        None,
        Recurrence("Middagvoetbal", EventKind.ACTIVITY, 3, time(12), 60, 1, "Parking achteraan"),
    ),
    GroupSpec(
        "syndicaal",
        places.WAREHOUSE,
        "Syndicale ploeg",
        TIGHT,
        Bond.AGENDA,
        "Delegees en collega's die samen opkomen voor werkomstandigheden.",
        "grown",
        0.05,
        20,
        Recurrence("Vakbondsoverleg", EventKind.MEETING, 0, time(17), 90, 4, "Kantine"),
    ),
    GroupSpec(
        "openhuis",
        places.CLUB,
        "Open huis",
        LIGHT,
        Bond.MEETING_PLACE,
        "Binnenlopen, tafelvoetbal, muziek, huiswerk: wie wil, komt.",
        "youth",
        0.4,
        None,
        Recurrence("Open huis", EventKind.ACTIVITY, 2, time(14), 240, 1, "Jeugdhuis"),
    ),
    GroupSpec(
        "meiden",
        places.CLUB,
        "Meidenwerking",
        TIGHT,
        Bond.IDENTITY,
        "Een eigen plek voor meisjes, met eigen activiteiten en een eigen stem.",
        "youth",
        0.15,
        25,
        Recurrence("Meidenavond", EventKind.ACTIVITY, 4, time(18), 120, 1, "Jeugdhuis"),
    ),
)


@dataclass(frozen=True)
class OneOff:
    place: str
    title: str
    kind: str
    days_from_now: int
    at: time
    minutes: int
    location: str
    turnout: float  # share of the place's people who came


# Events for everyone in a place, not for one group.
ONE_OFFS: tuple[OneOff, ...] = (
    OneOff(
        places.RABOT, "Buurtfeest Rabot", EventKind.ACTIVITY, -37, time(14), 480, "Rabotplein", 0.1
    ),
    OneOff(
        places.RABOT,
        "Solidaire buurtmaaltijd",
        EventKind.ACTIVITY,
        -16,
        time(18),
        180,
        "Buurthuis",
        0.03,
    ),
    OneOff(
        places.RABOT,
        "Infoavond energiefactuur",
        EventKind.MEETING,
        9,
        time(19),
        120,
        "Buurthuis",
        0.0,
    ),
    OneOff(
        places.SCHOOL, "Schoolfeest", EventKind.ACTIVITY, -24, time(13), 300, "Speelplaats", 0.35
    ),
    OneOff(
        places.WAREHOUSE,
        "Infosessie veiligheid",
        EventKind.MEETING,
        -10,
        time(13),
        60,
        "Kantine",
        0.3,
    ),
    OneOff(
        places.CLUB, "Graffitiworkshop", EventKind.ACTIVITY, 12, time(14), 180, "Jeugdhuis", 0.0
    ),
)

TURNOUT = {LIGHT: 0.35, TIGHT: 0.6}
PASSERS_BY = 0.25  # extra people at a light group's event, per regular who came


def _at(day: date, moment: time, now: datetime) -> datetime:
    return datetime.combine(day, moment, tzinfo=now.tzinfo)


def _dates(rng: random.Random, now: datetime, recurrence: Recurrence) -> list[date]:
    today = now.date()
    first = today - timedelta(weeks=WEEKS_PAST)
    first += timedelta(days=(recurrence.weekday - first.weekday()) % 7)
    first += timedelta(weeks=rng.randrange(recurrence.every_weeks))
    last = today + timedelta(weeks=WEEKS_AHEAD)
    days = []
    while first <= last:
        days.append(first)
        first += timedelta(weeks=recurrence.every_weeks)
    return days


def _people_of(planner: PeoplePlanner) -> dict[str, list[int]]:
    """Everyone with a role in each place, staff left out, in index order."""
    of_place: dict[str, list[int]] = {place.slug: [] for place in places.PLACES}
    for index in range(planner.staff_count, len(planner.people)):
        for place in dict.fromkeys(role.place for role in planner.people[index].roles):
            of_place[place].append(index)
    return of_place


def plan_groups(rng: random.Random, now: datetime, planner: PeoplePlanner) -> list[GroupPlan]:
    people = planner.people
    of_place = _people_of(planner)
    groups = []
    for spec in GROUPS:
        test = ELIGIBLE[spec.who]
        eligible = [i for i in of_place[spec.place] if test(planner, i, people[i])]
        size = max(3, round(len(eligible) * spec.share))
        size = min(size, spec.cap or size, len(eligible))
        groups.append(
            GroupPlan(
                key=spec.key,
                place=spec.place,
                name=spec.name,
                kind=spec.kind,
                bond=spec.bond,
                description=spec.description,
                created_at=now.replace(microsecond=0) - timedelta(days=rng.randint(120, 1500)),
                members=sorted(rng.sample(eligible, size)),
            )
        )
    return groups


def plan_events(
    rng: random.Random, now: datetime, planner: PeoplePlanner, groups: list[GroupPlan]
) -> list[EventPlan]:
    """Each group's meetings around today, and a few events for a whole place."""
    people = planner.people
    of_place = _people_of(planner)
    events = []
    for spec, group in zip(GROUPS, groups, strict=True):
        passers_by = [i for i in of_place[spec.place] if people[i].age_band in GROWN]
        for day in _dates(rng, now, spec.meets):
            starts = _at(day, spec.meets.at, now)
            ends = starts + timedelta(minutes=spec.meets.minutes)
            attendees: list[int] = []
            if ends <= now:
                attendees = [i for i in group.members if rng.random() < TURNOUT[spec.kind]]
                if spec.kind == LIGHT and passers_by:
                    extra = min(round(len(attendees) * PASSERS_BY), len(passers_by))
                    attendees = sorted(set(attendees).union(rng.sample(passers_by, extra)))
            events.append(
                EventPlan(
                    place=spec.place,
                    group=spec.key,
                    title=spec.meets.title,
                    kind=spec.meets.kind,
                    starts_at=starts,
                    ends_at=ends,
                    location=spec.meets.location,
                    attendees=attendees,
                )
            )
    for one_off in ONE_OFFS:
        starts = _at(now.date() + timedelta(days=one_off.days_from_now), one_off.at, now)
        ends = starts + timedelta(minutes=one_off.minutes)
        pool = of_place[one_off.place]
        attendees = []
        if ends <= now:
            attendees = sorted(rng.sample(pool, round(len(pool) * one_off.turnout)))
        events.append(
            EventPlan(
                place=one_off.place,
                group=None,
                title=one_off.title,
                kind=one_off.kind,
                starts_at=starts,
                ends_at=ends,
                location=one_off.location,
                attendees=attendees,
            )
        )
    return events


def plan_buddies(rng: random.Random, now: datetime, planner: PeoplePlanner) -> list[BuddyPlan]:
    """Volunteers paired with vulnerable residents, by a shared language where possible."""
    people = planner.people
    rabot = places.RABOT
    cast_volunteer = planner.cast["vrijwilliger"]
    volunteers = [
        i
        for i in range(planner.staff_count, len(people))
        if people[i].has_role(rabot, RoleKind.VOLUNTEER)
    ]
    vulnerable = [
        i
        for i in range(planner.staff_count, len(people))
        if people[i].vulnerable
        and people[i].age_band in GROWN
        and people[i].has_role(rabot, RoleKind.RESIDENT)
    ]
    by_language: dict[str, list[int]] = {}
    for i in volunteers:
        for code in people[i].languages:
            if code != "nl":
                by_language.setdefault(code, []).append(i)

    def pair(volunteer: int, member: int) -> BuddyPlan:
        person = people[member]
        worker = person.contact_worker
        if worker is None:
            worker = planner.workers[rabot][0]
        earliest = max(person.created_at, people[volunteer].created_at)
        since = earliest + (now - earliest) * rng.random()
        return BuddyPlan(rabot, volunteer, member, worker, since.replace(microsecond=0))

    order = rng.sample(vulnerable, len(vulnerable))
    # The cast's volunteer first: three people who share a language with him.
    shared = set(people[cast_volunteer].languages) - {"nl"}
    chosen = [i for i in order if shared & set(people[i].languages)][:3]
    chosen += [i for i in order if i not in chosen][: 3 - len(chosen)]
    buddies = [pair(cast_volunteer, i) for i in chosen]
    if not volunteers:
        return buddies
    taken = set(chosen)
    rest = [i for i in order if i not in taken]
    for member in rest[: max(3, len(vulnerable) // 6)]:
        candidates = [
            v for code in people[member].languages for v in by_language.get(code, ()) if v != member
        ]
        if not candidates:
            candidates = [v for v in volunteers if v != member]
        if candidates:
            buddies.append(pair(rng.choice(candidates), member))
    return buddies
