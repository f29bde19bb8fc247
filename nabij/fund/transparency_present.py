"""The public figures as tables and charts: one set, shown on the page, printed in the
report and written to the CSV, so a figure hidden in one is hidden in all three.

A hidden figure reads "< 5" when it is about fewer than five grants, and "verborgen" when
it is large enough itself but would give back a smaller one by subtraction.
"""

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.utils.formats import date_format
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from nabij.community.suppression import OTHER
from nabij.fund.amounts import euros
from nabij.fund.choices import Category, ReasonCode
from nabij.fund.transparency import (
    EMPTY,
    MONTHS,
    POOLED,
    SMALL,
    Sum,
    Transparency,
)
from nabij.insight import charts

SUPPRESSED = charts.SUPPRESSED
HIDDEN_WORD = gettext_lazy("verborgen")
NONE_WORD = "–"


@dataclass(frozen=True)
class Cell:
    """What a reader sees (`screen`) and what a spreadsheet gets (`export`)."""

    screen: str
    export: str


@dataclass(frozen=True)
class Table:
    ident: str
    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]


@dataclass(frozen=True)
class Chart:
    svg: SafeString
    table: Table


@dataclass(frozen=True)
class PublicFigures:
    year: int
    outcomes: Table
    reasons: Table
    by_category: Chart
    by_month: Chart
    grid: Table
    budgets: Table
    tables: tuple[Table, ...]  # in the order of the CSV


def text(value: str) -> Cell:
    return Cell(str(value), str(value))


def _hidden(state: str) -> Cell:
    word = SUPPRESSED if state == SMALL else str(HIDDEN_WORD)
    return Cell(word, word)


def count(n: int | None, *, state: str = SMALL) -> Cell:
    if n is None:
        return _hidden(state)
    return Cell(str(n), str(n))


def money(cents: int | None, *, state: str = SMALL) -> Cell:
    if cents is None:
        return _hidden(state)
    return Cell(euros(cents), f"{Decimal(cents).scaleb(-2):.2f}")


def _figure_cells(figure: Sum, *, state: str = POOLED) -> tuple[Cell, Cell, Cell]:
    return (
        count(figure.count, state=state),
        money(figure.amount_cents, state=state),
        money(figure.paid_cents, state=state),
    )


def _month_name(year: int, month: int) -> str:
    return date_format(date(year, month, 1), "YEAR_MONTH_FORMAT")


def _short_month(year: int, month: int) -> str:
    return date_format(date(year, month, 1), "M")


def category_label(code: str) -> str:
    return str(Category(code).label) if code in Category.values else code


def reason_label(code: str) -> str:
    if code == OTHER:
        return _("andere redenen samen")
    return str(ReasonCode(code).label) if code in ReasonCode.values else code


def _euros_value(cents: int | None) -> float | None:
    return None if cents is None else cents / 100


def nice_top(values: Sequence[float | None]) -> float:
    """A round top for an axis, whose quarters read well: 1, 2, 4, 5 or 8 times a power
    of ten (the axis then shows whole euros from € 4 up)."""
    top = max((v for v in values if v is not None), default=0.0)
    if top <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(top))
    return next(step * power for step in (1, 2, 4, 5, 8, 10) if step * power >= top)


def _bar(cents: int | None) -> charts.Bar:
    """A hidden total draws no bar and says "verborgen" (charts' None would say "< 5",
    which a total hidden only to protect a smaller cell is not)."""
    if cents is None:
        return charts.Bar(0.0, str(HIDDEN_WORD))
    return charts.Bar(cents / 100, euros(cents))


def outcomes_table(figures: Transparency) -> Table:
    outcomes = figures.outcomes
    return Table(
        ident="fund-outcomes",
        caption=_("Beslissingen in %(year)s") % {"year": figures.year},
        header=(_("wat"), _("aantal")),
        rows=(
            (text(_("beslissingen")), count(outcomes.decisions, state=POOLED)),
            # Grants are hidden only when all of them together are fewer than five.
            (text(_("toegekend (helemaal of deels)")), count(outcomes.grants)),
            (text(_("geweigerd")), count(outcomes.refusals)),
        ),
    )


