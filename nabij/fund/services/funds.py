"""Setting up a fund: the fund itself, its committee and its budgets."""

from datetime import date, datetime

from django.db import transaction
from django.db.models import Sum

from nabij.community.models import Member, Place
from nabij.errors import DomainError
from nabij.fund.amounts import euros, to_cents
from nabij.fund.errors import FundError
from nabij.fund.models import BudgetPeriod, Fund, FundCommitteeSeat

from .common import clean_text, lock_fund, now_or, require_in_place, require_staff

NAME_LIMIT = 120


def fund_create(
    *, actor: Member, place: Place, name: str, description: str = "", now: datetime | None = None
) -> Fund:
    now = now_or(now)
    require_staff(actor, place)
    name = clean_text(name, error=FundError.NAME_EMPTY, field="name", limit=NAME_LIMIT)
    with transaction.atomic():
        if Fund.objects.filter(place=place).exists():
            raise DomainError(FundError.FUND_EXISTS)
        return Fund.objects.create(
            place=place,
            name=name,
            description=(description or "").strip(),
            created_by=actor,
            created_at=now,
        )


def fund_update(
    *, actor: Member, place: Place, fund: Fund, name: str, description: str = ""
) -> Fund:
    """A new name or description. Both are public (the transparency page shows them);
    staff who may start a fund may also rename it."""
    require_staff(actor, place)
    if fund.place_id != place.pk:
        raise DomainError(FundError.OTHER_FUND)
    name = clean_text(name, error=FundError.NAME_EMPTY, field="name", limit=NAME_LIMIT)
    with transaction.atomic():
        fund = lock_fund(fund)
        fund.name = name
        fund.description = (description or "").strip()
        fund.save(update_fields=["name", "description"])
        return fund


def seat_add(
    *, actor: Member, place: Place, fund: Fund, member: Member, now: datetime | None = None
) -> FundCommitteeSeat:
    """Staff seat a worker, volunteer or resident of the place on the committee."""
    now = now_or(now)
    require_staff(actor, place)
    if fund.place_id != place.pk:
        raise DomainError(FundError.OTHER_FUND)
    require_in_place(member, place)
    with transaction.atomic():
        lock_fund(fund)
        if FundCommitteeSeat.objects.filter(fund=fund, member=member, until=None).exists():
            raise DomainError(FundError.ALREADY_SEATED, field="member")
        return FundCommitteeSeat.objects.create(
            place=place, fund=fund, member=member, since=now, created_by=actor
        )


def seat_end(
    *, actor: Member, place: Place, seat: FundCommitteeSeat, now: datetime | None = None
) -> FundCommitteeSeat:
    now = now_or(now)
    require_staff(actor, place)
    if seat.place_id != place.pk:
        raise DomainError(FundError.OTHER_FUND)
    with transaction.atomic():
        seat = FundCommitteeSeat.objects.select_for_update().get(pk=seat.pk)
        if seat.until is not None:
            raise DomainError(FundError.SEAT_ENDED)
        seat.until = max(now, seat.since)
        seat.save(update_fields=["until"])
        return seat


def budget_create(
    *,
    actor: Member,
    place: Place,
    fund: Fund,
    starts_on: date,
    ends_on: date,
    amount: str | int,
    now: datetime | None = None,
) -> BudgetPeriod:
    """How much the fund may grant from `starts_on` to `ends_on`, both included."""
    now = now_or(now)
    require_staff(actor, place)
    if fund.place_id != place.pk:
        raise DomainError(FundError.OTHER_FUND)
    cents = to_cents(amount)
    if ends_on < starts_on:
        raise DomainError(FundError.DATES_REVERSED, field="ends_on")
    with transaction.atomic():
        lock_fund(fund)
        overlapping = BudgetPeriod.objects.filter(
            fund=fund, starts_on__lte=ends_on, ends_on__gte=starts_on
        )
        if overlapping.exists():
            raise DomainError(FundError.BUDGET_OVERLAP, field="starts_on")
        return BudgetPeriod.objects.create(
            place=place,
            fund=fund,
            starts_on=starts_on,
            ends_on=ends_on,
            amount_cents=cents,
            created_by=actor,
            created_at=now,
        )


def budget_change(
    *, actor: Member, place: Place, budget: BudgetPeriod, amount: str | int
) -> BudgetPeriod:
    """A new amount for a budget period, never below what it already granted."""
    require_staff(actor, place)
    if budget.place_id != place.pk:
        raise DomainError(FundError.OTHER_FUND)
    cents = to_cents(amount)
    with transaction.atomic():
        lock_fund(budget.fund)
        granted = budget.decisions.aggregate(total=Sum("amount_cents"))["total"] or 0
        if cents < granted:
            raise DomainError(
                FundError.BUDGET_BELOW_GRANTED, field="amount", granted=euros(granted)
            )
        budget.amount_cents = cents
        budget.save(update_fields=["amount_cents"])
        return budget
