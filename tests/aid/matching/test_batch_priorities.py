"""When helpers are short, urgent and long-waiting requests are matched first, and work
spreads over helpers rather than piling on the nearest."""

from nabij.aid.matching import Weights, assign, candidate_graph, unmatched_penalty

from .cast import helper, request


def _needs(**second):
    # Two requests for the one helper; the first is nearer, so cheaper to match.
    return [request(id=1, x=100.0), request(id=2, requester_id=101, x=700.0, **second)]


def test_with_equal_requests_the_cheaper_match_wins():
    result = assign(candidate_graph(_needs(), [helper(id=1)]))
    assert result.pairs == ((1, 1),)
    assert result.unmatched == (2,)
    assert result.matched_share == 0.5


def test_an_urgent_request_goes_first():
    result = assign(candidate_graph(_needs(urgency=3), [helper(id=1)]))
    assert result.pairs == ((2, 1),)


def test_a_long_wait_goes_first():
    result = assign(candidate_graph(_needs(waiting_days=30.0), [helper(id=1)]))
    assert result.pairs == ((2, 1),)


def test_the_penalty_grows_with_urgency_and_waiting():
    weights = Weights()
    calm = unmatched_penalty(request(), weights)
    assert unmatched_penalty(request(urgency=2), weights) > calm
    assert unmatched_penalty(request(waiting_days=14.0), weights) > calm
    # ... but a wait stops counting after a while.
    assert unmatched_penalty(request(waiting_days=400.0), weights) == unmatched_penalty(
        request(waiting_days=weights.waiting_cap_days), weights
    )


def test_work_spreads_over_helpers():
    # Youssef (id 1) is nearest to both and could take both; Marie is a little farther.
    needs = [request(id=1), request(id=2, requester_id=101)]
    offers = [helper(id=1, x=100.0, capacity_left=2), helper(id=2, x=200.0)]
    spread = assign(candidate_graph(needs, offers))
    assert sorted(h for _, h in spread.pairs) == [1, 2]
    piled = assign(candidate_graph(needs, offers, Weights(load=0.0)))
    assert sorted(h for _, h in piled.pairs) == [1, 1]