def reasons_table(figures: Transparency) -> Table:
    return Table(
        ident="fund-reasons",
        caption=_("Weigeringen per reden in %(year)s") % {"year": figures.year},
        header=(_("reden"), _("aantal")),
        rows=tuple(
            (text(reason_label(r.reason)), count(r.count)) for r in figures.outcomes.reasons
        ),
    )


def category_chart(figures: Transparency) -> Chart:
    grid = figures.grid
    rows = []
    groups = []
    for category in grid.categories:
        figure = grid.by_category[category]
        rows.append((text(category_label(category)), *_figure_cells(figure)))
        groups.append(
            charts.BarGroup(
                category_label(category),
                [_bar(figure.amount_cents), _bar(figure.paid_cents)],
            )
        )
    if grid.pooled.count:
        rows.append((text(_("kleinere groepen samen")), *_figure_cells(grid.pooled, state=SMALL)))
    rows.append((text(_("totaal")), *_figure_cells(grid.total, state=SMALL)))
    table = Table(
        ident="fund-categories",
        caption=_("Toegekend per soort hulp in %(year)s") % {"year": figures.year},
        header=(_("soort hulp"), _("toekenningen"), _("toegekend"), _("uitbetaald")),
        rows=tuple(rows),
    )
    svg = charts.bar_chart(
        groups,
        ident="fund-categories-chart",
        title=_("Toegekend en uitbetaald per soort hulp"),
        description=_(
            "Staafdiagram in euro per soort hulp; dezelfde cijfers staan in de tabel ernaast."
        ),
        series=(_("toegekend"), _("uitbetaald")),
        # Room beside the longest bar for its amount.
        scale_max=nice_top([b.value for g in groups for b in g.bars]) * 1.4,
    )
    return Chart(mark_safe(svg), table)


def month_chart(figures: Transparency, *, last_month: int | None = None) -> Chart:
    grid, gifts = figures.grid, figures.donations
    rows = []
    for month in MONTHS:
        figure = grid.by_month[month]
        gift = gifts.months[month]
        rows.append(
            (
                text(_month_name(figures.year, month)),
                *_figure_cells(figure),
                count(gift.figure.count, state=gift.state),
                money(gift.figure.amount_cents, state=gift.state),
            )
        )
    if grid.pooled.count or gifts.pooled.count:
        rows.append(
            (
                text(_("kleinere groepen samen")),
                *_figure_cells(grid.pooled, state=SMALL),
                count(gifts.pooled.count),
                money(gifts.pooled.amount_cents),
            )
        )
    rows.append(
        (
            text(_("totaal")),
            *_figure_cells(grid.total, state=SMALL),
            count(gifts.total.count),
            money(gifts.total.amount_cents),
        )
    )
    table = Table(
        ident="fund-months",
        caption=_("Per maand in %(year)s: toegekend en giften") % {"year": figures.year},
        header=(
            _("maand"),
            _("toekenningen"),
            _("toegekend"),
            _("uitbetaald"),
            _("giften"),
            _("giften in euro"),
        ),
        rows=tuple(rows),
    )
    labels = [_short_month(figures.year, m) for m in MONTHS]
    # Months still to come have no point; a month hidden to protect a smaller cell
    # breaks the line without a word (the table says "verborgen"): charts' "< 5" is
    # only for a month with fewer than five.
    later = {i for i, m in enumerate(MONTHS) if last_month is not None and m > last_month}
    granted_values = [_euros_value(grid.by_month[m].amount_cents) for m in MONTHS]
    granted = charts.line_chart(
        labels,
        [charts.LineSeries(_("toegekend"), granted_values)],
        ident="fund-months-granted-chart",
        title=_("Toegekend per maand, in euro"),
        description=_("Lijndiagram in euro per maand; dezelfde cijfers staan in de tabel."),
        scale_max=nice_top(granted_values),
        empty=later | {i for i, m in enumerate(MONTHS) if not grid.by_month[m].shown},
    )
    gift_values = [_euros_value(gifts.months[m].figure.amount_cents) for m in MONTHS]
    given = charts.line_chart(
        labels,
        [charts.LineSeries(_("giften"), gift_values)],
        ident="fund-months-gifts-chart",
        title=_("Giften per maand, in euro"),
        description=_("Lijndiagram in euro per maand; dezelfde cijfers staan in de tabel."),
        scale_max=nice_top(gift_values),
        empty=later | {i for i, m in enumerate(MONTHS) if gifts.months[m].state == POOLED},
    )
    return Chart(mark_safe(granted + given), table)


