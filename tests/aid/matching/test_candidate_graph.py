"""The sparse graph keeps each request's k cheapest helpers and each helper's cheapest
requests, so that nearby requests do not all crowd onto the same few helpers."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nabij.aid.matching import assign, candidate_graph, language_scarcity, suggest
from nabij.aid.matching import candidates as candidates_module
from nabij.aid.matching.candidates import CELL_M

from .cast import helper, helpers, needs, no_deadline, request


def _edges(graph) -> set[tuple[int, int]]:
    return {
        (int(graph.need_ids[n]), int(graph.helper_ids[h]))
        for n, h in zip(graph.need, graph.helper, strict=True)
    }


@no_deadline
@given(needs(), helpers(), st.integers(min_value=1, max_value=3))
def test_with_requests_only_each_keeps_its_k_best_suggestions(requests, offers, k):
    graph = candidate_graph(requests, offers, k_per_need=k, k_per_place=0)
    scarcity = language_scarcity(requests, offers)
    for index, need in enumerate(sorted(requests, key=lambda n: n.id)):
        kept = [int(graph.helper_ids[h]) for h in graph.helper[graph.need == index]]
        # Given the batch's scarcity, one request's suggestions rank the same way.
        ranked = suggest(need, offers, k=k, scarcity=scarcity)
        assert kept == [s.helper_id for s in ranked]


@no_deadline
@given(
    needs(max_size=6),
    helpers(),
    st.integers(min_value=1, max_value=2),
    st.integers(min_value=1, max_value=2),
    st.integers(min_value=2, max_value=3),
)
def test_each_helper_keeps_their_cheapest_requests_too(requests, offers, k, per_place, depth):
    full = candidate_graph(requests, offers, k_per_need=None)
    with pytest.MonkeyPatch.context() as patch:
        # Cut the helpers' pool after every block, so that its bar is put to work.
        patch.setattr(candidates_module, "POOL_CUT_MIN", 0)
        patch.setattr(candidates_module, "POOL_CUT_FACTOR", 0)
        patch.setattr(candidates_module, "HELPER_SIDE_DEPTH", depth)
        sparse = candidate_graph(requests, offers, k_per_need=k, k_per_place=per_place)
    kept = _edges(sparse)
    assert kept <= _edges(full)

    edges = range(full.edge_count)
    rank = {
        e: (full.cost[e] + full.load_step * full.load[full.helper[e]], full.helper[e])
        for e in edges
    }
    reach = set()  # the pairs where the helper is among the request's best `depth`
    for n in range(full.need_ids.size):
        own = sorted((e for e in edges if full.need[e] == n), key=rank.__getitem__)
        assert sum(1 for e in own if _pair(full, e) in kept) >= min(k, len(own))
        reach.update(own[:depth])
    for h in range(full.helper_ids.size):
        own = sorted((full.cost[e], full.need[e], e) for e in reach if full.helper[e] == h)
        cheapest = own[: per_place * int(full.capacity[h])]
        assert {_pair(full, e) for _, _, e in cheapest} <= kept


def _pair(graph, edge: int) -> tuple[int, int]:
    return int(graph.need_ids[graph.need[edge]]), int(graph.helper_ids[graph.helper[edge]])


def test_neighbours_do_not_crowd_onto_the_nearest_helper():
    # Two requests from one street; Youssef is nearest to both, Marie a little farther.
    street = [request(id=1), request(id=2, requester_id=101)]
    offers = [helper(id=1, x=100.0), helper(id=2, x=400.0)]
    crowded = assign(candidate_graph(street, offers, k_per_need=1, k_per_place=0))
    assert crowded.matched_share == 0.5
    spread = assign(candidate_graph(street, offers, k_per_need=1, k_per_place=1))
    assert spread.matched_share == 1.0


def test_a_helper_keeps_their_cheapest_requests_across_blocks():
    # Requests in three grid cells up a street; Youssef (id 1) lives between them and
    # keeps two per place. Each request has a helper on its own doorstep, so any edge to
    # Youssef comes from his side of the graph.
    street = [
        request(id=1, x=0.0, y=0.0),  # 450 m from him
        request(id=2, requester_id=101, x=0.0, y=250.0),  # 200 m
        request(id=3, requester_id=102, x=0.0, y=750.0),  # 300 m, in a later block
    ]
    doorsteps = [helper(id=10 + n.id, x=n.x, y=n.y) for n in street]
    youssef = helper(id=1, x=0.0, y=450.0)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(candidates_module, "POOL_CUT_MIN", 0)
        patch.setattr(candidates_module, "POOL_CUT_FACTOR", 0)
        graph = candidate_graph(street, [youssef, *doorsteps], k_per_need=1, k_per_place=2)
    assert {n for n, h in _edges(graph) if h == 1} == {2, 3}


def test_helpers_far_across_the_grid_are_found():
    # Requests in many grid cells, one helper with a wide radius: everyone reaches him.
    needs = [request(id=i, x=i * CELL_M * 1.5, y=i * 97.0) for i in range(1, 8)]
    graph = candidate_graph(needs, [helper(id=1, x=0.0, radius_m=20_000.0)])
    assert graph.edge_count == len(needs)


def test_edges_hold_the_cost_without_load():
    graph = candidate_graph([request()], [helper(id=1, load=3)])
    (first,) = suggest(request(), [helper(id=1, load=3)])
    assert first.cost == graph.cost[0] + 3 * graph.load_step
