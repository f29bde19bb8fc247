"""The sparse candidate graph of a batch: the k cheapest feasible helpers per request.

Evaluating every request against every helper would be 500 million pairs for 10,000
requests and 50,000 helpers. Instead requests are bucketed by help type and by a spatial
grid, helpers by help type and by radius class; a block of nearby requests is held
against only the helpers of its help type whose radius class can reach the block's
bounding box. Within a block all pairs are evaluated at once with numpy.
"""

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from .filters import feasible_pairs
from .scoring import language_scarcity, load_step, pair_cost, scarcity_columns, unmatched_penalty
from .tables import HelperTable, Languages, NeedTable, helper_table, need_table
from .types import CandidateGraph, Helper, HelperColumns, Need, Weights

CELL_M = 300.0  # side of a grid cell of requests
RADIUS_CLASS_M = 250.0  # radius classes double from here
# The helpers' pool is cut back once it holds this many pairs, or this many times what
# it keeps, whichever is more: rarely enough to cost little, often enough to stay small.
POOL_CUT_MIN = 1_000_000
POOL_CUT_FACTOR = 4
# A helper's side of the graph is chosen among the requests that have them in their best
# this many: deep enough to reach past the crowd, shallow enough to stay cheap.
HELPER_SIDE_DEPTH = 100


@dataclass(frozen=True, eq=False)
class Batch:
    """Everything the scoring needs, built once from the dataclasses."""

    needs: NeedTable
    helpers: HelperTable
    weights: Weights
    scarcity: dict[str, float]
    scarce: tuple[np.ndarray, np.ndarray]


def prepare(
    needs: Sequence[Need],
    helpers: Sequence[Helper] | HelperColumns,
    weights: Weights,
    scarcity: Mapping[str, float] | None = None,
) -> Batch:
    columns = HelperColumns.of(helpers)
    languages = Languages.of([n.languages for n in needs] + list(columns.language_sets))
    helper_rows = helper_table(columns, languages)
    need_rows = need_table(needs, helper_rows, languages)
    scarcity = dict(language_scarcity(needs, columns) if scarcity is None else scarcity)
    return Batch(
        needs=need_rows,
        helpers=helper_rows,
        weights=weights,
        scarcity=scarcity,
        scarce=scarcity_columns(helper_rows, languages, scarcity),
    )


@dataclass(frozen=True, eq=False)
class _Reach:
    """The helpers of one help type and one radius class, sorted by x."""

    radius: float  # the largest in the class
    radii: np.ndarray
    x: np.ndarray
    y: np.ndarray
    index: np.ndarray


def _reaches(helpers: HelperTable, offering: np.ndarray) -> list[_Reach]:
    radius = helpers.radius[offering]
    classes = np.maximum(0, np.ceil(np.log2(np.maximum(radius, 1.0) / RADIUS_CLASS_M)))
    reaches = []
    for radius_class in np.unique(classes):
        members = offering[classes == radius_class]
        order = np.argsort(helpers.x[members], kind="stable")
        members = members[order]
        reaches.append(
            _Reach(
                radius=float(helpers.radius[members].max()),
                radii=helpers.radius[members],
                x=helpers.x[members],
                y=helpers.y[members],
                index=members,
            )
        )
    return reaches


def blocks(batch: Batch) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """(request rows, sorted helper columns) covering every pair that could be feasible."""
    needs, helpers = batch.needs, batch.helpers
    for help_type in sorted(set(needs.help_type.tolist())):
        offering = helpers.by_type.get(help_type)
        if offering is None:
            continue
        # Home visits only ever go to vetted helpers: their blocks look among those alone.
        reaches = (
            _reaches(helpers, offering),
            _reaches(helpers, offering[helpers.vetted[offering]]),
        )
        typed = np.flatnonzero(needs.help_type == help_type)
        column = np.floor(needs.x[typed] / CELL_M).astype(np.int64)
        row = np.floor(needs.y[typed] / CELL_M).astype(np.int64)
        # Distinct for any plane under 75,000 km; home visits in a cell form their own block.
        cell = (column * 1_000_003 + row) * 2 + needs.home_visit[typed]
        order = np.argsort(cell, kind="stable")
        typed, cell = typed[order], cell[order]
        bounds = np.flatnonzero(np.diff(cell)) + 1
        for rows in np.split(typed, bounds):
            x0, x1 = needs.x[rows].min(), needs.x[rows].max()
            y0, y1 = needs.y[rows].min(), needs.y[rows].max()
            parts = []
            for reach in reaches[int(needs.home_visit[rows[0]])]:
                lo = np.searchsorted(reach.x, x0 - reach.radius, side="left")
                hi = np.searchsorted(reach.x, x1 + reach.radius, side="right")
                # Keep the helpers whose own radius reaches the block's bounding box.
                x, y, radius = reach.x[lo:hi], reach.y[lo:hi], reach.radii[lo:hi]
                gap_x = np.maximum(np.maximum(x0 - x, x - x1), 0.0)
                gap_y = np.maximum(np.maximum(y0 - y, y - y1), 0.0)
                near = gap_x * gap_x + gap_y * gap_y <= radius * radius
                parts.append(reach.index[lo:hi][near])
            cols = np.sort(np.concatenate(parts)) if parts else np.empty(0, dtype=np.int64)
            if cols.size:
                yield rows, cols


