"""The checks on a filled-in survey, as a pure core: no database, just the route and rules."""

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from nabij.signals.choices import QuestionKind
from nabij.signals.errors import SignalError
from nabij.signals.flow import Step
from nabij.signals.services.answers import QuestionRule, answers_check

# 1 single (Ja=11, Nee=12 -> 4), 2 multiple (21, 22), 3 scale 1-5 required, 4 number, 5 text
RULES = [
    QuestionRule(1, QuestionKind.SINGLE, required=True, choices=frozenset({11, 12})),
    QuestionRule(2, QuestionKind.MULTIPLE, choices=frozenset({21, 22})),
    QuestionRule(3, QuestionKind.SCALE, required=True, low=Decimal(1), high=Decimal(5)),
    QuestionRule(4, QuestionKind.NUMBER, low=Decimal(0)),
    QuestionRule(5, QuestionKind.TEXT),
]
STEPS = [Step(1, {12: 4}), Step(2), Step(3), Step(4), Step(5)]


def test_no_skips_the_questions_about_the_help():
    checked = answers_check(RULES, STEPS, {1: [12], 2: [21], 3: 9, 4: Decimal("2")})
    assert checked.route == [1, 4, 5]
    assert checked.kept == {1: [12], 4: Decimal("2")}
    assert checked.problems == []  # the wrong scale answer was off the route


def test_every_problem_is_named_at_once():
    checked = answers_check(RULES, STEPS, {1: [11], 2: [99], 4: Decimal("-1")})
    assert [(p.code, p.field) for p in checked.problems] == [
        (SignalError.ANSWER_CHOICE_OTHER, "q2"),
        (SignalError.ANSWER_REQUIRED, "q3"),
        (SignalError.ANSWER_NUMBER_LOW, "q4"),
    ]


answers = st.fixed_dictionaries(
    {},
    optional={
        1: st.lists(st.sampled_from([11, 12]), max_size=2),
        2: st.lists(st.sampled_from([21, 22, 11]), max_size=3),
        3: st.integers(-2, 8),
        4: st.decimals(-5, 5, places=2),
        5: st.text(max_size=5),
    },
)


@given(answers)
def test_nothing_off_the_route_is_kept_and_nothing_wrong_passes(given_answers):
    checked = answers_check(RULES, STEPS, given_answers)
    assert set(checked.kept) <= set(checked.route)
    if not checked.problems:
        assert 1 in checked.kept and len(checked.kept[1]) == 1
        if 3 in checked.route:
            assert 1 <= checked.kept[3] <= 5
