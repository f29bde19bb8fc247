"""The results of a small survey, worked out by hand (see conftest_results.py for who
answered what): every count rounded to five, 1 to 4 as "< 5", shares from the rounded
counts."""

from decimal import Decimal

import pytest

from nabij.errors import DomainError
from nabij.signals.errors import SignalError
from nabij.signals.models import SkipRule
from nabij.signals.results import (
    Option,
    QuestionSpec,
    Respondent,
    bin_counts,
    number_edges,
    question_table,
    select,
)
from nabij.signals.selectors.results import (
    filters_describe,
    survey_question_table,
    survey_results,
    survey_tables,
)
from tests.signals import conftest_results

small_survey = conftest_results.small_survey  # a fixture

pytestmark = pytest.mark.django_db


def test_a_single_choice_question_counts_people_per_answer_rounded_to_five(small_survey):
    table = survey_question_table(small_survey.survey, small_survey.q(1))
    # Ja 13, Nee 8, no answer 2; 21 answered.
    assert table.cells() == [("Ja · 75 %", "15"), ("Nee · 50 %", "10"), ("Geen antwoord", "< 5")]
    assert table.total.value == 20


def test_a_multiple_choice_question_counts_a_person_once_per_picked_answer(small_survey):
    table = survey_question_table(small_survey.survey, small_survey.q(2))
    # Huur 12, Energie 7 (all of whom also picked Huur), Eenzaamheid 3; 15 answered.
    assert table.cells() == [
        ("Huur · 67 %", "10"),
        ("Energie · 33 %", "5"),
        ("Eenzaamheid", "< 5"),
        ("Geen antwoord", "10"),
    ]
    assert table.total.value == 15
    assert any("telt bij elk gekozen antwoord" in note for note in table.notes)


def test_a_scale_counts_every_step_with_the_words_at_its_ends(small_survey):
    table = survey_question_table(small_survey.survey, small_survey.q(3))
    # 4 for 10 people, 2 for 6, 5 for 7: 23 answered.
    assert table.cells() == [
        ("1 (niet graag) · 0 %", "0"),
        ("2 · 20 %", "5"),
        ("3 · 0 %", "0"),
        ("4 · 40 %", "10"),
        ("5 (heel graag) · 20 %", "5"),
    ]
    assert table.total.value == 25


def test_numbers_fall_in_bins_with_round_edges(small_survey):
    table = survey_question_table(small_survey.survey, small_survey.q(4))
    # 1..6 people at home, each about four times: 1 four times, 2+3 eight, 4+5 eight, 6 three.
    assert table.cells() == [
        ("0 tot net onder 2", "< 5"),
        ("2 tot net onder 4 · 40 %", "10"),
        ("4 tot net onder 6 · 40 %", "10"),
        ("6 tot net onder 8", "< 5"),
        ("8 tot net onder 10 · 0 %", "0"),
        ("10 tot net onder 12 · 0 %", "0"),
        ("12 tot net onder 14 · 0 %", "0"),
    ]


def test_an_open_question_only_counts_who_wrote_something(small_survey):
    table = survey_question_table(small_survey.survey, small_survey.q(5))
    # 17 wrote something, 6 did not.
    assert table.cells() == [("Schreef een antwoord · 100 %", "15"), ("Geen antwoord", "5")]


def test_who_answered_per_language_and_per_channel(small_survey):
    results = survey_results(small_survey.survey)
    answers, languages, channels = results.overview
    assert answers.cells() == [("Ingevulde vragenlijsten", "25")]
    # nl 15, ar 8.
    assert languages.cells() == [("Nederlands · 60 %", "15"), ("Arabisch · 40 %", "10")]
    # phone 4, paper 19, web none.
    assert channels.cells() == [
        ("online · 0 %", "0"),
        ("op papier · 80 %", "20"),
        ("aan de telefoon", "< 5"),
    ]


def test_a_filter_counts_only_who_gave_one_of_the_ticked_answers(small_survey):
    s = small_survey
    table = survey_question_table(s.survey, s.q(2), filters={s.q(1).pk: [s.c("Ja")]})
    # The 13 who said Ja (i < 13): Huur 12, Energie 7, Eenzaamheid 1 (i = 12).
    assert table.cells() == [
        ("Huur · 67 %", "10"),
        ("Energie · 33 %", "5"),
        ("Eenzaamheid", "< 5"),
    ]
    assert table.total.value == 15
    assert table.note == "Alleen wie 'Ja' antwoordde op vraag 1."


def test_filters_are_and_across_questions_and_or_within_one(small_survey):
    s = small_survey
    either = {s.q(3).pk: [2, 5]}
    # 2 or 5 on the scale: 13 people (i >= 10).
    assert survey_question_table(s.survey, s.q(1), filters=either).cells() == [
        ("Ja", "< 5"),  # i = 10, 11, 12
        ("Nee · 100 %", "10"),  # i = 13..20, of 11 who answered (published 10)
        ("Geen antwoord", "< 5"),  # i = 21, 22
    ]
    both = {s.q(3).pk: [2], s.q(1).pk: [s.c("Nee")]}
    # 2 on the scale and Nee: i = 13, 14, 15: too few to show anything.
    hidden = survey_question_table(s.survey, s.q(2), filters=both)
    assert not hidden.shown
    assert hidden.rows == () and hidden.total is None


def test_every_table_of_a_group_under_five_is_hidden(small_survey):
    s = small_survey
    tables = survey_tables(s.survey, filters={s.q(2).pk: [s.c("Eenzaamheid")]})
    assert len(tables) == 5
    assert not any(table.shown for table in tables)


