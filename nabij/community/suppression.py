"""Small-cell suppression: no figure about fewer than five people is ever shown.

Cells under the threshold are pooled into one "other" cell; if the pool itself is
under the threshold it is shown only as "< 5". Totals are never shown beside a
suppressed cell, so no cell can be recovered by subtraction.
"""

from collections.abc import Mapping
from dataclasses import dataclass

MIN_CELL = 5
OTHER = "__other__"


@dataclass(frozen=True)
class Cell:
    label: str
    count: int | None  # None means "fewer than MIN_CELL"

    @property
    def suppressed(self) -> bool:
        return self.count is None


def suppress(counts: Mapping[str, int], *, minimum: int = MIN_CELL) -> list[Cell]:
    """Cells sorted by size; small ones pooled under OTHER, whose count may be suppressed too."""
    shown = sorted(
        ((label, n) for label, n in counts.items() if n >= minimum), key=lambda c: (-c[1], c[0])
    )
    pooled = sum(n for n in counts.values() if 0 < n < minimum)
    cells = [Cell(label, n) for label, n in shown]
    if pooled:
        cells.append(Cell(OTHER, pooled if pooled >= minimum else None))
    return cells


def safe_count(n: int, *, minimum: int = MIN_CELL) -> int | None:
    """A single figure: itself, or None when it is about fewer than `minimum` people."""
    return n if n == 0 or n >= minimum else None
