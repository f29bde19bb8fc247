"""The min-cost flow finds the cheapest assignment: checked against trying them all."""

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from nabij.aid.matching import assign, assign_greedy, candidate_graph

from .cast import helpers, needs, no_deadline


def _brute_force(graph) -> int:
    """Try every way to give each request one of its edges or none."""
    options = [[None] for _ in range(graph.need_ids.size)]
    for edge, need in enumerate(graph.need.tolist()):
        options[need].append(edge)
    best = None
    for choice in itertools.product(*options):
        taken = [0] * graph.helper_ids.size
        total = 0
        for need, edge in enumerate(choice):
            if edge is None:
                total += int(graph.penalty[need])
                continue
            helper = int(graph.helper[edge])
            # Each further match of a helper costs one load step more than the last.
            total += int(graph.cost[edge])
            total += graph.load_step * (int(graph.load[helper]) + taken[helper])
            taken[helper] += 1
        if all(t <= c for t, c in zip(taken, graph.capacity.tolist(), strict=True)):
            best = total if best is None else min(best, total)
    return best


@settings(max_examples=150, deadline=None)
@given(needs(), helpers(), st.sampled_from([1, 2, None]))
def test_the_flow_is_as_cheap_as_the_best_of_all_assignments(requests, offers, k):
    graph = candidate_graph(requests, offers, k_per_need=k)
    assert assign(graph).cost == _brute_force(graph)


@no_deadline
@given(needs(max_size=6), helpers(max_size=5))
def test_the_flow_is_never_worse_than_greedy(requests, offers):
    graph = candidate_graph(requests, offers, k_per_need=3)
    assert assign(graph).cost <= assign_greedy(graph).cost
