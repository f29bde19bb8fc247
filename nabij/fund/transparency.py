"""What the fund publishes about a year, in figures that never tell about one person.

A pure core over dataclasses; the loader (transparency_loader.py) builds its input.

How small groups are kept out of sight. Every amount is a sum over grants, so the grants
are split once into groups of at least MIN_CELL: each cell (category × month) with
enough grants is a group of its own; the cells with fewer are pooled into one group of
"smaller cells together", which takes in the smallest shown cell as well when it is
itself too small (secondary suppression, the rule of nabij.community.suppression).
A figure is then published only when it adds up whole groups: a category's year total
only when none of its months was pooled (or the whole pool lies in that category), a
month's total likewise, the budget spent only when its grants are whole groups.
Anything one can compute from the published figures (differences, sums) is then itself
a sum over whole groups, so over at least five grants: no subtraction of two totals can
give back one person's grant.

Refusals carry no amount; they are counted by general reason with the same pooling.
Donations are grouped by month the same way, so that no donor's gift can be read off.
"""

from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from nabij.community.suppression import MIN_CELL, OTHER, suppress

MONTHS = tuple(range(1, 13))


@dataclass(frozen=True)
class Grant:
    """A decision that gives something (in full or in part), decided in the year."""

    key: int
    category: str
    month: int  # 1..12, the month it was decided
    amount_cents: int
    paid_cents: int  # handed over so far, whatever the date
    budget: int | None = None  # the budget period it is charged to


@dataclass(frozen=True)
class Refusal:
    key: int
    reason: str  # a reason code, never the written reason


@dataclass(frozen=True)
class Gift:
    """A donation received in the year."""

    key: int
    month: int
    amount_cents: int


@dataclass(frozen=True)
class Budget:
    key: int
    starts_on: date
    ends_on: date
    amount_cents: int
    # Grants charged to this period but decided outside the year: their sum cannot be
    # told apart from the year's groups, so the period's spending stays hidden then.
    grants_outside_year: int = 0


@dataclass(frozen=True)
class Sum:
    """A published figure: how many, and how much. None means not shown."""

    count: int | None
    amount_cents: int | None = None
    paid_cents: int | None = None

    @property
    def shown(self) -> bool:
        return self.count is not None


HIDDEN = Sum(None)
NOTHING = Sum(0, 0, 0)

# How a cell of a table is shown.
SHOWN = "shown"
SMALL = "small"  # fewer than MIN_CELL: "< 5"
POOLED = "pooled"  # enough, but counted with the smaller cells so those stay hidden
EMPTY = "empty"


@dataclass(frozen=True)
class GridCell:
    state: str
    figure: Sum


@dataclass(frozen=True)
class Grid:
    """Grants by category (rows) and month (columns), with the totals that are safe."""

    categories: tuple[str, ...]
    cells: Mapping[tuple[str, int], GridCell]
    by_category: Mapping[str, Sum]
    by_month: Mapping[int, Sum]
    pooled: Sum  # the smaller cells together; NOTHING when no cell was pooled
    total: Sum


@dataclass(frozen=True)
class ReasonCount:
    reason: str  # a reason code, or OTHER for the smaller reasons together
    count: int | None


@dataclass(frozen=True)
class Outcomes:
    decisions: int | None
    grants: int | None
    refusals: int | None
    reasons: tuple[ReasonCount, ...]


@dataclass(frozen=True)
class MonthCell:
    state: str
    figure: Sum


@dataclass(frozen=True)
class Donations:
    months: Mapping[int, MonthCell]
    pooled: Sum
    total: Sum


@dataclass(frozen=True)
class BudgetFigure:
    budget: Budget
    granted_cents: int | None
    left_cents: int | None


@dataclass(frozen=True)
class Transparency:
    year: int
    grid: Grid
    outcomes: Outcomes
    donations: Donations
    budgets: tuple[BudgetFigure, ...]
    # For each grant, the group it was counted in (a cell, or OTHER): the published
    # figures are sums over whole groups. Kept for the budget check and for tests.
    groups: Mapping[int, Hashable] = field(repr=False, default_factory=dict)


def _sum(grants: Iterable[Grant]) -> Sum:
    grants = list(grants)
    return Sum(
        len(grants),
        sum(g.amount_cents for g in grants),
        sum(g.paid_cents for g in grants),
    )


def _pool(sizes: Mapping[str, int], minimum: int) -> tuple[set[str], Sum | None]:
    """Which labels stay shown after pooling, by the house rule; and the pool's count
    (None when the pool is under the minimum and nothing else is shown)."""
    cells = suppress({label: n for label, n in sizes.items() if n > 0}, minimum=minimum)
    shown = {c.label for c in cells if c.label != OTHER}
    pool = next((c for c in cells if c.label == OTHER), None)
    return shown, (None if pool is None else Sum(pool.count))


def _cell_label(category: str, month: int) -> str:
    return f"{category}\x1f{month:02d}"


