"""Cohen's kappa: how far two coders agree beyond what chance would give.

    kappa = (p_o - p_e) / (1 - p_e)

p_o is the share of passages both coded the same; p_e the share they would agree on by
chance, given how often each used each code: the sum over codes of (share of coder A)
x (share of coder B).

"No source" (None) is a code of its own: a reviewer who says a passage appeals to no
source disagrees with a machine that says it appeals to encounter.

Kappa is undefined (None) when there are no pairs, and when p_e is 1 — both coders gave
one and the same code to every passage, so there was nothing chance could get wrong.
(Some tools report 1 or 0 there; either would be a figure nobody measured.)"""

from collections import Counter
from collections.abc import Sequence


def cohen_kappa(a: Sequence[str | None], b: Sequence[str | None]) -> float | None:
    """Kappa of two coders' codes of the same passages, in the same order."""
    if len(a) != len(b):
        raise ValueError("both coders must code the same passages")
    total = len(a)
    if total == 0:
        return None
    observed = sum(1 for left, right in zip(a, b, strict=True) if left == right) / total
    count_a, count_b = Counter(a), Counter(b)
    expected = sum(count_a[code] * count_b[code] for code in count_a) / (total * total)
    if expected == 1:
        return None
    return (observed - expected) / (1 - expected)
