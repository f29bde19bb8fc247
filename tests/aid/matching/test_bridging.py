"""The bridging weight favours a helper the requester does not know yet."""

from nabij.aid.matching import Weights, suggest

from .cast import helper, request

# Youssef is a neighbour Amina already knows; Marie, a little farther, is a stranger.
YOUSSEF, MARIE = 1, 2


def _ranking(bridging: float) -> list[int]:
    need = request(ties=frozenset({YOUSSEF}))
    offers = [helper(id=YOUSSEF, x=300.0), helper(id=MARIE, x=500.0)]
    return [s.helper_id for s in suggest(need, offers, Weights(bridging=bridging))]


def test_without_bridging_the_nearer_neighbour_comes_first():
    assert _ranking(bridging=0.0) == [YOUSSEF, MARIE]


def test_with_bridging_the_stranger_comes_first():
    assert _ranking(bridging=2.0) == [MARIE, YOUSSEF]


def test_the_suggestion_says_who_would_be_a_new_tie():
    need = request(ties=frozenset({YOUSSEF}))
    offers = [helper(id=YOUSSEF), helper(id=MARIE)]
    codes = {s.helper_id: {r.code for r in s.reasons} for s in suggest(need, offers)}
    assert "knows_person" in codes[YOUSSEF] and "new_tie" not in codes[YOUSSEF]
    assert "new_tie" in codes[MARIE] and "knows_person" not in codes[MARIE]
