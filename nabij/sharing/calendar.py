"""A month of an item's calendar as weeks of days: a pure core over dataclasses.

Periods are half-open [start, end) in local dates: a period that ends at midnight does
not take the next day. The page draws it as a plain table, no script needed.
"""

import calendar as stdlib_calendar
from dataclasses import dataclass, field
from datetime import date, timedelta


@dataclass(frozen=True)
class Period:
    first: date  # first day held
    last: date  # last day held (inclusive)
    label: str = ""  # who holds it, for staff; empty for everyone else
    mine: bool = False
    lent: bool = False


@dataclass(frozen=True)
class Day:
    day: date
    past: bool
    today: bool
    periods: tuple[Period, ...] = field(default=())

    @property
    def busy(self) -> bool:
        return bool(self.periods)

    @property
    def mine(self) -> bool:
        return any(p.mine for p in self.periods)


@dataclass(frozen=True)
class Month:
    first: date
    weeks: tuple[tuple[Day | None, ...], ...]

    @property
    def previous(self) -> date:
        return (self.first - timedelta(days=1)).replace(day=1)

    @property
    def next(self) -> date:
        return (self.first + timedelta(days=32)).replace(day=1)


def month_bounds(first: date) -> tuple[date, date]:
    """The first day of the month and the first day of the next."""
    first = first.replace(day=1)
    return first, (first + timedelta(days=32)).replace(day=1)


def month_grid(first: date, periods: list[Period], *, today: date) -> Month:
    """Weeks from Monday to Sunday; days outside the month are None."""
    first = first.replace(day=1)
    weeks = []
    for week in stdlib_calendar.Calendar(firstweekday=0).monthdatescalendar(
        first.year, first.month
    ):
        row = []
        for day in week:
            if day.month != first.month:
                row.append(None)
                continue
            held = tuple(p for p in periods if p.first <= day <= p.last)
            row.append(Day(day=day, past=day < today, today=day == today, periods=held))
        weeks.append(tuple(row))
    return Month(first=first, weeks=tuple(weeks))
