"""Sara builds a survey in Dutch and Arabic: every kind of question, every text in both
languages, questions in the order she wants them."""

from decimal import Decimal

import pytest

from nabij.errors import DomainError
from nabij.signals.choices import SurveyStatus
from nabij.signals.errors import SignalError
from nabij.signals.models import Choice, Question, SkipRule
from nabij.signals.selectors.surveys import survey_outline
from nabij.signals.services import surveys as services
from tests.signals.conftest_surveys import (
    HELPED,
    NO,
    TITLE,
    YES,
    built_fixture,  # noqa: F401 (the fixture `built`)
    choice_question,
    draft_survey,
    text_question,
)


def test_a_new_survey_is_an_anonymous_draft_with_a_random_public_key(cast):
    survey = draft_survey(cast)

    assert survey.status == SurveyStatus.DRAFT
    assert survey.anonymous
    assert survey.languages == ["nl", "ar"]
    assert survey.title == TITLE
    assert survey.created_by == cast.worker
    assert len(survey.public_key) >= 16
    assert draft_survey(cast).public_key != survey.public_key


def test_the_first_language_is_the_one_it_is_written_in_and_doubles_are_dropped(cast):
    survey = services.survey_create(
        actor=cast.worker,
        place=cast.rabot,
        title={"ar": "استطلاع", "nl": "Bevraging"},
        languages=["ar", "nl", "ar"],
    )
    assert survey.languages == ["ar", "nl"]


def test_every_kind_of_question_is_kept_with_its_own_fields(cast, built):
    assert [q.position for q in built.survey.questions.order_by("position")] == [1, 2, 3, 4]
    assert built.helped.kind == "single"
    assert [c.label for c in built.helped.choices.order_by("position")] == [YES, NO]
    assert built.why_not.kind == "text" and not built.why_not.choices.exists()
    assert (built.content.scale_min, built.content.scale_max) == (1, 5)
    assert built.content.scale_labels["ar"] == ["أبدا", "كثيرا جدا"]
    assert (built.household.number_min, built.household.number_max) == (Decimal(1), Decimal(30))
    assert built.household.required


def test_a_multiple_choice_question_takes_choices_in_both_languages(cast, built):
    question = services.question_add(
        actor=cast.worker,
        survey=built.survey,
        kind="multiple",
        text={"nl": "Waarmee hielp men je?", "ar": "بماذا ساعدوك؟"},
        choices=[
            {"nl": "Boodschappen", "ar": "التسوق"},
            {"nl": "Papieren", "ar": "الأوراق"},
            {"nl": "Vervoer", "ar": "النقل"},
        ],
        help={"nl": "Kies alles wat past.", "ar": "اختر كل ما ينطبق."},
    )
    assert question.position == 5
    assert question.choices.count() == 3
    assert question.help["nl"] == "Kies alles wat past."


def test_texts_in_languages_the_survey_does_not_have_are_not_kept(cast):
    survey = draft_survey(cast)
    question = services.question_add(
        actor=cast.worker,
        survey=survey,
        kind="text",
        text={"nl": " Waarom  niet? ", "ar": "لماذا لا؟", "fr": "Pourquoi pas ?"},
    )
    assert question.text == {"nl": "Waarom niet?", "ar": "لماذا لا؟"}


def test_the_builder_shows_every_text_in_every_language(cast, built):
    outline = survey_outline(built.survey)

    assert [item.question.pk for item in outline] == [
        built.helped.pk,
        built.why_not.pk,
        built.content.pk,
        built.household.pk,
    ]
    assert [(w.language.code, w.text) for w in outline[0].wordings] == [
        ("nl", HELPED["nl"]),
        ("ar", HELPED["ar"]),
    ]
    assert outline[0].wordings[1].language.rtl
    assert [c.label for c in outline[0].choices] == ["Ja", "Nee"]
    assert not any(item.missing for item in outline)


def test_a_language_added_to_a_draft_leaves_its_questions_to_translate(cast, built):
    services.survey_update(
        actor=cast.worker,
        survey=built.survey,
        title={**TITLE, "fr": "Enquête Rabot"},
        languages=["nl", "ar", "fr"],
    )
    built.survey.refresh_from_db()

    assert built.survey.languages == ["nl", "ar", "fr"]
    outline = survey_outline(built.survey)
    assert [language.code for language in outline[0].missing] == ["fr"]


