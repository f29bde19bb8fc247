"""What monthly pledges promised and what came in, month by month (pure: no database).

A pledge is expected to give once in every calendar month in which it runs at least one
day, from its first month up to this month (or its last month, if it stopped earlier).
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class PledgeTerms:
    pledge_id: int
    monthly_cents: int
    starts_on: date
    ends_on: date | None


@dataclass(frozen=True)
class PledgeMonth:
    month: date  # the first day of the month
    expected_cents: int
    received_cents: int

    @property
    def missing_cents(self) -> int:
        return max(self.expected_cents - self.received_cents, 0)


@dataclass(frozen=True)
class PledgeSummary:
    terms: PledgeTerms
    months: int  # how many gifts were expected so far
    expected_cents: int
    received_cents: int

    @property
    def missing_cents(self) -> int:
        return max(self.expected_cents - self.received_cents, 0)


def first_of(day: date) -> date:
    return day.replace(day=1)


def next_month(month: date) -> date:
    return date(month.year + month.month // 12, month.month % 12 + 1, 1)


def months_back(month: date, count: int) -> date:
    """The first day of the month `count` months before `month`."""
    index = month.year * 12 + month.month - 1 - count
    return date(index // 12, index % 12 + 1, 1)


def expected_months(terms: PledgeTerms, today: date) -> list[date]:
    """The months in which the pledge was expected to give, up to this month."""
    last = first_of(today)
    if terms.ends_on is not None:
        last = min(last, first_of(terms.ends_on))
    months = []
    month = first_of(terms.starts_on)
    while month <= last:
        months.append(month)
        month = next_month(month)
    return months


def pledge_months(
    terms: PledgeTerms, received: Mapping[date, int], today: date
) -> list[PledgeMonth]:
    """One pledge month by month, newest first. `received` holds what came in per month
    (keyed by the month's first day)."""
    return [
        PledgeMonth(month, terms.monthly_cents, received.get(month, 0))
        for month in reversed(expected_months(terms, today))
    ]


def pledge_summary(terms: PledgeTerms, received: Mapping[date, int], today: date) -> PledgeSummary:
    months = expected_months(terms, today)
    return PledgeSummary(
        terms=terms,
        months=len(months),
        expected_cents=terms.monthly_cents * len(months),
        received_cents=sum(received.values()),
    )


def months_together(
    pledges: Iterable[PledgeTerms],
    received: Mapping[tuple[int, date], int],
    today: date,
    *,
    count: int = 12,
) -> list[PledgeMonth]:
    """All pledges together over the last `count` months, newest first. `received` is
    keyed by (pledge id, month)."""
    since = months_back(first_of(today), count - 1)
    expected: dict[date, int] = {}
    for terms in pledges:
        for month in expected_months(terms, today):
            if month >= since:
                expected[month] = expected.get(month, 0) + terms.monthly_cents
    came_in: dict[date, int] = {}
    for (_, month), cents in received.items():
        if month >= since:
            came_in[month] = came_in.get(month, 0) + cents
    months = sorted(set(expected) | set(came_in), reverse=True)
    return [PledgeMonth(m, expected.get(m, 0), came_in.get(m, 0)) for m in months]
