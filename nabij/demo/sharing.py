"""The library of things of the demo neighbourhood: half a year of lending, and today.

Buurtwerk lends tools, garden and party gear from the community centre; a few residents
lend their own (the demo volunteer his tile cutter). Over the last six months each item
went out now and then, mostly back on time; today some are out (one overdue, one with
the demo resident), bookings fill the coming weeks, and the cargo bike has a waiting list.

Items, today's bookings and the waiting list go through the sharing services. The past
cannot be booked through them (a booking never starts in the past), so the history of
returned loans is planned item by item, never overlapping, and written in bulk.
"""

import random
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from django.db import transaction

from nabij.community.choices import RoleKind
from nabij.community.models import Member, Organisation, Place, Role
from nabij.demo.cast import CAST, COMMUNITY_WORK, ORGANISATIONS, RABOT
from nabij.ledger.models import Currency
from nabij.sharing import services
from nabij.sharing.choices import Category, Condition, ReservationState
from nabij.sharing.models import Item, Loan, Reservation

HISTORY_DAYS = 180
QUIET_BEFORE_TODAY = 12  # days: the history ends before today's loans begin
CENTRE = "Buurthuis Rabot, aan de balie (dinsdag en donderdag 14-17 uur)"
AT_HOME = "Bij de eigenaar thuis; de werker geeft het adres."
RULES = "Proper terugbrengen. Iets kapot? Zeg het: herstellen doen we samen in het repair café."


@dataclass(frozen=True)
class ItemSpec:
    name: str
    category: str
    condition: str
    description: str
    deposit_euros: int | None = None
    deposit_rabotjes: int | None = None
    busy: float = 0.35  # share of days it is out


CENTRE_ITEMS: tuple[ItemSpec, ...] = (
    ItemSpec("Boormachine", Category.TOOLS, Condition.GOOD, "Met een doos boren en pluggen.", 20),
    ItemSpec("Klopboormachine", Category.TOOLS, Condition.USED, "Voor beton en baksteen.", 30),
    ItemSpec("Decoupeerzaag", Category.TOOLS, Condition.GOOD, "Met drie zaagbladen."),
    ItemSpec("Ladder 3 meter", Category.TOOLS, Condition.USED, "Aluminium, inklapbaar.", busy=0.5),
    ItemSpec("Behangafstomer", Category.HOUSEHOLD, Condition.GOOD, "Met schraper."),
    ItemSpec("Hogedrukreiniger", Category.HOUSEHOLD, Condition.GOOD, "Voor terras en fiets.", 25),
    ItemSpec("Tapijtreiniger", Category.HOUSEHOLD, Condition.USED, "Zeep zelf meebrengen."),
    ItemSpec("Naaimachine", Category.HOUSEHOLD, Condition.GOOD, "Met handleiding in vier talen."),
    ItemSpec("Grasmaaier", Category.GARDEN, Condition.WORN, "Elektrisch, met verlengkabel."),
    ItemSpec("Heggenschaar", Category.GARDEN, Condition.GOOD, "Elektrisch."),
    ItemSpec("Kruiwagen", Category.GARDEN, Condition.USED, "", busy=0.5),
    ItemSpec("Partytent 3 x 6 meter", Category.PARTY, Condition.GOOD, "Met zijwanden.", 50),
    ItemSpec("Biertafelset", Category.PARTY, Condition.USED, "Een tafel en twee banken."),
    ItemSpec("Karaoke-installatie", Category.ELECTRONICS, Condition.GOOD, "Met twee micro's."),
    ItemSpec(
        "Projector met scherm",
        Category.ELECTRONICS,
        Condition.GOOD,
        "Voor een filmavond.",
        deposit_rabotjes=100,
    ),
    ItemSpec("Wafelijzer", Category.KITCHEN, Condition.GOOD, "Brusselse wafels.", busy=0.2),
    ItemSpec("Kookpot 50 liter", Category.KITCHEN, Condition.USED, "Voor soep voor velen."),
    ItemSpec("Fondueset", Category.KITCHEN, Condition.GOOD, "Voor acht personen.", busy=0.15),
    ItemSpec(
        "Bakfiets",
        Category.MOBILITY,
        Condition.GOOD,
        "Voor twee kinderen of een grote boodschap.",
        deposit_rabotjes=200,
        busy=0.6,
    ),
    ItemSpec("Fietskar voor kinderen", Category.CHILDREN, Condition.GOOD, "Met regenhoes."),
    ItemSpec("Reisbedje", Category.CHILDREN, Condition.USED, "Met matras.", busy=0.2),
    ItemSpec("Petanqueset", Category.LEISURE, Condition.GOOD, "Zes ballen.", busy=0.2),
    ItemSpec("Doos gezelschapsspellen", Category.LEISURE, Condition.USED, "Vijf spellen."),
)
HOME_ITEMS: tuple[ItemSpec, ...] = (
    ItemSpec("Tegelsnijder", Category.TOOLS, Condition.GOOD, "Tot 60 cm.", busy=0.2),
    ItemSpec("Slijptol", Category.TOOLS, Condition.USED, "Met beschermbril.", busy=0.2),
    ItemSpec("Tent voor vier", Category.LEISURE, Condition.GOOD, "Voor een weekend weg."),
    ItemSpec("IJsmachine", Category.KITCHEN, Condition.NEW, "", busy=0.1),
)
# Today, written as the check-out would have (it began in the past): (item name,
# borrower, days since lent, days until due).
OUT_NOW = (
    ("Hogedrukreiniger", "resident", 2, 2),
    ("Bakfiets", "other", 3, 1),
    ("Ladder 3 meter", "other", 10, -3),  # overdue
    ("Kruiwagen", "other", 1, 5),
)
# Coming bookings: (item name, borrower, in days, for days).
BOOKED = (
    ("Partytent 3 x 6 meter", "resident", 5, 2),
    ("Bakfiets", "other", 2, 1),
    ("Bakfiets", "other", 6, 2),
    ("Boormachine", "volunteer", 3, 2),
    ("Karaoke-installatie", "other", 9, 1),
    ("Biertafelset", "other", 5, 2),
    ("Grasmaaier", "other", 4, 1),
)
WAITING_FOR = ("Bakfiets", ("resident", "other", "other"))
RETURN_NOTES = ("", "", "", "Proper terug.", "Een boor mist.", "Modder aan de wielen.")


