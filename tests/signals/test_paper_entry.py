"""A worker types in a paper form or a phone call; only staff of the place may."""

import pytest
from django.urls import reverse

from nabij.community.errors import CommunityError
from nabij.errors import DomainError
from nabij.signals.choices import ResponseChannel
from nabij.signals.errors import SignalError
from nabij.signals.models import Answer, Response
from nabij.signals.services.answers import answer_token_issue, response_submit
from tests.signals.conftest_answers import asked_fixture, survey_build  # noqa: F401 (a fixture)


def _enter(asked, *, by, channel=ResponseChannel.PAPER, **more):
    return response_submit(
        survey=asked.survey,
        language="ar",
        answers=asked.answered_yes(),
        channel=channel,
        token=None,
        entered_by=by,
        **more,
    )


def _refused(call) -> DomainError:
    before = (Response.objects.count(), Answer.objects.count())
    with pytest.raises(DomainError) as refused:
        call()
    assert (Response.objects.count(), Answer.objects.count()) == before
    return refused.value


@pytest.mark.parametrize("channel", [ResponseChannel.PAPER, ResponseChannel.PHONE])
def test_sara_types_in_a_form(asked, cast, channel):
    response = _enter(asked, by=cast.worker, channel=channel)
    assert response.channel == channel
    assert response.entered_by == cast.worker
    assert response.token_hash is None and response.member is None
    assert response.answers.count() == 6


def test_a_volunteer_may_not_type_in_answers(asked, cast):
    refused = _refused(lambda: _enter(asked, by=cast.volunteer))
    assert refused.code == CommunityError.NOT_YOUR_PLACE


def test_a_worker_of_another_place_may_not_type_in_answers(asked, cast):
    refused = _refused(lambda: _enter(asked, by=cast.school_worker))
    assert refused.code == CommunityError.NOT_YOUR_PLACE


def test_a_paper_answer_without_a_worker_is_refused(asked):
    refused = _refused(lambda: _enter(asked, by=None))
    assert refused.code == CommunityError.NOT_YOUR_PLACE


def test_an_anonymous_survey_links_answers_to_nobody(asked, cast):
    refused = _refused(lambda: _enter(asked, by=cast.worker, member=cast.resident))
    assert refused.code == SignalError.ANSWER_ANONYMOUS


def test_a_named_survey_may_keep_who_answered(cast):
    named = survey_build(cast.rabot, anonymous=False)
    response = _enter(named, by=cast.worker, member=cast.resident)
    assert response.member == cast.resident


def test_a_web_answer_never_names_a_worker(asked, cast):
    refused = _refused(
        lambda: response_submit(
            survey=asked.survey,
            language="nl",
            answers=asked.answered_yes(),
            channel=ResponseChannel.WEB,
            token=answer_token_issue(asked.survey),
            entered_by=cast.worker,
        )
    )
    assert refused.code == SignalError.ANSWER_CHANNEL


def _form(asked, **more) -> dict:
    return {
        "channel": "phone",
        f"q{asked.helped.pk}": str(asked.no.pk),
        f"q{asked.household.pk}": "2",
        **more,
    }


def test_the_entry_page_saves_and_offers_another_form(asked, cast, login):
    client = login(cast.worker)
    url = reverse("signals:response_enter", args=["rabot", asked.survey.pk])
    page = client.get(url + "?taal=ar")
    assert page.status_code == 200
    assert 'dir="rtl"' in page.content.decode()

    sent = client.post(url + "?taal=ar", _form(asked))
    assert sent.status_code == 302
    response = Response.objects.get()
    assert (response.channel, response.language, response.entered_by) == (
        "phone",
        "ar",
        cast.worker,
    )
    after = client.get(sent["Location"]).content.decode()
    assert "Nog een formulier invoeren" in after


def test_the_entry_page_shows_what_is_missing(asked, cast, login):
    client = login(cast.worker)
    url = reverse("signals:response_enter", args=["rabot", asked.survey.pk])
    page = client.post(url, _form(asked, **{f"q{asked.household.pk}": ""}))
    assert page.status_code == 200
    assert "Beantwoord deze vraag." in page.content.decode()
    assert not Response.objects.exists()
