"""Answering a survey on the web: one form, one answer, on the route the answers take."""

from decimal import Decimal

import pytest
from django.db.models import Count

from nabij.errors import DomainError
from nabij.signals.choices import ResponseChannel
from nabij.signals.errors import SignalError
from nabij.signals.models import Answer, Response
from nabij.signals.services.answers import answer_token_issue, response_submit, token_hash
from tests.signals.conftest_answers import asked_fixture, survey_build  # noqa: F401 (a fixture)


def _submit(asked, answers, *, token=None, language="nl"):
    return response_submit(
        survey=asked.survey,
        language=language,
        answers=answers,
        channel=ResponseChannel.WEB,
        token=token if token is not None else answer_token_issue(asked.survey),
    )


def _stored() -> tuple[int, int]:
    return Response.objects.count(), Answer.objects.count()


def test_a_web_answer_is_stored_with_its_route(asked):
    token = answer_token_issue(asked.survey)
    response = _submit(asked, asked.answered_yes(), token=token, language="ar")

    assert response.channel == ResponseChannel.WEB
    assert response.language == "ar"
    assert response.token_hash == token_hash(token)
    assert response.entered_by is None and response.member is None
    rows = {(a.question_id, a.choice_id, a.number, a.text) for a in response.answers.all()}
    assert rows == {
        (asked.helped.pk, asked.yes.pk, None, ""),
        (asked.what_for.pk, asked.food.pk, None, ""),
        (asked.what_for.pk, asked.papers.pk, None, ""),
        (asked.content.pk, None, Decimal("4"), ""),
        (asked.household.pk, None, Decimal("3"), ""),
        (asked.better.pk, None, None, "Meer plaats in de huiswerkklas."),
    }


def test_only_the_day_is_kept(asked):
    response = _submit(asked, asked.answered_yes())
    response.refresh_from_db()
    assert response.submitted_on is not None
    assert not hasattr(response, "submitted_at")


def test_answers_off_the_route_are_dropped(asked):
    answers = asked.answered_yes() | {asked.helped.pk: [asked.no.pk]}
    response = _submit(asked, answers)
    answered = set(response.answers.values_list("question", flat=True))
    assert answered == {asked.helped.pk, asked.household.pk, asked.better.pk}


def test_a_required_question_on_the_route_missing_is_refused(asked):
    answers = asked.answered_yes()
    del answers[asked.content.pk]
    before = _stored()
    with pytest.raises(DomainError) as refused:
        _submit(asked, answers)
    assert refused.value.code == SignalError.ANSWER_REQUIRED
    assert refused.value.field == f"q{asked.content.pk}"
    assert _stored() == before


def test_a_required_question_skipped_by_the_route_is_not_asked_for(asked):
    response = _submit(asked, {asked.helped.pk: [asked.no.pk], asked.household.pk: 2})
    assert response.answers.count() == 2


@pytest.mark.parametrize(
    ("question", "value", "code"),
    [
        ("helped", lambda a: [a.yes.pk, a.no.pk], SignalError.ANSWER_ONE_CHOICE),
        ("helped", lambda a: [a.food.pk], SignalError.ANSWER_CHOICE_OTHER),
        ("helped", lambda a: "Ja", SignalError.ANSWER_INVALID),
        ("content", lambda a: 6, SignalError.ANSWER_SCALE_RANGE),
        ("content", lambda a: Decimal("2.5"), SignalError.ANSWER_SCALE_RANGE),
        ("household", lambda a: Decimal("0"), SignalError.ANSWER_NUMBER_LOW),
        ("household", lambda a: 21, SignalError.ANSWER_NUMBER_HIGH),
        ("household", lambda a: Decimal("2.125"), SignalError.ANSWER_NUMBER_SHAPE),
        ("household", lambda a: "drie", SignalError.ANSWER_INVALID),
        ("better", lambda a: "x" * 2001, SignalError.ANSWER_TEXT_LONG),
    ],
)
def test_a_wrong_answer_is_refused_next_to_its_question(asked, question, value, code):
    answers = asked.answered_yes() | {getattr(asked, question).pk: value(asked)}
    before = _stored()
    with pytest.raises(DomainError) as refused:
        _submit(asked, answers)
    assert refused.value.code == code
    assert refused.value.field == f"q{getattr(asked, question).pk}"
    assert str(refused.value.message)
    assert _stored() == before


def test_a_blank_open_answer_counts_as_unanswered(asked):
    response = _submit(asked, asked.answered_yes() | {asked.better.pk: "   "})
    assert not response.answers.filter(question=asked.better).exists()


def test_an_answer_to_a_question_of_another_survey_is_refused(asked, cast):
    other = survey_build(cast.rabot)
    before = _stored()
    with pytest.raises(DomainError) as refused:
        _submit(asked, asked.answered_yes() | {other.better.pk: "Hallo"})
    assert refused.value.code == SignalError.ANSWER_QUESTION_OTHER
    assert _stored() == before


def test_a_language_the_survey_does_not_have_is_refused(asked):
    before = _stored()
    with pytest.raises(DomainError) as refused:
        _submit(asked, asked.answered_yes(), language="tr")
    assert refused.value.code == SignalError.ANSWER_LANGUAGE
    assert _stored() == before


def test_every_choice_is_counted_once(asked):
    _submit(asked, asked.answered_yes())
    _submit(asked, asked.answered_yes())
    counts = dict(
        Answer.objects.filter(question=asked.what_for)
        .values_list("choice")
        .annotate(n=Count("pk"))
        .values_list("choice", "n")
    )
    assert counts == {asked.food.pk: 2, asked.papers.pk: 2}
