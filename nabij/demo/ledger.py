"""The community currency of the demo neighbourhood: the Rabotje, 10 = €1, a year of use.

Residents earn Rabotjes for neighbourhood work paid by the community-work organisation
and the city garden (about 25 an hour), and spend them at the neighbourhood's shops and
on a plot in the city garden; shops are settled in euros every quarter; paper vouchers
go round for people without a phone, one sheet was lost and cancelled, the last one is
still partly out there.

The currency and its accounts are made through the ledger's services and bulk inserts;
the year of bookings is simulated first (every balance kept within its limits, in order
of time) and then written in bulk, in that same order, the way the ledger writes them:
each transfer inserted pending, its entries added, then committed, so the database's own
checks see every one of them. `nabij reconcile` is clean afterwards (tests/demo).
"""

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from django.db import transaction
from django.db.models import F

from nabij.community.choices import OrganisationKind, RoleKind
from nabij.community.models import Member, Organisation, OrganisationPlace, Place, Role
from nabij.demo.cast import COMMUNITY_WORK, ORGANISATIONS, RABOT
from nabij.ledger.choices import AccountKind, Category, CurrencyMode, TaskState, VoucherState
from nabij.ledger.models import (
    Account,
    Currency,
    Entry,
    Settlement,
    Task,
    Transfer,
    Voucher,
    VoucherBatch,
)
from nabij.ledger.services import currency_create
from nabij.ledger.services.posting import Posting

NAME, SYMBOL = "Rabotje", "R"
UNITS_PER_EURO = 10
MEMBER_CEILING = 2000
ACCOUNT_SHARE = 0.2  # of Rabot's residents
PER_HOUR = 25
TASKS_A_YEAR = 8  # per account holder, on average
SPENDS_A_YEAR = 11
GARDEN = "Stadstuin Rabot"
PLOT_RENT = 150
DAYS = 365
SETTLEMENT_DAYS = (91, 182, 273, 364)
# (day, vouchers, value): the sheet of day 130 is lost on day 200.
SHEETS = ((40, 40, 10), (130, 30, 10), (220, 40, 10), (330, 40, 10))
LOST_SHEET, LOST_ON = 1, 200
OPEN_TASKS = 12
MEMO_LIMIT = 200

TASK_TITLES = (
    "Zwerfvuil ruimen op het plein",
    "Helpen in de sociale kruidenier",
    "Soep koken voor het buurtrestaurant",
    "Stoelen zetten voor de buurtvergadering",
    "Fietsen herstellen in het repaircafé",
    "Flyers bussen in de torens",
    "Kinderen begeleiden naar de speelpleinwerking",
    "Vertalen bij een infomoment",
    "Afwassen na het buurtfeest",
)
GARDEN_TITLES = (
    "Onkruid wieden in de stadstuin",
    "Composthoop omzetten in de stadstuin",
    "Moestuinbakken water geven",
)
SPEND_MEMOS = ("", "", "boodschappen", "brood", "groenten", "thee", "herstelling")


@dataclass
class Booking:
    """A transfer of the simulated year, before it is written."""

    at: datetime
    category: str
    legs: tuple[tuple[int, int], ...]  # account index, signed minor units
    memo: str = ""
    created_by: int | None = None
    voucher: tuple[int, int] | None = None  # redeems this (sheet, number)
    task: tuple[str, Decimal, int] | None = None  # title, hours, worker who confirmed
    settles: int | None = None  # the shop's account index
    sheet: int | None = None  # issues this sheet
    cancels: int | None = None  # cancels this sheet


@dataclass
class Year:
    bookings: list[Booking] = field(default_factory=list)
    redeemed: dict[tuple[int, int], int] = field(default_factory=dict)  # voucher -> booking


def _members(place: Place, rng: random.Random) -> list[int]:
    """A share of Rabot's residents hold an account; the demo's resident and volunteer
    always do, so that their log-ins show "Mijn munten"."""
    residents = list(
        Role.objects.filter(place=place, kind=RoleKind.RESIDENT, member__erased_at=None)
        .order_by("member_id")
        .values_list("member_id", flat=True)
        .distinct()
    )
    cast = set(
        Member.objects.filter(user__username__in=("bewoner", "vrijwilliger")).values_list(
            "pk", flat=True
        )
    )
    return [pk for pk in residents if pk in cast or rng.random() < ACCOUNT_SHARE]


def _partners(place: Place) -> tuple[Organisation, Organisation, list[Organisation]]:
    community_work = next(o.name for o in ORGANISATIONS if o.key == COMMUNITY_WORK)
    buurtwerk = Organisation.objects.get(name=community_work, places=place)
    garden = Organisation.objects.create(name=GARDEN, kind=OrganisationKind.CITIZEN_INITIATIVE)
    OrganisationPlace.objects.create(place=place, organisation=garden)
    shops = list(
        Organisation.objects.filter(places=place, kind=OrganisationKind.SHOP).order_by("pk")
    )
    return buurtwerk, garden, shops


