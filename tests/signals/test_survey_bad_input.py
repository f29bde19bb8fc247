"""Bad input in the survey builder is refused with a message a worker can act on, and
nothing is written: not a survey, not a question, not a choice, not a rule."""

import pytest

from nabij.community.errors import CommunityError
from nabij.errors import DomainError
from nabij.signals.choices import SurveyStatus
from nabij.signals.errors import SignalError
from nabij.signals.models import Choice, Question, SkipRule, Survey
from nabij.signals.services import surveys as services
from tests.signals.conftest_surveys import (
    HELPED,
    NO,
    TITLE,
    YES,
    built_fixture,  # noqa: F401 (the fixture `built`)
    draft_survey,
)


def _rows() -> list:
    return [
        list(model.objects.order_by("pk").values())
        for model in (Survey, Question, Choice, SkipRule)
    ]


def refused(code, write) -> DomainError:
    before = _rows()
    with pytest.raises(DomainError) as caught:
        write()
    assert caught.value.code == code
    assert str(caught.value.message)
    assert _rows() == before
    return caught.value


def _add(cast, survey, **fields):
    return lambda: services.question_add(actor=cast.worker, survey=survey, **fields)


def test_a_survey_with_no_questions_cannot_be_opened(cast):
    survey = draft_survey(cast)
    error = refused(
        SignalError.NO_QUESTIONS, lambda: services.survey_open(actor=cast.worker, survey=survey)
    )
    assert "minstens één" in error.message
    assert Survey.objects.get().status == SurveyStatus.DRAFT


def test_a_title_missing_in_a_chosen_language_is_named(cast):
    error = refused(
        SignalError.TRANSLATION_MISSING,
        lambda: services.survey_create(
            actor=cast.worker, place=cast.rabot, title={"nl": "Bevraging"}, languages=["nl", "ar"]
        ),
    )
    assert error.field == "title_ar"
    assert error.message == "Deze tekst ontbreekt nog in het Arabisch."


@pytest.mark.parametrize(
    ("languages", "code"),
    [([], SignalError.NO_LANGUAGES), (["nl", "xx"], SignalError.LANGUAGE_UNKNOWN)],
)
def test_a_survey_needs_languages_nabij_knows(cast, languages, code):
    refused(
        code,
        lambda: services.survey_create(
            actor=cast.worker, place=cast.rabot, title=TITLE, languages=languages
        ),
    )


def test_a_question_text_missing_in_arabic_is_refused(cast):
    survey = draft_survey(cast)
    error = refused(
        SignalError.TRANSLATION_MISSING,
        _add(cast, survey, kind="text", text={"nl": "Waarom niet?", "ar": "  "}),
    )
    assert error.field == "text_ar"


def test_a_choice_missing_in_arabic_is_refused(cast):
    survey = draft_survey(cast)
    error = refused(
        SignalError.TRANSLATION_MISSING,
        _add(cast, survey, kind="single", text=HELPED, choices=[YES, {"nl": "Nee"}]),
    )
    assert error.field == "choices_ar"


def test_help_written_in_one_language_is_needed_in_all(cast):
    survey = draft_survey(cast)
    refused(
        SignalError.TRANSLATION_MISSING,
        _add(cast, survey, kind="text", text=HELPED, help={"nl": "Een zin is genoeg."}),
    )


@pytest.mark.parametrize("choices", [None, [], [YES]])
def test_a_choice_question_needs_at_least_two_choices(cast, choices):
    survey = draft_survey(cast)
    refused(
        SignalError.CHOICES_TOO_FEW,
        _add(cast, survey, kind="multiple", text=HELPED, choices=choices),
    )


def test_other_kinds_take_no_choices(cast):
    survey = draft_survey(cast)
    refused(
        SignalError.CHOICES_NOT_ALLOWED,
        _add(cast, survey, kind="text", text=HELPED, choices=[YES, NO]),
    )


@pytest.mark.parametrize(("low", "high"), [(None, 5), (5, 5), (5, 1), (0, 11)])
def test_a_scale_runs_up_by_at_most_ten_steps(cast, low, high):
    survey = draft_survey(cast)
    refused(
        SignalError.SCALE_INVALID,
        _add(cast, survey, kind="scale", text=HELPED, scale_min=low, scale_max=high),
    )


def test_a_scale_label_at_one_end_only_is_refused(cast):
    survey = draft_survey(cast)
    refused(
        SignalError.TRANSLATION_MISSING,
        _add(
            cast,
            survey,
            kind="scale",
            text=HELPED,
            scale_min=1,
            scale_max=5,
            scale_labels={"nl": ["slecht", ""], "ar": ["سيء", ""]},
        ),
    )


