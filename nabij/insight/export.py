"""The dashboard's figures as CSV: the same tables the page shows, suppression included.

A suppressed figure is written as "< 5", never as its number; shares are percentages
with one decimal and a dot, so a spreadsheet in any language reads them.
"""

import csv
import io
from collections.abc import Sequence

from nabij.insight.views.present import Table


def tables_csv(tables: Sequence[Table], *, about: Sequence[tuple[str, str]] = ()) -> str:
    """First what the figures are about (place, period, ...), then each table: its
    caption, its header and its rows, with an empty line between tables."""
    out = io.StringIO()
    writer = csv.writer(out)
    for label, value in about:
        writer.writerow([label, value])
    for table in tables:
        writer.writerow([])
        writer.writerow([table.caption])
        writer.writerow(table.header)
        for row in table.rows:
            writer.writerow([value.export for value in row])
    return out.getvalue()
