"""Demurrage as numbers: which period a moment falls in, and what one balance gives.

Shared by the booking (services.demurrage_apply) and its preview
(selectors.demurrage_preview), so that the preview shows what would be booked."""

from datetime import datetime, timedelta
from decimal import ROUND_FLOOR, Decimal

DAY = 86400


def period_of(*, created_at: datetime, period_days: int, now: datetime) -> int:
    """The number of the demurrage period `now` falls in; period 0 starts with the
    currency."""
    return int((now - created_at).total_seconds() // (period_days * DAY))


def period_bounds(
    *, created_at: datetime, period_days: int, period: int
) -> tuple[datetime, datetime]:
    """When a period starts (inclusive) and ends (exclusive)."""
    start = created_at + timedelta(days=period_days * period)
    return start, start + timedelta(days=period_days)


def period_key(currency_id: int, period: int) -> str:
    """The idempotency key of a period's demurrage transfer: booked once per period."""
    return f"demurrage:{currency_id}:{period}"


def charge(*, balance: int, min_balance: int | None, percent: Decimal) -> int:
    """What an account gives to the community fund, in minor units: the percentage of a
    positive balance, rounded down, never taking the balance below the account's
    minimum (an admin may have set a floor above zero)."""
    if balance <= 0:
        return 0
    amount = int((balance * (percent / 100)).to_integral_value(rounding=ROUND_FLOOR))
    if min_balance is not None:
        amount = min(amount, balance - min_balance)
    return max(amount, 0)