def _simulate(
    rng: random.Random,
    *,
    start: datetime,
    balances: list[int],
    ceilings: list[int | None],
    members: list[int],
    payers: tuple[int, int],
    shops: list[int],
    garden: int,
    issuance: int,
    liability: int,
    euro: int,
    workers: list[int],
) -> Year:
    """A year of bookings in order of time, each within every account's limits."""
    year = Year()
    buurtwerk = payers[0]
    budget = len(members) * TASKS_A_YEAR * 2 * PER_HOUR // 12  # a month, with room to spare
    outstanding: dict[int, list[int]] = {}
    due: dict[int, list[tuple[int, int]]] = {}  # day -> vouchers handed in at a shop

    def book(booking: Booking) -> bool:
        for index, amount in booking.legs:
            after = balances[index] + amount
            ceiling = ceilings[index]
            if (after < 0 and index != issuance) or (ceiling is not None and after > ceiling):
                return False
        for index, amount in booking.legs:
            balances[index] += amount
        year.bookings.append(booking)
        return True

    def moment(day: int) -> datetime:
        return start + timedelta(days=day, hours=rng.uniform(9, 19))

    per_day_tasks = len(members) * TASKS_A_YEAR / DAYS
    per_day_spends = len(members) * SPENDS_A_YEAR / DAYS
    for day in range(DAYS):
        if day % 30 == 0:
            for payer, share in ((buurtwerk, 4), (payers[1], 1)):
                amount = budget * share // 5
                book(Booking(moment(day), Category.ISSUE, ((issuance, -amount), (payer, amount))))
        moments = sorted(moment(day) for _ in range(_draws(rng, per_day_tasks + per_day_spends)))
        for at in moments:
            member = rng.choice(members)
            if rng.random() < per_day_tasks / (per_day_tasks + per_day_spends):
                payer = payers[1] if rng.random() < 0.2 else buurtwerk
                title = rng.choice(GARDEN_TITLES if payer != buurtwerk else TASK_TITLES)
                hours = rng.choice((Decimal(1), Decimal("1.5"), Decimal(2), Decimal(3)))
                reward = int(hours * PER_HOUR)
                book(
                    Booking(
                        at,
                        Category.EARN,
                        ((payer, -reward), (member, reward)),
                        memo=title,
                        created_by=(worker := rng.choice(workers)),
                        task=(title, hours, worker),
                    )
                )
            elif balances[member] >= 5:
                spend = min(balances[member], 5 * rng.randint(2, 16))
                shop = shops[min(int(rng.expovariate(0.35)), len(shops) - 1)]
                book(
                    Booking(
                        at,
                        Category.SPEND,
                        ((member, -spend), (shop, spend)),
                        memo=rng.choice(SPEND_MEMOS),
                    )
                )
        if day == 75:  # spring: plots in the city garden are rented
            for member in members:
                if balances[member] >= PLOT_RENT and rng.random() < 0.3:
                    legs = ((member, -PLOT_RENT), (garden, PLOT_RENT))
                    book(Booking(moment(day), Category.SPEND, legs, memo="huur moestuinperceel"))
        for sheet, (sheet_day, count, value) in enumerate(SHEETS):
            if day == sheet_day:
                legs = ((issuance, -count * value), (liability, count * value))
                booking = Booking(moment(day), Category.ISSUE, legs, sheet=sheet)
                booking.created_by = rng.choice(workers)
                book(booking)
                outstanding[sheet] = list(range(count))
                handed_in = 0.75 if sheet < len(SHEETS) - 1 else 0.35
                for number in range(count):
                    if rng.random() < handed_in:
                        later = min(DAYS - 1, day + 1 + int(rng.expovariate(1 / 30)))
                        due.setdefault(later, []).append((sheet, number))
        for sheet, number in due.pop(day, []):
            if number not in outstanding.get(sheet, ()):
                continue  # its sheet was cancelled in the meantime
            value = SHEETS[sheet][2]
            shop = rng.choice(shops)
            booking = Booking(
                moment(day),
                Category.SPEND,
                ((liability, -value), (shop, value)),
                voucher=(sheet, number),
            )
            if book(booking):
                outstanding[sheet].remove(number)
        if day == LOST_ON and outstanding.get(LOST_SHEET):
            value = len(outstanding[LOST_SHEET]) * SHEETS[LOST_SHEET][2]
            legs = ((liability, -value), (issuance, value))
            booking = Booking(
                moment(day),
                Category.REVERSAL,
                legs,
                memo="Blad verloren bij een verhuis.",
                created_by=rng.choice(workers),
                cancels=LOST_SHEET,
            )
            book(booking)
            outstanding[LOST_SHEET] = []
        if day in SETTLEMENT_DAYS:
            for shop in [*shops, garden]:
                if balances[shop] > 0:
                    amount = balances[shop]
                    settles = Booking(
                        moment(day) + timedelta(hours=6),
                        Category.REDEEM_TO_EURO,
                        ((shop, -amount), (euro, amount)),
                        created_by=workers[0],
                        settles=shop,
                    )
                    book(settles)
    return year


