"""Hard filters: who may be asked at all, before any weighing.

The same rules twice: `exclusions` for one pair (it names what fails, so a worker can be
told why someone is not suggested), and `block_facts` for a dense block of pairs at once.
Tests hold the two to each other.
"""

import math
from dataclasses import dataclass

import numpy as np

from .tables import SELF, VETO, HelperTable, NeedTable, relation_block
from .types import Helper, Need

# In the order a worker would check them.
HELP_TYPE = "help_type"
CAPACITY = "capacity"
SELF_HELP = "self"
VETOED = "veto"
LANGUAGE = "language"
HOME_VISIT = "home_visit"
AVAILABILITY = "availability"
DISTANCE = "distance"


def _square_distance(need: Need, helper: Helper) -> float:
    # The same float operations as feasible_pairs, so both draw the radius line alike.
    dx, dy = need.x - helper.x, need.y - helper.y
    return dx * dx + dy * dy


def distance_m(need: Need, helper: Helper) -> float:
    return math.sqrt(_square_distance(need, helper))


def slots_overlap(a: int, b: int) -> bool:
    """Free at the same time; 0 is "any time" and overlaps everything."""
    return a == 0 or b == 0 or bool(a & b)


def exclusions(need: Need, helper: Helper) -> tuple[str, ...]:
    """The hard filters this pair fails; empty when the helper may be asked."""
    failed = []
    if need.help_type not in helper.help_types:
        failed.append(HELP_TYPE)
    if helper.capacity_left <= 0:
        failed.append(CAPACITY)
    if helper.id == need.requester_id:
        failed.append(SELF_HELP)
    if helper.id in need.vetoed:
        failed.append(VETOED)
    # A requester whose languages are not known is not held to any.
    if need.languages and not need.languages & helper.languages:
        failed.append(LANGUAGE)
    if need.home_visit and not helper.vetted:
        failed.append(HOME_VISIT)
    if not slots_overlap(need.slots, helper.slots):
        failed.append(AVAILABILITY)
    if _square_distance(need, helper) > helper.radius_m * helper.radius_m:
        failed.append(DISTANCE)
    return tuple(failed)


def feasible(need: Need, helper: Helper) -> bool:
    return not exclusions(need, helper)


@dataclass(frozen=True, eq=False)
class PairFacts:
    """The feasible pairs of a block, one entry per pair, with what scoring reuses."""

    need: np.ndarray  # need index
    helper: np.ndarray  # helper index
    row: np.ndarray  # position in the block's rows
    col: np.ndarray  # position in the block's columns
    distance: np.ndarray  # metres
    shared: np.ndarray  # (pairs, words) uint64: languages both speak
    relations: np.ndarray  # uint8 flags from nabij.aid.matching.tables


def feasible_pairs(
    needs: NeedTable, helpers: HelperTable, rows: np.ndarray, cols: np.ndarray
) -> PairFacts:
    """The pairs of `rows` (needs) x `cols` (helpers, sorted) that pass every filter.

    The caller picks columns among helpers offering the rows' help type, and the helper
    table holds only helpers with capacity left: those two filters are met by construction.
    The rest is checked on the whole block at once (broadcasting, no gathers), and only
    the pairs that pass are taken out.
    """
    dx = needs.x[rows, None] - helpers.x[None, cols]
    dy = needs.y[rows, None] - helpers.y[None, cols]
    square = dx * dx + dy * dy
    radius = helpers.radius[cols]
    ok = square <= (radius * radius)[None, :]
    spoken = np.zeros(ok.shape, dtype=bool)
    for word in range(needs.languages.shape[1]):
        spoken |= (needs.languages[rows, None, word] & helpers.languages[None, cols, word]) != 0
    ok &= spoken | (needs.language_count[rows] == 0)[:, None]
    ok &= ~needs.home_visit[rows, None] | helpers.vetted[None, cols]
    ok &= (needs.slots[rows, None] & helpers.slots[None, cols]) != 0
    relations = relation_block(needs, rows, cols)
    ok &= (relations & (VETO | SELF)) == 0

    row, col = np.nonzero(ok)
    need, helper = rows[row], cols[col]
    return PairFacts(
        need=need,
        helper=helper,
        row=row,
        col=col,
        distance=np.sqrt(square[row, col]),
        shared=needs.languages[need] & helpers.languages[helper],
        relations=relations[row, col],
    )