def _cast(role: str) -> Member:
    username = next(m.username for m in CAST if m.place == RABOT and m.role == role)
    return Member.objects.get(user__username=username)


def _role_members(place: Place, kind: str) -> list[int]:
    return list(
        Role.objects.filter(place=place, kind=kind, member__erased_at=None)
        .order_by("member_id")
        .values_list("member_id", flat=True)
    )


def _register(
    worker: Member, place: Place, owners: dict[str, Member | Organisation], now: datetime
) -> dict[str, tuple[Item, ItemSpec]]:
    rabotje = Currency.objects.filter(place=place).first()
    items = {}
    specs = [(spec, owners["centre"]) for spec in CENTRE_ITEMS]
    specs += [(spec, owners[f"home{i}"]) for i, spec in enumerate(HOME_ITEMS)]
    for spec, owner in specs:
        at_home = isinstance(owner, Member)
        deposit = {}
        if spec.deposit_euros:
            deposit["deposit_cents"] = spec.deposit_euros * 100
        elif spec.deposit_rabotjes and rabotje is not None:
            deposit["deposit_currency"] = rabotje
            deposit["deposit_units"] = spec.deposit_rabotjes * 10**rabotje.minor_units
        item = services.item_register(
            actor=worker,
            place=place,
            name=spec.name,
            category=spec.category,
            condition=spec.condition,
            owner_member=owner if at_home else None,
            owner_organisation=None if at_home else owner,
            description=spec.description,
            rules=RULES,
            pickup_location=AT_HOME if at_home else CENTRE,
            now=now - timedelta(days=HISTORY_DAYS + 20),
            **deposit,
        )
        items[spec.name] = (item, spec)
    return items


