"""Small-cell suppression: no figure about fewer than five people is ever shown.

Cells under the threshold are pooled into one "other" cell. A pool that is itself under
the threshold would be recoverable by subtraction from a known total, so it takes in
the smallest shown cell as well (secondary suppression); only when nothing else is
shown does a pool appear as "< 5".
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
    if 0 < pooled < minimum and shown:
        pooled += shown.pop()[1]
    cells = [Cell(label, n) for label, n in shown]
    if pooled:
        cells.append(Cell(OTHER, pooled if pooled >= minimum else None))
    return cells


def safe_count(n: int, *, minimum: int = MIN_CELL) -> int | None:
    """A single figure: itself, or None when it is about fewer than `minimum` people."""
    return n if n == 0 or n >= minimum else None
