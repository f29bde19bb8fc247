"""Suppression of a fixed set of cells that add up to a shown total.

nabij.community.suppression pools small cells into "other"; a page showing the four
reciprocity cells needs each cell in its place instead. A single hidden cell could be
worked out from the total, so a second one is hidden with it (the smallest shown, not
empty one), and hidden cells that together make fewer than five take in another.
"""

from collections.abc import Mapping

from nabij.community.suppression import MIN_CELL, safe_count


def hide_cells(counts: Mapping[str, int], *, minimum: int = MIN_CELL) -> dict[str, int | None]:
    """Each cell's count, or None where it is about fewer than `minimum` people or had to
    be hidden to protect one that is. A total under `minimum` hides every cell."""
    if safe_count(sum(counts.values()), minimum=minimum) is None:
        return {label: None for label in counts}
    hidden = {label for label, n in counts.items() if 0 < n < minimum}
    while hidden and (len(hidden) < 2 or sum(counts[label] for label in hidden) < minimum):
        shown = [label for label, n in counts.items() if label not in hidden and n > 0]
        if not shown:
            break
        hidden.add(min(shown, key=lambda label: (counts[label], label)))
    return {label: None if label in hidden else n for label, n in counts.items()}


def share(count: int | None, total: int | None) -> float | None:
    """count / total, or None when either is hidden or the total is zero."""
    if count is None or not total:
        return None
    return count / total


def ei_index(external: int | None, internal: int | None) -> float | None:
    """Krackhardt and Stern's E-I index: (E - I) / (E + I), from -1 (all ties inside
    the groups) to 1 (all ties across them); None when a count is hidden or both are 0."""
    if external is None or internal is None or external + internal == 0:
        return None
    return (external - internal) / (external + internal)
