"""Calendar periods for a criterion's maximum per household (pure: dates in, dates out)."""

from datetime import date

from nabij.fund.choices import HouseholdPeriod


def period_start(day: date, period: str) -> date:
    """The first day of the month, quarter or year that holds `day`."""
    if period == HouseholdPeriod.MONTH:
        return day.replace(day=1)
    if period == HouseholdPeriod.QUARTER:
        return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    if period == HouseholdPeriod.YEAR:
        return date(day.year, 1, 1)
    raise ValueError(period)
