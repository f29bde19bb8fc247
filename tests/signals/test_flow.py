"""The route through a survey: skip rules send people on, and never round in a circle."""

import pytest

from nabij.signals.flow import END, Step, find_loop, route

# Question 1 asks "Did a neighbour help you?"; choice 11 is "yes", 12 is "no". Who says
# yes skips question 2 ("Why not?") and goes on at question 3.
SURVEY = [Step(1, {11: 3}), Step(2), Step(3), Step(4)]


def test_without_rules_everyone_is_asked_every_question_in_order():
    assert route([Step(1), Step(2), Step(3)], {}) == [1, 2, 3]


def test_a_rule_skips_the_questions_in_between():
    assert route(SURVEY, {1: [11]}) == [1, 3, 4]


def test_another_answer_follows_the_usual_order():
    assert route(SURVEY, {1: [12]}) == [1, 2, 3, 4]


def test_a_rule_can_end_the_survey():
    steps = [Step(1, {12: END}), Step(2), Step(3)]
    assert route(steps, {1: [12]}) == [1]


def test_with_several_picked_choices_the_first_ruled_choice_in_order_decides():
    steps = [Step(1, {11: 4, 12: 3}), Step(2), Step(3), Step(4)]
    assert route(steps, {1: [12, 11]}) == [1, 4]


def test_an_empty_survey_has_no_route():
    assert route([], {}) == []


def test_forward_rules_make_no_loop():
    assert find_loop(SURVEY) is None
    assert find_loop([Step(1, {11: END}), Step(2, {21: 4}), Step(3), Step(4)]) is None


def test_a_rule_back_to_an_earlier_question_is_a_loop():
    # From 3 back to 1, and 1 leads on to 3 again: whoever answers 31 never gets out.
    steps = [Step(1), Step(2), Step(3, {31: 1}), Step(4)]
    assert find_loop(steps) == [1, 2, 3, 1]


def test_a_loop_is_found_even_when_only_some_answers_would_take_it():
    steps = [Step(1, {11: 3}), Step(2), Step(3, {31: 2}), Step(4)]
    assert find_loop(steps) == [2, 3, 2]


def test_a_rule_to_its_own_question_is_a_loop():
    assert find_loop([Step(1), Step(2, {21: 2})]) == [2, 2]


def test_the_route_refuses_to_walk_a_loop_that_slipped_through():
    with pytest.raises(ValueError):
        route([Step(1), Step(2, {21: 1})], {2: [21]})
