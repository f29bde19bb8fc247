"""Counting unmet needs: from needs seen in three places (help requests nobody took on,
outreach calls that found a need, needs a worker noted by hand) to how many there were
by type, month, group, neighbourhood and source.

Pure: a loader (nabij/signals/selectors/needs.py) builds the `Need` list once; this
module never touches the database. The counts here are exact; they are published
(rounded, small ones hidden) by the selector.
"""

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import date

BY = ("type", "month", "group", "sector", "source")

NO_GROUP = None  # the key of needs of people in no group
NO_SECTOR = ""  # the key of needs whose neighbourhood is not known


@dataclass(frozen=True)
class Need:
    """One need no one could meet.

    `people` is how many people it is about: 1 for a request or a call, the number a
    worker noted for a hand-recorded need. `person` is who it is about when that is known
    (a member's id), so that five needs of one person are not taken for five people."""

    source: str
    need_type: str
    month: date  # the first day of the month the need was seen in
    sector: str = NO_SECTOR
    groups: frozenset[int] = frozenset()
    people: int = 1
    person: int | None = None


@dataclass(frozen=True)
class Tally:
    """How many needs, and how many different people they are about."""

    needs: int = 0
    people: int = 0


def month_of(day: date) -> date:
    return day.replace(day=1)


def months_between(first: date, last: date) -> list[date]:
    """Every month from `first`'s to `last`'s, both included."""
    start = first.year * 12 + first.month - 1
    end = last.year * 12 + last.month - 1
    return [date(m // 12, m % 12 + 1, 1) for m in range(start, end + 1)]


def _keys(by: str) -> Callable[[Need], Iterable[Hashable]]:
    if by == "type":
        return lambda need: (need.need_type,)
    if by == "month":
        return lambda need: (need.month,)
    if by == "group":
        # Someone in several groups counts in each of them.
        return lambda need: sorted(need.groups) or (NO_GROUP,)
    if by == "sector":
        return lambda need: (need.sector,)
    if by == "source":
        return lambda need: (need.source,)
    raise ValueError(f"cannot count needs by {by!r}")


def _tally(needs: Iterable[Need]) -> Tally:
    total = 0
    anonymous = 0
    persons: set[int] = set()
    for need in needs:
        total += need.people
        if need.person is None:
            anonymous += need.people
        else:
            persons.add(need.person)
    return Tally(needs=total, people=anonymous + len(persons))


def count_all(needs: Iterable[Need]) -> Tally:
    return _tally(needs)


def count_by(needs: Iterable[Need], by: str) -> dict[Hashable, Tally]:
    """The needs per type, month, group, sector or source (see `BY`). Only keys that
    occur are in the result; a month table fills its gaps with `months_between`."""
    keys = _keys(by)
    grouped: dict[Hashable, list[Need]] = {}
    for need in needs:
        for key in keys(need):
            grouped.setdefault(key, []).append(need)
    return {key: _tally(members) for key, members in grouped.items()}