def test_a_crosstab_hides_a_whole_column_about_fewer_than_five(small_survey):
    s = small_survey
    table = survey_question_table(s.survey, s.q(2), by_question=s.q(1))
    assert table.columns == ("Ja", "Nee")
    # Ja (13 who answered both): Huur 12, Energie 7, Eenzaamheid 1. Nee: only i = 13, 14.
    assert table.cells() == [
        ("Huur", "10", "< 5"),
        ("Energie", "5", "< 5"),
        ("Eenzaamheid", "< 5", "< 5"),
    ]
    assert table.total.value == 15


def test_a_crosstab_by_a_scale(small_survey):
    s = small_survey
    table = survey_question_table(s.survey, s.q(1), by_question=s.q(3))
    # Scale 4: i < 10 all Ja (10). Scale 2: i 10..15: Ja 3, Nee 3 (6). Scale 5: i 16..20 Nee (5).
    assert table.cells() == [
        ("Ja", "0", "< 5", "0", "10", "0"),
        ("Nee", "0", "< 5", "0", "0", "5"),
    ]


def test_filters_in_words(small_survey):
    s = small_survey
    text = filters_describe(s.survey, {str(s.q(1).pk): [s.c("Ja"), s.c("Nee")], s.q(3).pk: [4]})
    assert (
        text == "Alleen wie 'Ja' of 'Nee' antwoordde op vraag 1 en wie '4' antwoordde op vraag 3."
    )
    assert filters_describe(s.survey, {}) == ""


def test_a_filter_on_an_answer_of_another_survey_is_refused(small_survey):
    s = small_survey
    with pytest.raises(DomainError) as refused:
        survey_tables(s.survey, filters={s.q(1).pk: [9999]})
    assert refused.value.code == SignalError.FILTER_NOT_IN_SURVEY
    with pytest.raises(DomainError) as refused:
        survey_tables(s.survey, filters={s.q(5).pk: [1]})
    assert refused.value.code == SignalError.FILTER_NOT_IN_SURVEY


def test_a_crosstab_needs_two_different_questions_with_values(small_survey):
    s = small_survey
    with pytest.raises(DomainError) as refused:
        survey_question_table(s.survey, s.q(1), by_question=s.q(1))
    assert refused.value.code == SignalError.CROSSTAB_SAME
    with pytest.raises(DomainError) as refused:
        survey_question_table(s.survey, s.q(1), by_question=s.q(4))
    assert refused.value.code == SignalError.CROSSTAB_KIND


def test_the_pure_core_counts_a_multiple_choice_once_per_pick():
    question = QuestionSpec(
        id=1, position=1, kind="multiple", text="Wat?", options=(Option(1, "a"), Option(2, "b"))
    )
    people = [
        Respondent(id=i, language="nl", channel="paper", picked={1: frozenset({1, 2})})
        for i in range(6)
    ]
    table = question_table(question, people)
    assert table.cells() == [("a · 100 %", "5"), ("b · 100 %", "5")]
    assert table.total.value == 5
    assert select(people, {1: [3]}) == []


def test_number_bins_never_start_or_end_at_an_answer():
    values = [Decimal("17"), Decimal("23"), Decimal("88")]
    edges = number_edges(values)
    assert edges == [Decimal(v) for v in range(10, 91, 10)]
    assert bin_counts(values, edges) == [1, 1, 0, 0, 0, 0, 0, 1]
    assert number_edges([Decimal("0.3"), Decimal("0.9")]) == [
        Decimal("0.2"),
        Decimal("0.4"),
        Decimal("0.6"),
        Decimal("0.8"),
        Decimal("1.0"),
    ]


def test_people_a_skip_rule_sent_past_a_question_are_not_asked_it_rather_than_silent():
    # "Why did you get no help?" is only asked of who said no to "Did a neighbour help?".
    why_not = QuestionSpec(
        id=2, position=2, kind="single", text="Waarom niet?", options=(Option(21, "Niemand"),)
    )
    helped = [
        Respondent(id=i, language="nl", channel="paper", asked=frozenset({1, 3})) for i in range(10)
    ]
    not_helped = [
        Respondent(
            id=10 + i,
            language="nl",
            channel="paper",
            picked={2: frozenset({21})} if i < 6 else {},
            asked=frozenset({1, 2, 3}),
        )
        for i in range(8)
    ]
    table = question_table(why_not, helped + not_helped)
    assert table.cells() == [
        ("Niemand · 100 %", "5"),
        ("Geen antwoord", "< 5"),
        ("Niet gevraagd (door een sprongregel)", "10"),
    ]
    assert table.total.value == 5  # the six who answered, rounded


def test_the_loader_knows_who_a_skip_rule_sent_past_a_question(cast):
    s = conftest_results
    survey = s.survey_create(cast.rabot, cast.worker)
    helped = s.question_add(survey, 1, "single", "Hielp een buur je?", choices=("Ja", "Nee"))
    why_not = s.question_add(survey, 2, "text", "Waarom niet?")
    s.question_add(survey, 3, "text", "Wat zou helpen?")
    yes, no = helped.choices.order_by("position")
    SkipRule.objects.create(
        place=cast.rabot, survey=survey, question=helped, choice=yes, target=None
    )
    for _ in range(6):
        s.response_add(survey, cast.worker, answers=[(helped, [yes.pk])])
    for _ in range(5):
        s.response_add(survey, cast.worker, answers=[(helped, [no.pk]), (why_not, "Niemand")])
    table = survey_question_table(survey, why_not)
    assert table.cells() == [
        ("Schreef een antwoord · 100 %", "5"),
        ("Niet gevraagd (door een sprongregel)", "5"),
    ]
