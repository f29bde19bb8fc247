"""Answers only reach an open survey, and only its own questions and choices: the service
refuses, and the database refuses whatever writes past it."""

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from nabij.errors import DomainError
from nabij.signals.choices import ResponseChannel, SurveyStatus
from nabij.signals.errors import SignalError
from nabij.signals.models import Answer, Response
from nabij.signals.services.answers import answer_token_issue, response_submit
from tests.signals.conftest_answers import asked_fixture, survey_build  # noqa: F401 (a fixture)


def _close(survey):
    survey.status = SurveyStatus.CLOSED
    survey.closed_at = timezone.now()
    survey.save()


def _row(survey, **more) -> Response:
    fields = {
        "place": survey.place,
        "survey": survey,
        "language": "nl",
        "channel": ResponseChannel.PAPER,
        "submitted_on": timezone.localdate(),
    }
    return Response(**(fields | more))


def test_an_answer_to_a_closed_survey_is_refused(asked):
    token = answer_token_issue(asked.survey)
    _close(asked.survey)
    with pytest.raises(DomainError) as refused:
        response_submit(
            survey=asked.survey,
            language="nl",
            answers=asked.answered_yes(),
            channel=ResponseChannel.WEB,
            token=token,
        )
    assert refused.value.code == SignalError.SURVEY_CLOSED
    assert not Response.objects.exists() and not Answer.objects.exists()


def test_an_answer_to_a_survey_still_in_draft_is_refused(cast):
    draft = survey_build(cast.rabot, status=SurveyStatus.DRAFT)
    with pytest.raises(DomainError) as refused:
        response_submit(
            survey=draft.survey,
            language="nl",
            answers=draft.answered_yes(),
            channel=ResponseChannel.WEB,
            token=answer_token_issue(draft.survey),
        )
    assert refused.value.code == SignalError.SURVEY_NOT_OPEN
    assert not Response.objects.exists()


def test_the_service_reads_the_survey_afresh(asked):
    """A page that loaded the survey while it was open does not get its answer in after."""
    stale = asked.survey
    _close(type(stale).objects.get(pk=stale.pk))
    with pytest.raises(DomainError) as refused:
        response_submit(
            survey=stale,
            language="nl",
            answers=asked.answered_yes(),
            channel=ResponseChannel.WEB,
            token=answer_token_issue(stale),
        )
    assert refused.value.code == SignalError.SURVEY_CLOSED


def test_the_database_refuses_a_response_to_a_closed_survey(asked):
    _close(asked.survey)
    with pytest.raises(IntegrityError), transaction.atomic():
        _row(asked.survey).save()
    assert not Response.objects.exists()


def test_the_database_refuses_a_response_to_a_draft(cast):
    draft = survey_build(cast.rabot, status=SurveyStatus.DRAFT)
    with pytest.raises(IntegrityError), transaction.atomic():
        _row(draft.survey).save()


def test_the_database_refuses_a_response_filed_under_another_place(asked, cast):
    with pytest.raises(IntegrityError), transaction.atomic():
        _row(asked.survey, place=cast.school).save()


def test_the_database_refuses_an_answer_to_a_question_of_another_survey(asked, cast):
    other = survey_build(cast.rabot)
    response = _row(asked.survey)
    response.save()
    with pytest.raises(IntegrityError), transaction.atomic():
        Answer.objects.create(
            place=cast.rabot, response=response, question=other.better, text="Hallo"
        )
    assert not Answer.objects.exists()


def test_the_database_refuses_a_choice_of_another_question(asked, cast):
    response = _row(asked.survey)
    response.save()
    with pytest.raises(IntegrityError), transaction.atomic():
        Answer.objects.create(
            place=cast.rabot, response=response, question=asked.helped, choice=asked.food
        )
    assert not Answer.objects.exists()


def test_the_database_refuses_an_answer_once_the_survey_closed(asked, cast):
    response = _row(asked.survey)
    response.save()
    _close(asked.survey)
    with pytest.raises(IntegrityError), transaction.atomic():
        Answer.objects.create(
            place=cast.rabot, response=response, question=asked.helped, choice=asked.yes
        )


def test_the_database_accepts_a_right_answer(asked, cast):
    response = _row(asked.survey)
    response.save()
    Answer.objects.create(
        place=cast.rabot, response=response, question=asked.helped, choice=asked.yes
    )
    assert Answer.objects.count() == 1


def test_answers_already_in_stay_when_the_survey_closes(asked, cast):
    response = _row(asked.survey)
    response.save()
    _close(asked.survey)
    # A worker's account removed later only clears who typed it in.
    Response.objects.filter(pk=response.pk).update(entered_by=None, language="ar")
    assert Response.objects.get(pk=response.pk).language == "ar"
