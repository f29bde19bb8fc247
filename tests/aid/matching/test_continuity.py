"""Recurring help goes back to someone who helped before, even a little farther away."""

from nabij.aid.matching import suggest

from .cast import helper, request

NEAR, BEFORE = 1, 2


def _ranking(recurring: bool) -> list[int]:
    # The previous helper is also a tie: for recurring help that must not count against
    # them (bridging), or the nearer stranger would win here.
    need = request(
        recurring=recurring, previous_helpers=frozenset({BEFORE}), ties=frozenset({BEFORE})
    )
    offers = [helper(id=NEAR, x=200.0), helper(id=BEFORE, x=800.0)]
    return [s.helper_id for s in suggest(need, offers)]


def test_recurring_help_favours_the_previous_helper():
    assert _ranking(recurring=True) == [BEFORE, NEAR]


def test_one_off_help_does_not():
    assert _ranking(recurring=False) == [NEAR, BEFORE]


def test_the_suggestion_says_they_helped_before():
    need = request(recurring=True, previous_helpers=frozenset({BEFORE}))
    (first, *_) = suggest(need, [helper(id=BEFORE)])
    assert "helped_before" in {r.code for r in first.reasons}
