"""A batch never asks more of a helper than they offered, nor pairs who may not meet."""

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from nabij.aid.matching import assign, assign_greedy, candidate_graph, feasible

from .cast import helpers, needs, no_deadline


@no_deadline
@given(needs(max_size=6), helpers(max_size=5), st.sampled_from([1, 2, None]))
def test_nobody_over_capacity_and_no_infeasible_pair(requests, offers, k):
    graph = candidate_graph(requests, offers, k_per_need=k)
    by_id = {h.id: h for h in offers}
    need_by_id = {n.id: n for n in requests}
    for solve in (assign, assign_greedy):
        result = solve(graph)
        taken = Counter(h for _, h in result.pairs)
        assert all(taken[h] <= by_id[h].capacity_left for h in taken)
        assert all(feasible(need_by_id[n], by_id[h]) for n, h in result.pairs)
        matched = [n for n, _ in result.pairs]
        assert len(matched) == len(set(matched))
        assert sorted(matched + list(result.unmatched)) == sorted(need_by_id)
