"""Ranked suggestions of helpers for one request."""

from collections.abc import Mapping, Sequence

import numpy as np

from .candidates import prepare, scored_pairs
from .reasons import reasons
from .types import Helper, HelperColumns, Need, Suggestion, Weights


def suggest(
    need: Need,
    helpers: Sequence[Helper] | HelperColumns,
    weights: Weights | None = None,
    k: int = 10,
    scarcity: Mapping[str, float] | None = None,
) -> list[Suggestion]:
    """The k best feasible helpers, best first; equal costs go to the lower helper id.

    A suggestion's cost is the pair's cost plus the helper's current load: exactly what
    the batch assignment would pay for giving this helper one more request. Without
    `scarcity` (from nabij.aid.matching.scoring.language_scarcity over all open requests),
    scarcity is judged from this request and these helpers alone.
    """
    batch = prepare([need], helpers, weights or Weights(), scarcity)
    parts = list(scored_pairs(batch))
    if not parts:
        return []
    cols = np.concatenate([part.helper for part in parts])
    rank = np.concatenate([part.rank for part in parts])
    width = max(1, batch.helpers.ids.size)
    suggestions = []
    for index in np.argsort(rank, kind="stable")[:k]:
        helper = batch.helpers.helper(int(cols[index]))
        suggestions.append(
            Suggestion(
                helper_id=helper.id,
                cost=int(rank[index] // width),
                reasons=reasons(need, helper, batch.scarcity),
            )
        )
    return suggestions