def test_a_number_range_upside_down_is_refused(cast):
    survey = draft_survey(cast)
    refused(
        SignalError.NUMBER_RANGE_REVERSED,
        _add(cast, survey, kind="number", text=HELPED, number_min=10, number_max=1),
    )


def test_a_number_bound_too_large_for_an_answer_is_refused(cast):
    survey = draft_survey(cast)
    refused(
        SignalError.NUMBER_TOO_LARGE,
        _add(cast, survey, kind="number", text=HELPED, number_max=10**12),
    )


def test_a_text_too_long_is_refused(cast):
    survey = draft_survey(cast)
    refused(
        SignalError.TEXT_TOO_LONG,
        _add(cast, survey, kind="text", text={"nl": "woord " * 200, "ar": "كلمة"}),
    )


def test_a_survey_with_an_untranslated_question_cannot_be_opened(cast, built):
    services.survey_update(
        actor=cast.worker,
        survey=built.survey,
        title={**TITLE, "tr": "Rabot anketi"},
        languages=["nl", "ar", "tr"],
    )
    error = refused(
        SignalError.TRANSLATION_MISSING,
        lambda: services.survey_open(actor=cast.worker, survey=built.survey),
    )
    assert error.message == "Deze tekst ontbreekt nog in het Turks."


def test_the_structure_is_fixed_once_open(cast, built):
    services.survey_open(actor=cast.worker, survey=built.survey)
    survey = built.survey
    refused(SignalError.NOT_DRAFT, _add(cast, survey, kind="text", text=HELPED))
    refused(
        SignalError.NOT_DRAFT,
        lambda: services.question_remove(actor=cast.worker, question=built.why_not),
    )
    refused(
        SignalError.NOT_DRAFT,
        lambda: services.question_move(actor=cast.worker, question=built.why_not, up=True),
    )
    refused(
        SignalError.NOT_DRAFT,
        lambda: services.question_update(
            actor=cast.worker, question=built.why_not, kind="single", text=HELPED, choices=[YES, NO]
        ),
    )
    refused(
        SignalError.CHOICES_CHANGED,
        lambda: services.question_update(
            actor=cast.worker,
            question=built.helped,
            kind="single",
            text=HELPED,
            choices=[YES, NO, {"nl": "Misschien", "ar": "ربما"}],
        ),
    )
    refused(
        SignalError.NOT_DRAFT,
        lambda: services.survey_update(
            actor=cast.worker, survey=survey, title=TITLE, languages=["nl"]
        ),
    )
    refused(
        SignalError.ANONYMITY_FIXED,
        lambda: services.survey_update(
            actor=cast.worker, survey=survey, title=TITLE, anonymous=False
        ),
    )
    refused(
        SignalError.DELETE_NOT_DRAFT,
        lambda: services.survey_delete(actor=cast.worker, survey=survey),
    )
    refused(SignalError.NOT_DRAFT, lambda: services.survey_open(actor=cast.worker, survey=survey))
    refused(
        SignalError.REOPEN_NOT_CLOSED,
        lambda: services.survey_reopen(actor=cast.worker, survey=survey),
    )


def test_a_draft_cannot_be_closed(cast, built):
    refused(
        SignalError.CLOSE_NOT_OPEN,
        lambda: services.survey_close(actor=cast.worker, survey=built.survey),
    )


def test_another_places_worker_builds_nothing_here(cast, built):
    els = cast.school_worker
    refused(
        CommunityError.NOT_YOUR_PLACE,
        lambda: services.survey_create(
            actor=els, place=cast.rabot, title=TITLE, languages=["nl", "ar"]
        ),
    )
    refused(
        CommunityError.NOT_YOUR_PLACE,
        lambda: services.question_add(actor=els, survey=built.survey, kind="text", text=HELPED),
    )
    refused(
        CommunityError.NOT_YOUR_PLACE,
        lambda: services.skip_rule_set(
            actor=els, question=built.helped, choice=built.yes, target=None
        ),
    )
    refused(
        CommunityError.NOT_YOUR_PLACE, lambda: services.survey_open(actor=els, survey=built.survey)
    )
    refused(
        CommunityError.NOT_YOUR_PLACE,
        lambda: services.survey_delete(actor=els, survey=built.survey),
    )


@pytest.mark.parametrize("who", ["volunteer", "analyst", "neighbour", "shop"])
def test_only_staff_build_surveys(cast, who):
    refused(
        CommunityError.NOT_YOUR_PLACE,
        lambda: services.survey_create(
            actor=getattr(cast, who), place=cast.rabot, title=TITLE, languages=["nl", "ar"]
        ),
    )