def _history(
    rng: random.Random,
    place: Place,
    items: dict[str, tuple[Item, ItemSpec]],
    borrowers: list[int],
    keepers: dict[int, int],
    now: datetime,
) -> tuple[int, int]:
    """Returned loans of the last half year, one after the other for each item."""
    planned = []
    end = now - timedelta(days=QUIET_BEFORE_TODAY)
    for item, spec in items.values():
        day = now - timedelta(days=HISTORY_DAYS - rng.randint(0, 10))
        while True:
            length = rng.randint(1, 7)
            gap = max(1, round(length * (1 - spec.busy) / spec.busy * rng.uniform(0.5, 1.5)))
            lent = datetime.combine(
                (day + timedelta(days=gap)).date(), time(rng.randint(14, 16)), tzinfo=now.tzinfo
            )
            due = lent + timedelta(days=length)
            late = rng.random() < 0.12
            back = due + timedelta(days=rng.randint(1, 4) if late else 0, hours=-1)
            if back >= end:
                break
            planned.append((item, lent, due, back, rng.choice(borrowers)))
            day = back
    reservations = Reservation.objects.bulk_create(
        (
            Reservation(
                place=place,
                item=item,
                member_id=borrower,
                starts_at=lent,
                ends_at=due,
                state=ReservationState.DONE,
                created_by_id=keepers[item.pk],
                created_at=lent - timedelta(days=rng.randint(0, 5)),
            )
            for item, lent, due, back, borrower in planned
        ),
        batch_size=500,
    )
    Loan.objects.bulk_create(
        (
            Loan(
                place=place,
                item=item,
                reservation=reservation,
                borrower_id=borrower,
                lent_by_id=keepers[item.pk],
                lent_at=lent,
                due_at=due,
                condition_out=item.condition,
                deposit_held=bool(item.deposit_cents or item.deposit_units),
                returned_at=back,
                returned_to_id=keepers[item.pk],
                condition_back=item.condition,
                return_note=rng.choice(RETURN_NOTES),
            )
            for (item, lent, due, back, borrower), reservation in zip(
                planned, reservations, strict=True
            )
        ),
        batch_size=500,
    )
    return len(planned), len(planned)


def seed_sharing(*, seed: int, now: datetime) -> dict[str, int]:
    """Write the library of things and its history; how many rows of each kind."""
    rng = random.Random(f"nabij-demo:{seed}:sharing")
    place = Place.objects.get(slug=RABOT)
    worker = _cast(RoleKind.WORKER)
    volunteer = _cast(RoleKind.VOLUNTEER)
    resident = _cast(RoleKind.RESIDENT)
    community_work = next(o.name for o in ORGANISATIONS if o.key == COMMUNITY_WORK)
    centre = Organisation.objects.get(name=community_work, places=place)
    residents = [pk for pk in _role_members(place, RoleKind.RESIDENT) if pk not in (resident.pk,)]
    pool = [pk for pk in _role_members(place, RoleKind.VOLUNTEER) if pk != volunteer.pk]
    lenders = rng.sample(pool, min(len(HOME_ITEMS) - 1, len(pool)))
    homes = [volunteer, *Member.objects.filter(pk__in=lenders).order_by("pk")]
    owners: dict[str, Member | Organisation] = {"centre": centre}
    for i in range(len(HOME_ITEMS)):
        owners[f"home{i}"] = homes[i % len(homes)]
    others = Member.objects.filter(pk__in=rng.sample(residents, min(12, len(residents))))
    other_members = list(others.order_by("pk"))
    if not other_members:
        return {"item": 0}

    with transaction.atomic():
        items = _register(worker, place, owners, now)
        keepers = {item.pk: item.owner_member_id or worker.pk for item, _spec in items.values()}
        reservations, loans = _history(rng, place, items, residents, keepers, now)
        picks = iter(rng.sample(other_members, len(other_members)))

        def person(role: str) -> Member:
            if role == "resident":
                return resident
            if role == "volunteer":
                return volunteer
            try:
                return next(picks)
            except StopIteration:
                return other_members[0]

        open_loans = 0
        for name, role, since, until in OUT_NOW:
            item, _spec = items[name]
            borrower = person(role)
            lent = now - timedelta(days=since)
            reservation = Reservation.objects.create(
                place=place,
                item=item,
                member=borrower,
                starts_at=lent,
                ends_at=now + timedelta(days=until),
                state=ReservationState.LENT,
                created_by_id=keepers[item.pk],
                created_at=lent,
            )
            Loan.objects.create(
                place=place,
                item=item,
                reservation=reservation,
                borrower=borrower,
                lent_by_id=keepers[item.pk],
                lent_at=lent,
                due_at=now + timedelta(days=until),
                condition_out=item.condition,
                deposit_held=bool(item.deposit_cents or item.deposit_units),
            )
            open_loans += 1
        booked = 0
        for name, role, in_days, days in BOOKED:
            item, _spec = items[name]
            starts = datetime.combine(
                (now + timedelta(days=in_days)).date(), time(14), tzinfo=now.tzinfo
            )
            services.reservation_book(
                actor=worker,
                place=place,
                item=item,
                member=person(role),
                starts_at=starts,
                ends_at=starts + timedelta(days=days),
                now=now,
            )
            booked += 1
        name, roles = WAITING_FOR
        item, _spec = items[name]
        waiting = 0
        for role in roles:
            services.waiting_join(
                actor=worker, place=place, item=item, member=person(role), now=now
            )
            waiting += 1
    return {
        "item": len(items),
        "reservation": reservations + open_loans + booked,
        "loan": loans + open_loans,
        "waitingentry": waiting,
    }
