"""Batch matching: every open request at once, as a minimum-cost flow.

source -> request (capacity 1) -> helper -> sink, where a helper's way to the sink is one
unit arc per place they have left, each dearer than the last by the load step (so work
spreads as helpers fill up), and every request also has an "unmatched" arc straight to the
sink at its penalty. Every request is thus either matched or pays its penalty, and the
flow of least cost is the best assignment of the graph. With the penalty far above any
pair's cost, the most requests get matched first, the cheapest way second.
"""

from collections.abc import Sequence

import numpy as np
from ortools.graph.python import min_cost_flow

from .candidates import candidate_graph
from .types import Assignment, CandidateGraph, Helper, Need, Weights


def objective(graph: CandidateGraph, edges: np.ndarray) -> int:
    """The cost of choosing these edges: pairs, load as helpers fill, unmatched penalties."""
    edges = np.asarray(edges, dtype=np.int64)
    needs = graph.need[edges]
    helpers = graph.helper[edges]
    if np.unique(needs).size != needs.size:
        raise ValueError("a request is matched twice")
    taken = np.bincount(helpers, minlength=graph.helper_ids.size)
    if np.any(taken > graph.capacity):
        raise ValueError("a helper is over capacity")
    # The j-th match of a helper (j from 0) costs load_step * (load + j).
    load = graph.load_step * (taken * graph.load + taken * (taken - 1) // 2)
    unmatched = np.ones(graph.need_ids.size, dtype=bool)
    unmatched[needs] = False
    return int(graph.cost[edges].sum() + load.sum() + graph.penalty[unmatched].sum())


def _result(graph: CandidateGraph, edges: np.ndarray) -> Assignment:
    edges = np.asarray(edges, dtype=np.int64)
    edges = edges[np.argsort(graph.need[edges], kind="stable")]
    pairs = tuple(
        (int(graph.need_ids[n]), int(graph.helper_ids[h]))
        for n, h in zip(graph.need[edges], graph.helper[edges], strict=True)
    )
    matched = np.zeros(graph.need_ids.size, dtype=bool)
    matched[graph.need[edges]] = True
    total = graph.need_ids.size
    return Assignment(
        pairs=pairs,
        cost=objective(graph, edges),
        matched_share=float(matched.sum() / total) if total else 1.0,
        unmatched=tuple(int(i) for i in graph.need_ids[~matched]),
    )


def assign(graph: CandidateGraph) -> Assignment:
    """The minimum-cost assignment over the graph (exact for the graph given)."""
    n_needs = graph.need_ids.size
    if n_needs == 0:
        return _result(graph, np.empty(0, dtype=np.int64))
    # Only helpers with an edge get a node: 0 source, 1..n needs, then helpers, then sink.
    used, helper_node = np.unique(graph.helper, return_inverse=True)
    helper_base = 1 + n_needs
    sink = helper_base + used.size
    need_node = 1 + np.arange(n_needs, dtype=np.int64)

    places = graph.capacity[used].astype(np.int64)
    owner = np.repeat(np.arange(used.size), places)
    nth = np.arange(owner.size) - np.repeat(np.cumsum(places) - places, places)
    load_cost = graph.load_step * (graph.load[used][owner].astype(np.int64) + nth)

    tails = [
        np.zeros(n_needs, dtype=np.int64),  # source -> request
        need_node,  # request -> sink, unmatched
        1 + graph.need.astype(np.int64),  # request -> helper: the edges, in graph order
        helper_base + owner,  # helper -> sink, one arc per place left
    ]
    heads = [
        need_node,
        np.full(n_needs, sink, dtype=np.int64),
        helper_base + helper_node.astype(np.int64),
        np.full(owner.size, sink, dtype=np.int64),
    ]
    costs = [np.zeros(n_needs, dtype=np.int64), graph.penalty, graph.cost, load_cost]
    flow = min_cost_flow.SimpleMinCostFlow()
    flow.add_arcs_with_capacity_and_unit_cost(
        np.concatenate(tails),
        np.concatenate(heads),
        np.ones(sum(t.size for t in tails), dtype=np.int64),
        np.concatenate(costs),
    )
    supplies = np.zeros(sink + 1, dtype=np.int64)
    supplies[0], supplies[sink] = n_needs, -n_needs
    flow.set_nodes_supplies(np.arange(sink + 1, dtype=np.int64), supplies)
    status = flow.solve()
    if status != flow.OPTIMAL:
        raise RuntimeError(f"min-cost flow ended with status {status}")
    first_edge_arc = 2 * n_needs
    arcs = first_edge_arc + np.arange(graph.edge_count, dtype=np.int64)
    chosen = np.flatnonzero(flow.flows(arcs) > 0)
    result = _result(graph, chosen)
    if result.cost != flow.optimal_cost():
        raise RuntimeError("the flow's cost and the objective disagree")
    return result


def assign_greedy(graph: CandidateGraph) -> Assignment:
    """The baseline: take the cheapest edge first while request and helper are free.

    An edge is taken only if it costs less than leaving its request unmatched, counting
    the load its helper has by then. A quick, often decent answer the flow must beat.
    """
    step = graph.load_step
    first = graph.cost + step * graph.load[graph.helper].astype(np.int64)
    order = np.lexsort((graph.helper, graph.need, first))
    matched = np.zeros(graph.need_ids.size, dtype=bool)
    taken = np.zeros(graph.helper_ids.size, dtype=np.int64)
    chosen = []
    need, helper, cost = graph.need, graph.helper, graph.cost
    for edge in order.tolist():
        n, h = need[edge], helper[edge]
        if matched[n] or taken[h] >= graph.capacity[h]:
            continue
        if cost[edge] + step * (graph.load[h] + taken[h]) >= graph.penalty[n]:
            continue
        matched[n] = True
        taken[h] += 1
        chosen.append(edge)
    return _result(graph, np.array(chosen, dtype=np.int64))


def assign_exact(
    needs: Sequence[Need], helpers: Sequence[Helper], weights: Weights | None = None
) -> Assignment:
    """The same flow over every feasible pair, not only the k cheapest per request.

    The true optimum of the objective, to measure what pruning to k costs. Far more
    edges: for benchmarks and small batches.
    """
    return assign(candidate_graph(needs, helpers, weights, k_per_need=None))
