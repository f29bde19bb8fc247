"""What every fund service needs: who may act, the fund's row lock, clean text, dates."""

from datetime import date, datetime

from django.db.models import Model
from django.utils import timezone

from nabij.community.choices import STAFF_ROLES
from nabij.community.models import Member, Place
from nabij.community.services.common import now_or, require_in_place, require_role
from nabij.errors import DomainError
from nabij.fund.errors import FundError
from nabij.fund.models import Fund, FundCommitteeSeat

__all__ = [
    "clean_text",
    "lock_fund",
    "now_or",
    "require_in_place",
    "require_own",
    "require_seat",
    "require_staff",
    "today",
]


def require_staff(actor: Member, place: Place) -> None:
    """A worker or admin of this very place."""
    require_role(actor, place, STAFF_ROLES)


def require_own(row: Model, fund: Fund, *, field: str) -> None:
    """The row belongs to this fund (and so to its place)."""
    if getattr(row, "fund_id", None) != fund.pk:
        raise DomainError(FundError.OTHER_FUND, field=field)


def require_seat(actor: Member, fund: Fund, *, at: datetime) -> None:
    """The actor sits on the fund's committee at this moment."""
    seated = FundCommitteeSeat.objects.filter(fund=fund, member=actor, since__lte=at).exclude(
        until__lte=at
    )
    if actor.is_erased or not seated.exists():
        raise DomainError(FundError.NOT_ON_COMMITTEE)


def lock_fund(fund: Fund) -> Fund:
    """Lock the fund row: every write that counts (receipt and case numbers, budgets,
    decisions, payouts) takes this one lock first, so they never interleave."""
    return Fund.objects.select_for_update().get(pk=fund.pk)


def clean_text(value: str | None, *, error: FundError, field: str, limit: int | None = None) -> str:
    text = (value or "").strip()
    if not text or (limit is not None and len(text) > limit):
        raise DomainError(error, field=field)
    return text


def today(now: datetime) -> date:
    return timezone.localdate(now)