def _draws(rng: random.Random, mean: float) -> int:
    """A whole number of events around `mean` (its fraction as a chance)."""
    whole = int(mean)
    return whole + (rng.random() < mean - whole)


def seed_ledger(*, seed: int, now: datetime) -> dict[str, int]:
    """Write the Rabotje and its year; how many rows of each kind."""
    rng = random.Random(f"nabij-demo:{seed}:ledger")
    place = Place.objects.get(slug=RABOT)
    admin = Member.objects.get(user__username="beheerder")
    workers = list(
        Role.objects.filter(place=place, kind=RoleKind.WORKER)
        .order_by("member_id")
        .values_list("member_id", flat=True)
    )
    start = now - timedelta(days=DAYS + 1)
    with transaction.atomic():
        currency = currency_create(
            actor=admin,
            place=place,
            name=NAME,
            symbol=SYMBOL,
            mode=CurrencyMode.ISSUED,
            units_per_euro=UNITS_PER_EURO,
            default_min_balance=0,
            default_max_balance=MEMBER_CEILING,
            now=start,
        )
        buurtwerk, garden, shops = _partners(place)
        member_ids = _members(place, rng)
        new = [
            Account(organisation=buurtwerk, pays_out=True),
            Account(organisation=garden, pays_out=True, accepts=True),
            *(Account(organisation=shop, accepts=True) for shop in shops),
        ]
        for account in new:
            account.kind, account.min_balance = AccountKind.ORGANISATION, 0
        for pk in member_ids:
            new.append(
                Account(
                    member_id=pk,
                    kind=AccountKind.MEMBER,
                    min_balance=0,
                    max_balance=MEMBER_CEILING,
                )
            )
        for account in new:
            account.place, account.currency, account.opened_at = place, currency, start
        Account.objects.bulk_create(new)
        accounts = [
            *Account.objects.filter(currency=currency, member=None, organisation=None),
            *new,
        ]
        index = {account.pk: n for n, account in enumerate(accounts)}
        system = {account.kind: index[account.pk] for account in accounts[:4]}
        first_member = 4 + 2 + len(shops)
        year = _simulate(
            rng,
            start=start,
            balances=[0] * len(accounts),
            ceilings=[a.max_balance for a in accounts],
            members=list(range(first_member, len(accounts))),
            payers=(4, 5),
            shops=list(range(6, first_member)) or [5],
            garden=5,
            issuance=system[AccountKind.ISSUANCE],
            liability=system[AccountKind.VOUCHER_LIABILITY],
            euro=system[AccountKind.EURO_SETTLEMENT],
            workers=workers,
        )
        rows = _write(
            place, currency, accounts, year, admin=admin, workers=workers, rng=rng, now=now
        )
    return rows