def candidate_graph(
    needs: Sequence[Need],
    helpers: Sequence[Helper] | HelperColumns,
    weights: Weights | None = None,
    k_per_need: int | None = 15,
    k_per_place: int = 4,
    scarcity: Mapping[str, float] | None = None,
    progress: Callable[[int], None] | None = None,
) -> CandidateGraph:
    """The feasible pairs a batch assigns over; k_per_need=None keeps every one (exact).

    Each request keeps its k_per_need cheapest helpers, and each helper its k_per_place
    cheapest requests per place they have left. The second half matters when helpers are
    short: nearby requests all rank the same few helpers first, and with only their own
    top k they would crowd onto those while helpers a little farther stay unused.

    `progress` hears how many requests have been weighed so far, block by block.
    """
    weights = weights or Weights()
    batch = prepare(needs, helpers, weights, scarcity)
    return graph_of(batch, k_per_need, k_per_place, progress)


@dataclass(frozen=True, eq=False)
class Scored:
    """The feasible pairs of one block of rows x cols, with their costs."""

    need: np.ndarray
    helper: np.ndarray
    cost: np.ndarray  # without load
    rank: np.ndarray  # see scored_pairs
    row: np.ndarray
    col: np.ndarray
    shape: tuple[int, int]


def scored_pairs(batch: Batch) -> Iterator[Scored]:
    """Per block, every feasible pair with its cost and rank key.

    The rank key orders a request's helpers by cost with the helper's current load, then
    by helper id (the helper table is in id order), so ties break alike on every run.
    """
    helpers = batch.helpers
    step = load_step(batch.weights)
    width = max(1, helpers.ids.size)
    for rows, cols in blocks(batch):
        facts = feasible_pairs(batch.needs, helpers, rows, cols)
        cost = pair_cost(facts, batch.needs, batch.weights, batch.scarce)
        rank = (cost + step * helpers.load[facts.helper].astype(np.int64)) * width + facts.helper
        yield Scored(
            facts.need, facts.helper, cost, rank, facts.row, facts.col, (rows.size, cols.size)
        )


_NONE = np.iinfo(np.int64).max


def best_per_row(scored: Scored, depth: int) -> tuple[np.ndarray, np.ndarray]:
    """Each row's `depth` best pairs: (pair indices, place in the row from 0), in order.

    On the dense block, a partial sort per row finds them without sorting everything.
    """
    rows, cols = scored.shape
    rank = np.full(scored.shape, _NONE)
    rank[scored.row, scored.col] = scored.rank
    index = np.zeros(scored.shape, dtype=np.int64)
    index[scored.row, scored.col] = np.arange(scored.rank.size)
    if cols > depth:
        chosen = np.argpartition(rank, depth - 1, axis=1)[:, :depth]
    else:
        chosen = np.broadcast_to(np.arange(cols), (rows, cols))
    chosen_rank = np.take_along_axis(rank, chosen, axis=1)
    order = np.argsort(chosen_rank, axis=1)
    chosen = np.take_along_axis(chosen, order, axis=1)
    feasible = np.take_along_axis(chosen_rank, order, axis=1) != _NONE
    place = np.broadcast_to(np.arange(chosen.shape[1]), chosen.shape)
    return np.take_along_axis(index, chosen, axis=1)[feasible], place[feasible]


def first_of_each(group: np.ndarray, key: np.ndarray, k: np.ndarray | int) -> np.ndarray:
    """Indices of the k smallest keys of each group (k may differ per group value)."""
    if group.size == 0:
        return np.empty(0, dtype=np.int64)
    low = int(key.min())
    span = int(key.max()) - low + 1
    if int(group.max()) * span + span < 2**63:
        # One integer key sorts about four times faster than two.
        order = np.argsort(group.astype(np.int64) * span + (key - low))
    else:
        order = np.lexsort((key, group))
    sorted_group = group[order]
    start = np.flatnonzero(np.r_[True, sorted_group[1:] != sorted_group[:-1]])
    place = np.arange(order.size) - np.repeat(start, np.diff(np.r_[start, order.size]))
    limit = k[sorted_group] if isinstance(k, np.ndarray) else k
    return order[place < limit]


