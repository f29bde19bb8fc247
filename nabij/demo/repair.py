"""The repair café of the demo neighbourhood: a year of sessions and what came in.

Rabot's repair café meets every four weeks (its sessions of the last weeks come from
the gatherings; the year before them is added here, on the same day and hour). At each
past session visitors bring twenty-odd things; most are not registered, so only the
item is kept; a handful of volunteers fix them, and a little over half get repaired.
"""

import random
from datetime import datetime, timedelta

from django.db import transaction

from nabij.community.choices import EventKind, RoleKind
from nabij.community.models import Event, Member, Place, Role
from nabij.demo.cast import CAST, RABOT
from nabij.repair.choices import ItemCategory, Outcome
from nabij.repair.models import RepairItem

WEEKS_OF_HISTORY = 52
EVERY_WEEKS = 4
ITEMS_PER_SESSION = (16, 30)
FIXERS = 6
OWNER_SHARE = 0.3  # of visitors who are registered in Nabij

# Category: how often it comes in, its weight in grams (low, high), what it may be.
CATEGORIES: dict[str, tuple[int, tuple[int, int], tuple[str, ...]]] = {
    ItemCategory.ELECTRICAL: (
        30,
        (700, 5000),
        ("Broodrooster", "Waterkoker", "Stofzuiger", "Strijkijzer", "Staande lamp", "Mixer"),
    ),
    ItemCategory.ELECTRONICS: (
        16,
        (150, 3000),
        ("Radio", "Gsm met kapot scherm", "Laptop die niet opstart", "Koptelefoon"),
    ),
    ItemCategory.TEXTILE: (
        22,
        (200, 1500),
        ("Jas met kapotte rits", "Broek te lang", "Rugzak met gescheurde band", "Gordijn"),
    ),
    ItemCategory.BICYCLE: (
        14,
        (9000, 18000),
        ("Fiets met platte band", "Kinderfiets zonder remmen", "Fiets met losse ketting"),
    ),
    ItemCategory.FURNITURE: (6, (2000, 15000), ("Stoel met losse poot", "Kastdeurtje", "Krukje")),
    ItemCategory.TOY: (8, (100, 2000), ("Pop met los been", "Houten treintje", "Step")),
    ItemCategory.OTHER: (4, (200, 4000), ("Paraplu", "Koffiemolen met slinger", "Zonnewering")),
}
OUTCOMES = ((Outcome.REPAIRED, 58), (Outcome.NOT_REPAIRED, 22), (Outcome.ADVICE, 20))
NOTES = {
    Outcome.NOT_REPAIRED: ("Onderdeel bestaat niet meer.", "Te duur om te herstellen.", ""),
    Outcome.ADVICE: ("Onderdeel bestellen, kom terug over vier weken.", "Uitgelegd hoe."),
    Outcome.REPAIRED: ("", "", "", "Nieuwe zekering.", "Nieuwe rits gezet."),
}


def _sessions(place: Place, now: datetime) -> tuple[list[Event], int]:
    """Every session of the year: the gatherings' own, and earlier ones like them (how
    many were added)."""
    existing = list(
        Event.objects.filter(place=place, kind=EventKind.REPAIR_CAFE).order_by("starts_at")
    )
    if not existing:
        return [], 0
    first = existing[0]
    earlier = []
    starts = first.starts_at - timedelta(weeks=EVERY_WEEKS)
    while starts > now - timedelta(weeks=WEEKS_OF_HISTORY):
        earlier.append(
            Event(
                place=place,
                group=first.group,
                title=first.title,
                kind=EventKind.REPAIR_CAFE,
                starts_at=starts,
                ends_at=starts + (first.ends_at - first.starts_at),
                location=first.location,
            )
        )
        starts -= timedelta(weeks=EVERY_WEEKS)
    Event.objects.bulk_create(earlier)
    return sorted((*earlier, *existing), key=lambda e: e.starts_at), len(earlier)


def _role_members(place: Place, kind: str) -> list[int]:
    return list(
        Role.objects.filter(place=place, kind=kind, member__erased_at=None)
        .order_by("member_id")
        .values_list("member_id", flat=True)
    )


def seed_repair(*, seed: int, now: datetime) -> dict[str, int]:
    """Write the repair café's history; how many rows of each kind."""
    rng = random.Random(f"nabij-demo:{seed}:repair")
    place = Place.objects.get(slug=RABOT)
    username = next(m.username for m in CAST if m.place == RABOT and m.role == RoleKind.VOLUNTEER)
    cast_volunteer = Member.objects.filter(user__username=username).values_list("pk", flat=True)
    volunteers = _role_members(place, RoleKind.VOLUNTEER)
    residents = _role_members(place, RoleKind.RESIDENT)
    others = [pk for pk in volunteers if pk not in cast_volunteer]
    fixers = [*cast_volunteer, *rng.sample(others, min(FIXERS - 1, len(others)))]
    if not fixers or not residents:
        return {"repairitem": 0}
    categories = list(CATEGORIES)
    shares = [CATEGORIES[c][0] for c in categories]
    outcomes, outcome_shares = zip(*OUTCOMES, strict=True)
    with transaction.atomic():
        sessions, added = _sessions(place, now)
        items = []
        for event in sessions:
            if event.ends_at > now:
                continue
            for n in range(rng.randint(*ITEMS_PER_SESSION)):
                category = rng.choices(categories, shares)[0]
                _share, (low, high), names = CATEGORIES[category]
                outcome = rng.choices(outcomes, outcome_shares)[0]
                arrived = event.starts_at + timedelta(minutes=4 * n + rng.randint(0, 3))
                items.append(
                    RepairItem(
                        place=place,
                        event=event,
                        category=category,
                        description=rng.choice(names),
                        # Estimated at the door: rounded to 100 grams.
                        weight_grams=round(rng.randint(low, high), -2) or 100,
                        owner_id=rng.choice(residents) if rng.random() < OWNER_SHARE else None,
                        fixer_id=rng.choice(fixers),
                        outcome=outcome,
                        note=rng.choice(NOTES[outcome]),
                        recorded_by_id=rng.choice(fixers),
                        recorded_at=arrived,
                        outcome_at=min(
                            arrived + timedelta(minutes=rng.randint(20, 90)), event.ends_at
                        ),
                    )
                )
        RepairItem.objects.bulk_create(items, batch_size=500)
    # Its own key: the gatherings' count stays under "event".
    return {"repairitem": len(items), "repair_event": added}
