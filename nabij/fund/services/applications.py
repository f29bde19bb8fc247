"""Applications: a worker asks the fund on someone's behalf; no papers, no bank account."""

from datetime import datetime

from django.db import transaction
from django.db.models import Max

from nabij.community.models import Member, Place
from nabij.errors import DomainError
from nabij.fund.amounts import euros, to_cents
from nabij.fund.errors import FundError
from nabij.fund.models import Application, Criterion, Fund

from .common import (
    clean_text,
    lock_fund,
    now_or,
    require_in_place,
    require_own,
    require_staff,
    today,
)

SITUATION_LIMIT = 4000
HOUSEHOLD_LIMIT = 40


def require_in_force(criterion: Criterion, now: datetime) -> None:
    day = today(now)
    if criterion.valid_from > day or (
        criterion.valid_until is not None and criterion.valid_until < day
    ):
        raise DomainError(FundError.CRITERION_NOT_IN_FORCE, field="criterion")


def application_submit(
    *,
    actor: Member,
    place: Place,
    fund: Fund,
    person: Member,
    criterion: Criterion,
    amount: str | int,
    situation: str,
    household_size: int | None = None,
    now: datetime | None = None,
) -> Application:
    """A worker applies for `person`, a member of the place, under a current criterion,
    for at most the criterion's maximum."""
    now = now_or(now)
    require_staff(actor, place)
    if fund.place_id != place.pk:
        raise DomainError(FundError.OTHER_FUND)
    require_in_place(person, place)
    require_own(criterion, fund, field="criterion")
    if not criterion.is_current:
        raise DomainError(FundError.NOT_CURRENT, field="criterion")
    require_in_force(criterion, now)
    cents = to_cents(amount)
    if cents > criterion.max_amount_cents:
        raise DomainError(
            FundError.ABOVE_MAXIMUM, field="amount", maximum=euros(criterion.max_amount_cents)
        )
    if household_size is not None and not 1 <= household_size <= HOUSEHOLD_LIMIT:
        raise DomainError(FundError.HOUSEHOLD_SIZE_INVALID, field="household_size")
    situation = clean_text(
        situation, error=FundError.SITUATION_EMPTY, field="situation", limit=SITUATION_LIMIT
    )
    with transaction.atomic():
        lock_fund(fund)
        last = Application.objects.filter(fund=fund).aggregate(n=Max("case_number"))["n"]
        return Application.objects.create(
            place=place,
            fund=fund,
            case_number=(last or 0) + 1,
            person=person,
            criterion=criterion,
            amount_cents=cents,
            household_size=household_size,
            situation=situation,
            applied_by=actor,
            created_at=now,
        )
