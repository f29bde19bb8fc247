"""A published table — rows by columns of counts that went through `publish` — and how it
is drawn: the shape every figure of signals takes, on the results page, in a signal
report (web and PDF) and in the CSV and XLSX exports."""

from collections.abc import Sequence
from dataclasses import dataclass, field

from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from nabij.insight.charts import Bar, BarGroup, bar_chart
from nabij.signals.publish import SUPPRESSED, Count, share


@dataclass(frozen=True)
class Row:
    label: str
    counts: tuple[Count, ...]  # one per column


@dataclass(frozen=True)
class Table:
    """`shown` is False when the group the table is about has fewer than five people:
    then it has no rows and no total, only its title and the reason."""

    ident: str  # unique on the page: used for ids of the chart and the table
    title: str
    row_heading: str
    columns: tuple[str, ...]
    rows: tuple[Row, ...] = ()
    total: Count | None = None  # how many people (or answers) the table is about
    note: str = ""  # what it is narrowed to: the filters, the period
    shown: bool = True
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def header(self) -> tuple[str, ...]:
        return (self.row_heading, *self.columns)

    def cells(self) -> list[tuple[str, ...]]:
        """The rows as text, as a screen reader and a CSV read them."""
        return [(row.label, *(str(count) for count in row.counts)) for row in self.rows]


def percent_text(part: Count, whole: Count | None) -> str:
    if whole is None:
        return ""
    percent = share(part, whole)
    if percent is None:
        return "" if part.value is None else f"{SUPPRESSED} %"
    return f"{percent} %"


def table_chart(table: Table, *, description: str = "") -> SafeString:
    """Horizontal bars, one group per row and one bar per column; a suppressed count is
    drawn as the words "< 5" and no bar."""
    groups: Sequence[BarGroup] = [
        BarGroup(
            label=row.label,
            bars=[
                Bar(value=None if c.value is None else float(c.value), text=str(c))
                for c in row.counts
            ],
        )
        for row in table.rows
    ]
    # The chart escapes every text it draws.
    return mark_safe(
        bar_chart(
            groups,
            ident=f"chart-{table.ident}",
            title=table.title,
            description=description or _("De cijfers staan ook in de tabel eronder."),
            series=table.columns if len(table.columns) > 1 else (),
        )
    )
