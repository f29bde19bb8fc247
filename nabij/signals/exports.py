"""A survey's results as CSV and XLSX: the same published tables the page shows, one
under the other, each with a title row. A count is written as its (rounded) number or as
"< 5"; open answers themselves never leave the page, only how many fall in each theme."""

import csv
import io
from collections.abc import Sequence

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from nabij.signals.publish import SUPPRESSED, Count
from nabij.signals.tables import Table

TOO_FEW = gettext_lazy("Te weinig mensen om cijfers te tonen: minder dan 5.")
ROUNDING = gettext_lazy(
    "Elk aantal is afgerond op een veelvoud van 5; een aantal van 1 tot 4 staat er als '< 5'."
)

Value = int | str


def count_value(count: Count) -> Value:
    """A number a spreadsheet can add up, or the words for "fewer than five"."""
    return SUPPRESSED if count.value is None else count.value


def table_rows(table: Table) -> list[list[Value]]:
    """The table as rows of cells: title, header, rows, total, notes; a blank row after."""
    title = f"{table.title} ({table.note})" if table.note else table.title
    rows: list[list[Value]] = [[title]]
    if not table.shown:
        rows.append([str(TOO_FEW)])
    else:
        rows.append(list(table.header))
        for row in table.rows:
            rows.append([row.label, *(count_value(c) for c in row.counts)])
        if table.total is not None:
            rows.append([_("Samen"), count_value(table.total)])
        rows.extend([line] for line in table.notes)
    rows.append([])
    return rows


def _all_rows(tables: Sequence[Table], about: Sequence[tuple[str, str]]) -> list[list[Value]]:
    rows: list[list[Value]] = [[label, value] for label, value in about]
    rows.append([_("kleine aantallen"), str(ROUNDING)])
    rows.append([])
    for table in tables:
        rows.extend(table_rows(table))
    return rows


def results_csv(tables: Sequence[Table], *, about: Sequence[tuple[str, str]] = ()) -> str:
    out = io.StringIO()
    csv.writer(out).writerows(_all_rows(tables, about))
    return out.getvalue()


def results_xlsx(tables: Sequence[Table], *, about: Sequence[tuple[str, str]] = ()) -> bytes:
    """One sheet with every table stacked, as in the CSV: easy to read and to print."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = _("Resultaten")
    bold = Font(bold=True)
    titles = {f"{t.title} ({t.note})" if t.note else t.title for t in tables}
    for row in _all_rows(tables, about):
        sheet.append(row)
        if row and row[0] in titles:
            sheet.cell(row=sheet.max_row, column=1).font = bold
    sheet.column_dimensions["A"].width = 50
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