def test_a_question_is_edited_and_its_choices_keep_their_rules(cast, built):
    services.skip_rule_set(
        actor=cast.worker, question=built.helped, choice=built.yes, target=built.content
    )
    services.question_update(
        actor=cast.worker,
        question=built.helped,
        kind="single",
        text=HELPED,
        choices=[{"nl": "Ja, zeker", "ar": "نعم"}, NO, {"nl": "Weet niet", "ar": "لا أعرف"}],
    )
    labels = [c.label["nl"] for c in built.helped.choices.order_by("position")]

    assert labels == ["Ja, zeker", "Nee", "Weet niet"]
    assert SkipRule.objects.get().choice.label["nl"] == "Ja, zeker"


def test_a_removed_question_takes_the_rules_to_it_along_and_the_rest_moves_up(cast, built):
    services.skip_rule_set(
        actor=cast.worker, question=built.helped, choice=built.yes, target=built.content
    )
    services.question_remove(actor=cast.worker, question=built.content)

    positions = dict(built.survey.questions.values_list("pk", "position"))
    assert positions == {built.helped.pk: 1, built.why_not.pk: 2, built.household.pk: 3}
    assert not SkipRule.objects.exists()


def test_questions_move_up_and_down(cast, built):
    services.question_move(actor=cast.worker, question=built.household, up=True)
    services.question_move(actor=cast.worker, question=built.helped, up=False)

    order = list(built.survey.questions.order_by("position").values_list("pk", flat=True))
    assert order == [built.why_not.pk, built.helped.pk, built.household.pk, built.content.pk]


def test_the_first_question_moved_up_stays_first(cast, built):
    services.question_move(actor=cast.worker, question=built.helped, up=True)
    assert Question.objects.get(pk=built.helped.pk).position == 1


def test_a_survey_with_questions_opens_closes_and_reopens(cast, built):
    survey = services.survey_open(actor=cast.worker, survey=built.survey)
    assert survey.status == SurveyStatus.OPEN and survey.opened_at is not None

    survey = services.survey_close(actor=cast.worker, survey=survey)
    assert survey.status == SurveyStatus.CLOSED and survey.closed_at is not None

    survey = services.survey_reopen(actor=cast.worker, survey=survey)
    assert survey.status == SurveyStatus.OPEN and survey.closed_at is None


def test_once_open_the_wording_may_still_be_improved(cast, built):
    services.survey_open(actor=cast.worker, survey=built.survey)
    services.question_update(
        actor=cast.worker,
        question=built.helped,
        kind="single",
        text={"nl": "Kreeg je deze maand hulp van iemand uit de buurt?", "ar": HELPED["ar"]},
        choices=[YES, NO],
    )
    assert Question.objects.get(pk=built.helped.pk).text["nl"].endswith("uit de buurt?")


def test_a_draft_is_deleted_with_its_questions(cast, built):
    services.survey_delete(actor=cast.worker, survey=built.survey)
    assert not Question.objects.exists() and not Choice.objects.exists()


def test_a_question_can_change_kind_while_draft(cast):
    survey = draft_survey(cast)
    question = choice_question(cast, survey)
    services.question_update(
        actor=cast.worker, question=question, kind="number", text=HELPED, number_min=0
    )
    question.refresh_from_db()
    assert question.kind == "number" and not question.choices.exists()


@pytest.mark.parametrize("languages", [["nl"], ["nl", "fr", "en", "ar", "tr"]])
def test_a_survey_can_be_in_one_language_or_all_five(cast, languages):
    title = {code: f"Bevraging {code}" for code in languages}
    survey = services.survey_create(
        actor=cast.worker, place=cast.rabot, title=title, languages=languages
    )
    text_question(cast, survey, text={code: f"Vraag {code}" for code in languages})
    assert services.survey_open(actor=cast.worker, survey=survey).status == "open"


def test_the_admin_may_build_too(cast):
    survey = draft_survey(cast, actor=cast.admin)
    assert survey.created_by == cast.admin


def test_a_question_needs_a_kind_nabij_knows(cast):
    survey = draft_survey(cast)
    with pytest.raises(DomainError) as caught:
        services.question_add(actor=cast.worker, survey=survey, kind="slider", text=HELPED)
    assert caught.value.code == SignalError.KIND_UNKNOWN
