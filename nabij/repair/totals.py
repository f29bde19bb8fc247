"""Totals of a repair café, from grouped counts: a pure core that never touches the ORM.

The rule, said on every page that shows it: kilograms kept out of waste are the estimated
weights of the items that were repaired. The repaired share is taken over the items whose
outcome is known, so a session still under way does not look like a failure.
"""

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from nabij.community.suppression import MIN_CELL, Cell, safe_count, suppress
from nabij.repair.choices import ItemCategory, Outcome


@dataclass(frozen=True)
class Group:
    """One row of a grouped query: items of a category and outcome (in a month)."""

    category: str
    outcome: str
    items: int
    grams: int
    month: date | None = None


@dataclass
class Tally:
    items: int = 0
    repaired: int = 0
    not_repaired: int = 0
    advice: int = 0
    grams_kept: int = 0

    @property
    def decided(self) -> int:
        return self.repaired + self.not_repaired + self.advice

    @property
    def pending(self) -> int:
        return self.items - self.decided

    @property
    def repaired_percent(self) -> int | None:
        return round(100 * self.repaired / self.decided) if self.decided else None

    def add(self, group: Group) -> None:
        self.items += group.items
        if group.outcome == Outcome.REPAIRED:
            self.repaired += group.items
            self.grams_kept += group.grams
        elif group.outcome == Outcome.NOT_REPAIRED:
            self.not_repaired += group.items
        elif group.outcome == Outcome.ADVICE:
            self.advice += group.items


@dataclass
class Totals:
    all: Tally = field(default_factory=Tally)
    by_category: dict[str, Tally] = field(default_factory=dict)
    by_month: dict[date, Tally] = field(default_factory=dict)

    @property
    def categories(self) -> list[tuple[str, Tally]]:
        """In the order of the choices, only those that occur."""
        return [(c, self.by_category[c]) for c in ItemCategory.values if c in self.by_category]

    @property
    def months(self) -> list[tuple[date, Tally]]:
        return sorted(self.by_month.items())


def totals_from(groups: Iterable[Group]) -> Totals:
    totals = Totals()
    by_category: dict[str, Tally] = defaultdict(Tally)
    by_month: dict[date, Tally] = defaultdict(Tally)
    for group in groups:
        totals.all.add(group)
        by_category[group.category].add(group)
        if group.month is not None:
            by_month[group.month].add(group)
    totals.by_category = dict(by_category)
    totals.by_month = dict(by_month)
    return totals


# ---- what the public may see: counts under five are never shown ----


@dataclass(frozen=True)
class PublicTally:
    """A tally with every small figure hidden (None). Kilograms and the share are about
    the repaired items, so they are shown only when that count is."""

    items: int | None
    repaired: int | None
    repaired_percent: int | None
    grams_kept: int | None


@dataclass(frozen=True)
class PublicRow:
    month: date
    tally: PublicTally


@dataclass(frozen=True)
class PublicTotals:
    all: PublicTally
    by_category: list[Cell]
    by_month: list[PublicRow]


def public_tally(tally: Tally) -> PublicTally:
    repaired = safe_count(tally.repaired)
    decided = safe_count(tally.decided)
    shown = repaired is not None and decided is not None
    return PublicTally(
        items=safe_count(tally.items),
        repaired=repaired,
        repaired_percent=tally.repaired_percent if shown else None,
        grams_kept=tally.grams_kept if repaired is not None else None,
    )


def hide_small(counts: Sequence[int], *, minimum: int = MIN_CELL) -> list[int | None]:
    """Hide counts under `minimum` in a column whose total is shown. When what is hidden
    adds up to less than `minimum`, the total would give it away by subtraction, so the
    smallest shown count is hidden with it (as `suppress` pools it)."""
    hidden = {i for i, n in enumerate(counts) if 0 < n < minimum}
    shown = sorted((n, i) for i, n in enumerate(counts) if n >= minimum)
    if 0 < sum(counts[i] for i in hidden) < minimum and shown:
        hidden.add(shown[0][1])
    return [None if i in hidden else n for i, n in enumerate(counts)]


def public_totals(totals: Totals) -> PublicTotals:
    months = totals.months
    items = hide_small([t.items for _, t in months])
    repaired = hide_small([t.repaired for _, t in months])
    rows = []
    for (month, tally), shown_items, shown_repaired in zip(months, items, repaired, strict=True):
        decided = safe_count(tally.decided)
        rows.append(
            PublicRow(
                month=month,
                tally=PublicTally(
                    items=shown_items,
                    repaired=shown_repaired,
                    repaired_percent=(
                        tally.repaired_percent
                        if shown_repaired is not None and decided is not None
                        else None
                    ),
                    grams_kept=tally.grams_kept if shown_repaired is not None else None,
                ),
            )
        )
    return PublicTotals(
        all=public_tally(totals.all),
        by_category=suppress({c: t.items for c, t in totals.by_category.items()}),
        by_month=rows,
    )
