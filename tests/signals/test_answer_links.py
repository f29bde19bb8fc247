"""A web form counts once: a replayed or forged answer link is refused, nothing stored."""

import pytest
from django.core import signing

from nabij.errors import DomainError
from nabij.signals.choices import ResponseChannel
from nabij.signals.errors import SignalError
from nabij.signals.models import Answer, Response
from nabij.signals.services.answers import TOKEN_SALT, answer_token_issue, response_submit
from tests.signals.conftest_answers import asked_fixture, survey_build  # noqa: F401 (a fixture)


def _submit(asked, token):
    return response_submit(
        survey=asked.survey,
        language="nl",
        answers=asked.answered_yes(),
        channel=ResponseChannel.WEB,
        token=token,
    )


def _refused(asked, token) -> SignalError:
    before = (Response.objects.count(), Answer.objects.count())
    with pytest.raises(DomainError) as refused:
        _submit(asked, token)
    assert (Response.objects.count(), Answer.objects.count()) == before
    return refused.value.code


def test_the_same_form_sent_twice_counts_once(asked):
    token = answer_token_issue(asked.survey)
    _submit(asked, token)
    assert _refused(asked, token) == SignalError.LINK_USED
    assert Response.objects.filter(survey=asked.survey).count() == 1


def test_two_forms_are_two_answers(asked):
    _submit(asked, answer_token_issue(asked.survey))
    _submit(asked, answer_token_issue(asked.survey))
    assert Response.objects.filter(survey=asked.survey).count() == 2


def test_a_tampered_token_is_refused(asked):
    token = answer_token_issue(asked.survey)
    tampered = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    assert _refused(asked, tampered) == SignalError.LINK_FORGED


def test_a_token_of_another_survey_is_refused(asked, cast):
    other = survey_build(cast.rabot)
    assert _refused(asked, answer_token_issue(other.survey)) == SignalError.LINK_FORGED


def test_a_token_signed_for_something_else_is_refused(asked):
    elsewhere = signing.dumps({"s": asked.survey.pk, "n": "x"}, salt="nabij.other")
    assert _refused(asked, elsewhere) == SignalError.LINK_FORGED


def test_a_made_up_token_without_its_nonce_is_refused(asked):
    bare = signing.dumps({"s": asked.survey.pk}, salt=TOKEN_SALT)
    assert _refused(asked, bare) == SignalError.LINK_FORGED


@pytest.mark.parametrize("token", [None, ""])
def test_a_web_answer_without_a_token_is_refused(asked, token):
    assert _refused(asked, token) == SignalError.LINK_FORGED


def test_the_token_carries_nothing_about_the_person(asked):
    payload = signing.loads(answer_token_issue(asked.survey), salt=TOKEN_SALT)
    assert set(payload) == {"s", "n"}


def test_the_same_form_sent_twice_at_once_counts_once(asked, monkeypatch):
    """Both sends pass the first look; the unique hash in the database decides."""
    from nabij.signals.services import answers

    monkeypatch.setattr(answers, "_require_token", lambda survey, token: answers.token_hash(token))
    token = answer_token_issue(asked.survey)
    _submit(asked, token)
    assert _refused(asked, token) == SignalError.LINK_USED
    assert Response.objects.count() == 1
