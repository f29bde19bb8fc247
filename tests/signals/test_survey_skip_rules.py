"""Skip rules: whoever answers "Ja" to "Kreeg je hulp van een buur?" need not say why
not; a rule may also end the survey. A rule that could send someone round in a circle
is refused, and nothing is stored."""

import pytest
from django.db import IntegrityError, transaction

from nabij.errors import DomainError
from nabij.signals.errors import SignalError
from nabij.signals.flow import route
from nabij.signals.models import SkipRule
from nabij.signals.selectors.surveys import survey_outline, survey_steps
from nabij.signals.services import surveys as services
from tests.signals.conftest_surveys import (
    built_fixture,  # noqa: F401 (the fixture `built`)
    choice_question,
    draft_survey,
)


def _rule(cast, built, question, choice, target):
    return services.skip_rule_set(
        actor=cast.worker, question=question, choice=choice, target=target
    )


def refused(code: SignalError, write) -> DomainError:
    before = list(SkipRule.objects.order_by("pk").values())
    with pytest.raises(DomainError) as caught:
        write()
    assert caught.value.code == code
    assert str(caught.value.message)
    assert list(SkipRule.objects.order_by("pk").values()) == before
    return caught.value


def test_who_was_helped_skips_the_question_why_not(cast, built):
    _rule(cast, built, built.helped, built.yes, built.content)
    steps = survey_steps(built.survey)

    assert route(steps, {built.helped.pk: [built.yes.pk]}) == [
        built.helped.pk,
        built.content.pk,
        built.household.pk,
    ]
    assert route(steps, {built.helped.pk: [built.no.pk]}) == [
        built.helped.pk,
        built.why_not.pk,
        built.content.pk,
        built.household.pk,
    ]


def test_a_rule_can_end_the_survey(cast, built):
    _rule(cast, built, built.helped, built.no, None)
    steps = survey_steps(built.survey)
    assert route(steps, {built.helped.pk: [built.no.pk]}) == [built.helped.pk]


def test_setting_a_rule_again_changes_where_it_leads(cast, built):
    _rule(cast, built, built.helped, built.yes, built.content)
    _rule(cast, built, built.helped, built.yes, built.household)
    assert SkipRule.objects.get().target == built.household


def test_the_builder_tells_the_rules_in_words(cast, built, login):
    _rule(cast, built, built.helped, built.no, built.household)
    _rule(cast, built, built.helped, built.yes, None)
    outline = survey_outline(built.survey)
    assert [(r.choice, r.target) for r in outline[0].rules] == [("Ja", None), ("Nee", 4)]

    page = login(cast.worker).get(f"/p/rabot/signalen/vragenlijsten/{built.survey.pk}/")
    text = page.content.decode()
    assert "Antwoordt iemand ‘Nee’? Dan gaat die verder bij vraag 4." in text
    assert "Antwoordt iemand ‘Ja’? Dan stopt de vragenlijst." in text


def test_a_rule_that_jumps_back_is_refused(cast, built):
    second = choice_question(cast, built.survey)  # question 5
    refused(
        SignalError.SKIP_LOOPS,
        lambda: _rule(cast, built, second, second.choices.first(), built.why_not),
    )


def test_a_rule_that_jumps_to_its_own_question_is_refused(cast, built):
    refused(
        SignalError.SKIP_LOOPS, lambda: _rule(cast, built, built.helped, built.no, built.helped)
    )


def test_the_database_refuses_a_rule_to_its_own_question_too(cast, built):
    with pytest.raises(IntegrityError), transaction.atomic():
        SkipRule.objects.create(
            place=cast.rabot,
            survey=built.survey,
            question=built.helped,
            choice=built.no,
            target=built.helped,
        )


def test_only_a_choice_question_has_rules(cast, built):
    refused(
        SignalError.SKIP_NOT_CHOICE,
        lambda: _rule(cast, built, built.why_not, built.yes, built.household),
    )


def test_the_choice_must_belong_to_the_question(cast, built):
    other = choice_question(cast, built.survey)
    refused(
        SignalError.SKIP_CHOICE_OTHER,
        lambda: _rule(cast, built, other, built.yes, None),
    )


def test_the_target_must_be_in_the_same_survey(cast, built):
    elsewhere = choice_question(cast, draft_survey(cast))
    refused(
        SignalError.SKIP_TARGET_OTHER,
        lambda: _rule(cast, built, built.helped, built.yes, elsewhere),
    )


def test_a_move_that_would_make_a_rule_jump_back_is_refused(cast, built):
    _rule(cast, built, built.helped, built.yes, built.content)
    services.question_move(actor=cast.worker, question=built.content, up=True)  # now 2nd
    before = sorted(built.survey.questions.values_list("pk", "position"))

    with pytest.raises(DomainError) as caught:
        # Above question 1, the rule of question 1 would lead back to it.
        services.question_move(actor=cast.worker, question=built.content, up=True)

    assert caught.value.code == SignalError.MOVE_LOOPS
    assert sorted(built.survey.questions.values_list("pk", "position")) == before
    assert dict(before)[built.content.pk] == 2


def test_a_rule_is_removed(cast, built):
    rule = _rule(cast, built, built.helped, built.yes, built.content)
    services.skip_rule_remove(actor=cast.worker, rule=rule)
    assert not SkipRule.objects.exists()


def test_no_rule_changes_once_the_survey_is_open(cast, built):
    rule = _rule(cast, built, built.helped, built.yes, built.content)
    services.survey_open(actor=cast.worker, survey=built.survey)

    refused(SignalError.NOT_DRAFT, lambda: _rule(cast, built, built.helped, built.no, None))
    refused(SignalError.NOT_DRAFT, lambda: services.skip_rule_remove(actor=cast.worker, rule=rule))
