"""The weighted cost of a feasible pair, and of leaving a request unmatched.

Lower is better. A pair's cost adds up, in points: distance; the share of the requester's
languages the helper does not speak; the scarcest language the helper has that this
request does not use (spare the only Somali speaker for whoever needs Somali); for
recurring help, not being someone who helped before (continuity); and being an existing
tie of the requester (bridging: favour a new tie). Load is added per helper by whoever
ranks or assigns, see CandidateGraph.
"""

from collections.abc import Iterable, Mapping

import numpy as np

from .filters import PairFacts
from .tables import PREVIOUS, TIE, HelperTable, Languages, NeedTable
from .types import SCALE, Helper, HelperColumns, Need, Weights


def language_scarcity(
    needs: Iterable[Need], helpers: Iterable[Helper] | HelperColumns
) -> dict[str, float]:
    """How scarce each language is among helpers, from 0 (plenty) to 1 (used up).

    Demand counts each request once, spread over the languages the requester speaks (a
    request in Somali only needs Somali; one in Somali or Dutch needs either). Supply is
    the capacity left of the helpers who speak it. A language nobody asks for yet still
    counts one request of demand: the only speaker of a language is worth sparing anyway.
    """
    demand: dict[str, float] = {}
    for need in needs:
        for code in need.languages:
            demand[code] = demand.get(code, 0.0) + 1.0 / len(need.languages)
    columns = HelperColumns.of(helpers)
    room = columns.capacity_left > 0
    # Capacity left per distinct set of languages, then per language.
    per_set = np.bincount(
        columns.language_set[room],
        weights=columns.capacity_left[room],
        minlength=len(columns.language_sets),
    )
    supply: dict[str, int] = {}
    for codes, offered in zip(columns.language_sets, per_set, strict=True):
        if offered > 0:
            for code in codes:
                supply[code] = supply.get(code, 0) + int(offered)
    return {
        code: min(1.0, max(1.0, demand.get(code, 0.0)) / offered)
        for code, offered in sorted(supply.items())
    }


def unmatched_penalty(need: Need, weights: Weights) -> int:
    """What leaving this request unmatched costs: more when urgent or long waiting."""
    weeks = min(need.waiting_days, weights.waiting_cap_days) / 7.0
    share = 1.0 + weights.urgency * need.urgency + weights.waiting_per_week * weeks
    return round(SCALE * weights.unmatched * share)


def scarcity_columns(
    helpers: HelperTable, languages: Languages, scarcity: Mapping[str, float]
) -> tuple[np.ndarray, np.ndarray]:
    """Per helper, the bit and scarcity of each language they speak, padded with -1 / 0.

    Worked out once per distinct set of languages, then indexed per helper."""
    sets = helpers.columns.language_sets
    width = max((len(codes) for codes in sets), default=0)
    bits = np.full((len(sets), width), -1, dtype=np.int64)
    values = np.zeros((len(sets), width), dtype=np.float64)
    for row, codes in enumerate(sets):
        for column, code in enumerate(sorted(codes)):
            bits[row, column] = languages.index[code]
            values[row, column] = scarcity.get(code, 0.0)
    chosen = helpers.columns.language_set
    return bits[chosen], values[chosen]


def pair_cost(
    facts: PairFacts,
    needs: NeedTable,
    weights: Weights,
    scarce: tuple[np.ndarray, np.ndarray],
) -> np.ndarray:
    """Each feasible pair's cost without load, in SCALE units (int64)."""
    need, helper = facts.need, facts.helper
    points = weights.distance_per_km / 1000.0 * facts.distance

    if weights.language:
        shared = np.bitwise_count(facts.shared).sum(axis=1)
        known = needs.language_count[need]
        lacking = np.where(known > 0, 1.0 - shared / np.maximum(known, 1), 0.0)
        points += weights.language * lacking

    if weights.scarcity:
        bits, values = scarce
        spare = np.zeros(need.size)
        for column in range(bits.shape[1]):
            bit = bits[helper, column]
            valid = bit >= 0
            safe = np.where(valid, bit, 0)
            word = needs.languages[need, safe // 64]
            spoken = (word >> (safe % 64).astype(np.uint64)) & np.uint64(1)
            unused = valid & (spoken == 0)
            spare = np.maximum(spare, np.where(unused, values[helper, column], 0.0))
        points += weights.scarcity * spare

    previous = (facts.relations & PREVIOUS) != 0
    continuing = needs.recurring[need] & needs.has_previous[need]
    if weights.continuity:
        points += weights.continuity * (continuing & ~previous)
    if weights.bridging:
        # For recurring help the previous helper is the point, tie or not.
        tie = ((facts.relations & TIE) != 0) & ~(continuing & previous)
        points += weights.bridging * tie

    return np.rint(points * SCALE).astype(np.int64)


def load_step(weights: Weights) -> int:
    return round(weights.load * SCALE)
