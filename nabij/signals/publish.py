"""How a count about people is published in signals: never about fewer than five, and
never so exactly that two published figures tell about fewer than five by subtraction.

A count of 1 to 4 shows as "< 5"; every other count is rounded to a multiple of five
(0, 5, 10, ...), as statistical offices publish small-area tables. The difference or
sum of published counts is then a multiple of five as well, so no pair of filters, no
table against its total and no export against the page gives back a group of one to
four people. A group that a filter narrows down to fewer than five is not shown at all.
Shares are worked out from the published counts, never from the exact ones.
"""

from dataclasses import dataclass

from django.utils.formats import number_format

from nabij.community.suppression import MIN_CELL

BASE = 5
SUPPRESSED = f"< {MIN_CELL}"


@dataclass(frozen=True)
class Count:
    """A published count: a multiple of five, or None for "fewer than five" (1 to 4)."""

    value: int | None

    @property
    def suppressed(self) -> bool:
        return self.value is None

    def __str__(self) -> str:
        return SUPPRESSED if self.value is None else number_format(self.value, force_grouping=True)


def publish(n: int) -> Count:
    """The published form of an exact count `n` of people (or of their answers)."""
    if n < 0:
        raise ValueError("a count is never negative")
    if n == 0:
        return Count(0)
    if n < MIN_CELL:
        return Count(None)
    return Count(BASE * ((n + BASE // 2) // BASE))


def group_shown(n: int) -> bool:
    """Whether a group (everyone a filter selects) is large enough to say anything about."""
    return n >= MIN_CELL


def share(part: Count, whole: Count) -> int | None:
    """A whole percentage of two published counts; None when it cannot be told or when
    it is under five per cent (shown as "< 5 %")."""
    if part.value is None or not whole.value:
        return None
    percent = round(100 * part.value / whole.value)
    return percent if percent >= MIN_CELL or percent == 0 else None