def _write(
    place: Place,
    currency: Currency,
    accounts: list[Account],
    year: Year,
    *,
    admin: Member,
    workers: list[int],
    rng: random.Random,
    now: datetime,
) -> dict[str, int]:
    """The simulated year into the database, in order of time, and the balances last."""
    sheets: list[VoucherBatch] = []
    vouchers: list[list[Voucher]] = []
    transfers: list[Transfer] = []
    pending: list[tuple[Transfer, Booking]] = []

    def flush() -> None:
        if not pending:
            return
        rows = Transfer.objects.bulk_create(t for t, _ in pending)
        Entry.objects.bulk_create(
            Entry(transfer=t, account=accounts[i], amount=amount)
            for t, b in pending
            for i, amount in b.legs
        )
        # The database's trigger checks here that each transfer balances.
        Transfer.objects.filter(pk__in=[t.pk for t in rows]).update(
            state="committed", committed_at=F("created_at")
        )
        transfers.extend(rows)
        pending.clear()

    for n, booking in enumerate(year.bookings):
        memo = booking.memo
        subject = ""
        if booking.voucher is not None:
            sheet, number = booking.voucher
            voucher = vouchers[sheet][number]
            memo, subject = f"#{voucher.pk:06d}", f"voucher:{voucher.pk}"
        posting = Posting(
            currency=currency,
            category=booking.category,
            legs=tuple((accounts[i], amount) for i, amount in booking.legs),
            memo=memo[:MEMO_LIMIT],
            subject=subject,
        )
        transfer = Transfer(
            place=place,
            currency=currency,
            idempotency_key=f"demo:{n:06d}",
            fingerprint=posting.fingerprint,
            state="pending",
            category=booking.category,
            memo=posting.memo,
            created_by_id=booking.created_by or admin.pk,
            created_at=booking.at,
        )
        pending.append((transfer, booking))
        if booking.sheet is not None:
            flush()  # the sheet's vouchers need their numbers before anyone hands one in
            count, value = SHEETS[booking.sheet][1:]
            batch = VoucherBatch.objects.create(
                place=place,
                currency=currency,
                denomination=value,
                count=count,
                issue_transfer=transfer,
                created_by_id=booking.created_by,
                created_at=booking.at,
            )
            sheets.append(batch)
            vouchers.append(
                Voucher.objects.bulk_create(
                    Voucher(place=place, batch=batch, amount=value, state=VoucherState.OUTSTANDING)
                    for _ in range(count)
                )
            )
    flush()

    redeemed, cancelled = [], []
    tasks, settlements = [], []
    last_settled: dict[int, datetime] = {}
    for transfer, booking in zip(transfers, year.bookings, strict=True):
        if booking.voucher is not None:
            voucher = vouchers[booking.voucher[0]][booking.voucher[1]]
            voucher.state, voucher.redemption, voucher.redeemed_at = (
                VoucherState.REDEEMED,
                transfer,
                booking.at,
            )
            redeemed.append(voucher)
        elif booking.cancels is not None:
            batch = sheets[booking.cancels]
            batch.cancel_transfer, batch.cancelled_by_id = transfer, booking.created_by
            batch.cancelled_at, batch.cancel_reason = booking.at, booking.memo
            batch.save(
                update_fields=["cancel_transfer", "cancelled_by", "cancelled_at", "cancel_reason"]
            )
            for voucher in vouchers[booking.cancels]:
                if voucher.state == VoucherState.OUTSTANDING:
                    voucher.state = VoucherState.CANCELLED
                    cancelled.append(voucher)
        elif booking.task is not None:
            title, hours, worker = booking.task
            (payer, _), (member, reward) = booking.legs
            tasks.append(
                Task(
                    place=place,
                    currency=currency,
                    payer=accounts[payer],
                    title=title,
                    hours=hours,
                    reward=reward,
                    state=TaskState.DONE,
                    posted_by_id=worker,
                    posted_at=booking.at - timedelta(days=rng.randint(1, 14)),
                    worker_id=accounts[member].member_id,
                    confirmed_by_id=worker,
                    done_at=booking.at,
                    payment=transfer,
                )
            )
        elif booking.settles is not None:
            shop = accounts[booking.settles]
            amount = booking.legs[1][1]
            settlements.append(
                Settlement(
                    place=place,
                    currency=currency,
                    account=shop,
                    transfer=transfer,
                    amount=amount,
                    units_per_euro=currency.units_per_euro,
                    euros=(Decimal(amount) / currency.units_per_euro).quantize(
                        Decimal("0.01"), rounding=ROUND_HALF_UP
                    ),
                    period_start=last_settled.get(booking.settles, shop.opened_at),
                    period_end=booking.at,
                    created_by_id=booking.created_by,
                )
            )
            last_settled[booking.settles] = booking.at
    Voucher.objects.bulk_update(redeemed, ["state", "redemption", "redeemed_at"])
    Voucher.objects.bulk_update(cancelled, ["state"])
    for n in range(OPEN_TASKS):
        payer = accounts[5] if n % 4 == 0 else accounts[4]
        hours = rng.choice((Decimal(1), Decimal(2), Decimal(3)))
        tasks.append(
            Task(
                place=place,
                currency=currency,
                payer=payer,
                title=rng.choice(GARDEN_TITLES if payer == accounts[5] else TASK_TITLES),
                hours=hours,
                reward=int(hours * PER_HOUR),
                posted_by_id=rng.choice(workers),
                posted_at=now - timedelta(days=rng.uniform(0, 14)),
            )
        )
    Task.objects.bulk_create(tasks)
    Settlement.objects.bulk_create(settlements)
    totals: dict[int, int] = {}
    for booking in year.bookings:
        for i, amount in booking.legs:
            totals[i] = totals.get(i, 0) + amount
    moved = [accounts[i] for i in sorted(totals)]
    for i in sorted(totals):
        accounts[i].balance = totals[i]
    Account.objects.bulk_update(moved, ["balance"])
    return {
        "currency": 1,
        "account": len(accounts),
        "transfer": len(transfers),
        "entry": sum(len(b.legs) for b in year.bookings),
        "task": len(tasks),
        "voucherbatch": len(sheets),
        "voucher": sum(len(v) for v in vouchers),
        "settlement": len(settlements),
    }
