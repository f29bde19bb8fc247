"""Suggestions come best first, at most k, and the same on every run."""

from hypothesis import given

from nabij.aid.matching import Weights, suggest

from .cast import helper, helpers, needs, no_deadline, request


def test_nearer_comes_first():
    offers = [helper(id=1, x=800.0), helper(id=2, x=100.0), helper(id=3, x=400.0)]
    assert [s.helper_id for s in suggest(request(), offers)] == [2, 3, 1]


def test_equal_cost_goes_to_the_lower_id_whatever_the_order_given():
    offers = [helper(id=7), helper(id=3), helper(id=5)]
    assert [s.helper_id for s in suggest(request(), offers)] == [3, 5, 7]
    assert [s.helper_id for s in suggest(request(), offers[::-1])] == [3, 5, 7]


def test_at_most_k():
    offers = [helper(id=i, x=100.0 * i) for i in range(1, 8)]
    assert [s.helper_id for s in suggest(request(), offers, k=3)] == [1, 2, 3]


def test_a_helper_with_open_help_comes_after_one_without():
    offers = [helper(id=1, load=2), helper(id=2, load=0)]
    ranking = suggest(request(), offers, Weights(load=1.0))
    assert [s.helper_id for s in ranking] == [2, 1]
    assert ranking[1].cost - ranking[0].cost == 200  # two open matches at one point each


@no_deadline
@given(needs(max_size=1), helpers())
def test_costs_never_go_down_the_list(requests, offers):
    for need in requests:
        costs = [s.cost for s in suggest(need, offers)]
        assert costs == sorted(costs)
