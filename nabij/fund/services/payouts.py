"""Help handed over for a decision: cash, a card or voucher, or help in kind."""

from datetime import date, datetime

from django.db import transaction
from django.db.models import Sum

from nabij.community.models import Member, Place
from nabij.errors import DomainError
from nabij.fund.amounts import euros, to_cents
from nabij.fund.choices import Outcome, PayoutKind
from nabij.fund.errors import FundError
from nabij.fund.models import Decision, Payout

from .common import lock_fund, now_or, require_staff, today

DESCRIPTION_LIMIT = 300


def payout_record(
    *,
    actor: Member,
    place: Place,
    decision: Decision,
    kind: str,
    amount: str | int,
    paid_on: date,
    description: str = "",
    now: datetime | None = None,
) -> Payout:
    """Staff record help given; all payouts of a decision stay within what was granted."""
    now = now_or(now)
    require_staff(actor, place)
    if decision.place_id != place.pk:
        raise DomainError(FundError.OTHER_FUND)
    if decision.outcome == Outcome.REFUSE:
        raise DomainError(FundError.NOT_GRANTED)
    if kind not in PayoutKind.values:
        raise DomainError(FundError.KIND_UNKNOWN, field="kind")
    description = (description or "").strip()[:DESCRIPTION_LIMIT]
    if kind == PayoutKind.IN_KIND and not description:
        raise DomainError(FundError.DESCRIPTION_EMPTY, field="description")
    cents = to_cents(amount)
    if paid_on > today(now):
        raise DomainError(FundError.DATE_IN_FUTURE, field="paid_on")
    with transaction.atomic():
        lock_fund(decision.fund)
        paid = decision.payouts.aggregate(t=Sum("amount_cents"))["t"] or 0
        left = decision.amount_cents - paid
        if cents > left:
            raise DomainError(FundError.PAYOUT_EXCEEDS, field="amount", left=euros(left))
        return Payout.objects.create(
            place=place,
            fund_id=decision.fund_id,
            decision=decision,
            kind=kind,
            description=description,
            amount_cents=cents,
            paid_on=paid_on,
            recorded_by=actor,
            recorded_at=now,
        )