def grid_table(figures: Transparency) -> Table:
    grid = figures.grid
    rows = []
    for category in grid.categories:
        cells = []
        for month in MONTHS:
            cell = grid.cells[(category, month)]
            if cell.state == EMPTY:
                cells.append(Cell(NONE_WORD, "0"))
            elif cell.figure.count is None:
                cells.append(_hidden(cell.state))
            else:
                cells.append(
                    Cell(
                        f"{cell.figure.count} · {euros(cell.figure.amount_cents)}",
                        f"{cell.figure.count} / {money(cell.figure.amount_cents).export}",
                    )
                )
        rows.append((text(category_label(category)), *cells))
    return Table(
        ident="fund-grid",
        caption=_("Toekenningen en bedrag per soort hulp en maand in %(year)s")
        % {"year": figures.year},
        header=(_("soort hulp"), *(_short_month(figures.year, m) for m in MONTHS)),
        rows=tuple(rows),
    )


def budgets_table(figures: Transparency) -> Table:
    rows = []
    for item in figures.budgets:
        period = _("%(start)s tot en met %(end)s") % {
            "start": date_format(item.budget.starts_on, "SHORT_DATE_FORMAT"),
            "end": date_format(item.budget.ends_on, "SHORT_DATE_FORMAT"),
        }
        rows.append(
            (
                text(period),
                money(item.budget.amount_cents),
                money(item.granted_cents, state=POOLED),
                money(item.left_cents, state=POOLED),
            )
        )
    return Table(
        ident="fund-budgets",
        caption=_("Budget in %(year)s") % {"year": figures.year},
        header=(_("periode"), _("budget"), _("toegekend"), _("nog over")),
        rows=tuple(rows),
    )


def public_figures(figures: Transparency, *, today: date | None = None) -> PublicFigures:
    """`today` ends the charts' lines at this month when the year is the current one."""
    last_month = today.month if today is not None and today.year == figures.year else None
    outcomes = outcomes_table(figures)
    reasons = reasons_table(figures)
    by_category = category_chart(figures)
    by_month = month_chart(figures, last_month=last_month)
    grid = grid_table(figures)
    budgets = budgets_table(figures)
    return PublicFigures(
        year=figures.year,
        outcomes=outcomes,
        reasons=reasons,
        by_category=by_category,
        by_month=by_month,
        grid=grid,
        budgets=budgets,
        tables=(outcomes, reasons, by_category.table, by_month.table, grid, budgets),
    )


def criteria_rows(criteria: Sequence) -> Table:
    """The criteria as a table for the CSV: what, for whom, how much, from when."""
    rows = []
    for c in criteria:
        rows.append(
            (
                text(c.title),
                text(str(c.version)),
                text(category_label(c.category)),
                money(c.max_amount_cents),
                text(c.valid_from.isoformat()),
                text(c.valid_until.isoformat() if c.valid_until else ""),
            )
        )
    return Table(
        ident="fund-criteria",
        caption=_("Criteria"),
        header=(
            _("criterium"),
            _("versie"),
            _("soort hulp"),
            _("hoogstens"),
            _("geldt vanaf"),
            _("geldt tot en met"),
        ),
        rows=tuple(rows),
    )