class _HelperSide:
    """Each helper's cheapest requests, gathered block by block.

    A helper meets requests in many blocks, so candidates pile up in a pool that is cut
    back to each helper's best now and then; what is cut sets a bar that later pairs must
    beat to enter the pool at all, which keeps it small.
    """

    def __init__(self, batch: Batch, k_per_place: int) -> None:
        self.limit = batch.helpers.capacity.astype(np.int64) * k_per_place
        self.width = max(1, batch.needs.ids.size)
        self.bar = np.full(batch.helpers.ids.size, np.iinfo(np.int64).max)
        self.pool: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
        self.pooled = 0

    def add(self, need: np.ndarray, helper: np.ndarray, cost: np.ndarray) -> None:
        key = cost * self.width + need
        keep = key < self.bar[helper]
        self.pool.append((need[keep], helper[keep], key[keep]))
        self.pooled += int(keep.sum())
        if self.pooled > max(POOL_CUT_MIN, POOL_CUT_FACTOR * int(self.limit.sum())):
            self._cut()

    def _cut(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        need, helper, key = (np.concatenate(c) for c in zip(*self.pool, strict=True))
        best = first_of_each(helper, key, self.limit)
        need, helper, key = need[best], helper[best], key[best]
        self.pool, self.pooled = [(need, helper, key)], best.size
        # A helper with a full list only takes a request cheaper than their last one.
        full = np.bincount(helper, minlength=self.bar.size) >= self.limit
        last = np.full(self.bar.size, np.iinfo(np.int64).max)
        np.maximum.at(last, helper, key)
        self.bar = np.where(full, last, self.bar)
        return need, helper, key

    def pairs(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(needs, helpers, costs) of each helper's cheapest requests."""
        if not self.pool:
            return (np.empty(0, dtype=np.int64),) * 3
        need, helper, key = self._cut()
        return need, helper, key // self.width


def graph_of(
    batch: Batch,
    k_per_need: int | None,
    k_per_place: int = 0,
    progress: Callable[[int], None] | None = None,
) -> CandidateGraph:
    if k_per_need is not None and k_per_need < 1:
        raise ValueError("k_per_need must be at least 1")
    helper_side = _HelperSide(batch, k_per_place) if k_per_need and k_per_place > 0 else None
    depth = max(k_per_need or 0, HELPER_SIDE_DEPTH if helper_side else 0)
    parts = []
    weighed = 0
    for scored in scored_pairs(batch):
        weighed += scored.shape[0]
        if progress is not None:
            progress(weighed)
        if k_per_need is None:
            kept = np.arange(scored.rank.size)
        else:
            best, place = best_per_row(scored, depth)
            kept = best[place < k_per_need]
            if helper_side is not None:
                helper_side.add(scored.need[best], scored.helper[best], scored.cost[best])
        parts.append((scored.need[kept], scored.helper[kept], scored.cost[kept], scored.rank[kept]))
    if parts:
        need, helper, cost, rank = (np.concatenate(c) for c in zip(*parts, strict=True))
    else:
        need = helper = cost = rank = np.empty(0, dtype=np.int64)
    if helper_side is not None:
        need, helper, cost, rank = _with_helper_side(batch, helper_side, need, helper, cost, rank)
    order = np.lexsort((rank, need))
    needs, helpers = batch.needs, batch.helpers
    return CandidateGraph(
        need_ids=needs.ids,
        helper_ids=helpers.ids,
        need=need[order].astype(np.int32),
        helper=helper[order].astype(np.int32),
        cost=cost[order].astype(np.int64),
        penalty=np.array(
            [unmatched_penalty(n, batch.weights) for n in needs.needs], dtype=np.int64
        ),
        capacity=helpers.capacity.copy(),
        load=helpers.load.copy(),
        load_step=load_step(batch.weights),
    )


def _with_helper_side(
    batch: Batch,
    side: _HelperSide,
    need: np.ndarray,
    helper: np.ndarray,
    cost: np.ndarray,
    rank: np.ndarray,
) -> tuple[np.ndarray, ...]:
    """The requests' edges plus those only the helpers' side chose, each pair once."""
    extra_need, extra_helper, extra_cost = side.pairs()
    width = max(1, batch.helpers.ids.size)
    new = ~np.isin(extra_need * width + extra_helper, need * width + helper)
    extra_need, extra_helper, extra_cost = extra_need[new], extra_helper[new], extra_cost[new]
    step = load_step(batch.weights)
    load = batch.helpers.load[extra_helper].astype(np.int64)
    extra_rank = (extra_cost + step * load) * width + extra_helper
    return (
        np.concatenate([need, extra_need]),
        np.concatenate([helper, extra_helper]),
        np.concatenate([cost, extra_cost]),
        np.concatenate([rank, extra_rank]),
    )