def grant_grid(grants: Sequence[Grant], *, categories: Sequence[str], minimum: int) -> Grid:
    by_cell: dict[tuple[str, int], list[Grant]] = defaultdict(list)
    for grant in grants:
        by_cell[(grant.category, grant.month)].append(grant)
    order = list(dict.fromkeys([*categories, *sorted({g.category for g in grants})]))
    labels = {_cell_label(c, m): (c, m) for (c, m) in by_cell}
    shown_labels, pool = _pool({lb: len(by_cell[cell]) for lb, cell in labels.items()}, minimum)
    shown = {labels[lb] for lb in shown_labels}

    cells: dict[tuple[str, int], GridCell] = {}
    for category in order:
        for month in MONTHS:
            members = by_cell.get((category, month), [])
            if not members:
                cells[(category, month)] = GridCell(EMPTY, NOTHING)
            elif (category, month) in shown:
                cells[(category, month)] = GridCell(SHOWN, _sum(members))
            elif len(members) < minimum:
                cells[(category, month)] = GridCell(SMALL, HIDDEN)
            else:
                cells[(category, month)] = GridCell(POOLED, HIDDEN)

    pooled_cells = {cell for cell in by_cell if cell not in shown}
    pooled_grants = [g for cell in pooled_cells for g in by_cell[cell]]
    if not pooled_grants:
        pooled = NOTHING
    elif pool is not None and pool.count is not None:
        pooled = _sum(pooled_grants)
    else:
        pooled = HIDDEN
    total = _sum(grants) if pooled.shown else HIDDEN

    def line_total(keys: list[tuple[str, int]]) -> Sum:
        # A line's total adds up whole groups when its cells are shown or empty, or when
        # the pooled cells all lie on this line (then the pool is inside it, whole).
        on_line = pooled_cells & set(keys)
        if on_line and (on_line != pooled_cells or not pooled.shown):
            return HIDDEN
        return _sum(g for k in keys for g in by_cell.get(k, []))

    return Grid(
        categories=tuple(order),
        cells=cells,
        by_category={c: line_total([(c, m) for m in MONTHS]) for c in order},
        by_month={m: line_total([(c, m) for c in order]) for m in MONTHS},
        pooled=pooled,
        total=total,
    )


def _groups(grants: Sequence[Grant], grid: Grid) -> dict[int, Hashable]:
    return {
        g.key: (g.category, g.month) if grid.cells[(g.category, g.month)].state == SHOWN else OTHER
        for g in grants
    }


def outcomes(refusals: Sequence[Refusal], grid: Grid, *, minimum: int) -> Outcomes:
    """How many decisions, grants and refusals; refusals by general reason, pooled."""
    reasons: dict[str, int] = defaultdict(int)
    for refusal in refusals:
        reasons[refusal.reason] += 1
    cells = suppress(dict(reasons), minimum=minimum)
    refused = len(refusals) if (not refusals or len(refusals) >= minimum) else None
    granted = grid.total.count
    # The number of decisions is grants plus refusals: shown only when both are, or it
    # would give back whichever of the two is hidden.
    decided = granted + refused if granted is not None and refused is not None else None
    return Outcomes(
        decisions=decided,
        grants=granted,
        refusals=refused,
        reasons=tuple(ReasonCount(c.label, c.count) for c in cells),
    )


def donations_by_month(gifts: Sequence[Gift], *, minimum: int) -> Donations:
    by_month: dict[int, list[Gift]] = defaultdict(list)
    for gift in gifts:
        by_month[gift.month].append(gift)
    shown_labels, pool = _pool({str(m): len(v) for m, v in by_month.items()}, minimum)

    def figure(items: list[Gift]) -> Sum:
        return Sum(len(items), sum(g.amount_cents for g in items))

    months: dict[int, MonthCell] = {}
    for month in MONTHS:
        items = by_month.get(month, [])
        if not items:
            months[month] = MonthCell(EMPTY, Sum(0, 0))
        elif str(month) in shown_labels:
            months[month] = MonthCell(SHOWN, figure(items))
        else:
            months[month] = MonthCell(SMALL if len(items) < minimum else POOLED, HIDDEN)
    pooled_items = [g for m, items in by_month.items() if str(m) not in shown_labels for g in items]
    if not pooled_items:
        pooled = Sum(0, 0)
    elif pool is not None and pool.count is not None:
        pooled = figure(pooled_items)
    else:
        pooled = HIDDEN
    total = figure(list(gifts)) if pooled.shown else HIDDEN
    return Donations(months=months, pooled=pooled, total=total)


def budget_figures(
    budgets: Sequence[Budget],
    grants: Sequence[Grant],
    groups: Mapping[int, Hashable],
    *,
    pool_shown: bool,
) -> tuple[BudgetFigure, ...]:
    """A period's spending and what is left, when its grants are whole groups."""
    members: dict[Hashable, set[int]] = defaultdict(set)
    for grant in grants:
        members[groups[grant.key]].add(grant.key)
    figures = []
    for budget in budgets:
        charged = [g for g in grants if g.budget == budget.key]
        keys = {g.key for g in charged}
        whole = budget.grants_outside_year == 0 and all(
            members[groups[key]] <= keys for key in keys
        )
        # A hidden pool is no group one may add: its grants are not published at all.
        if not pool_shown and any(groups[key] == OTHER for key in keys):
            whole = False
        if whole:
            granted = sum(g.amount_cents for g in charged)
            figures.append(BudgetFigure(budget, granted, budget.amount_cents - granted))
        else:
            figures.append(BudgetFigure(budget, None, None))
    return tuple(figures)


def transparency(
    *,
    year: int,
    grants: Sequence[Grant],
    refusals: Sequence[Refusal],
    gifts: Sequence[Gift],
    budgets: Sequence[Budget] = (),
    categories: Sequence[str] = (),
    minimum: int = MIN_CELL,
) -> Transparency:
    grid = grant_grid(grants, categories=categories, minimum=minimum)
    groups = _groups(grants, grid)
    return Transparency(
        year=year,
        grid=grid,
        outcomes=outcomes(refusals, grid, minimum=minimum),
        donations=donations_by_month(gifts, minimum=minimum),
        budgets=budget_figures(budgets, grants, groups, pool_shown=grid.pooled.shown),
        groups=groups,
    )
