"""A survey of Rabot's neighbourhood work, in Dutch and Arabic, for the builder's tests.

"Kreeg je deze maand hulp van een buur?" (yes/no), then "Waarom niet?" (open), how
satisfied someone is with the neighbourhood (a scale of 1 to 5) and how many people live
in their home (a number)."""

from dataclasses import dataclass

import pytest

from nabij.signals.models import Choice, Question, Survey
from nabij.signals.services import surveys as services

TITLE = {"nl": "Buurtbevraging Rabot", "ar": "استطلاع حي رابوت"}
HELPED = {"nl": "Kreeg je deze maand hulp van een buur?", "ar": "هل ساعدك أحد الجيران هذا الشهر؟"}
YES = {"nl": "Ja", "ar": "نعم"}
NO = {"nl": "Nee", "ar": "لا"}
WHY_NOT = {"nl": "Waarom niet?", "ar": "لماذا لا؟"}
CONTENT = {"nl": "Hoe graag woon je in de buurt?", "ar": "كم تحب العيش في الحي؟"}
HOUSEHOLD = {"nl": "Hoeveel mensen wonen er bij je thuis?", "ar": "كم شخصا يعيش في بيتك؟"}


def draft_survey(cast, *, languages=("nl", "ar"), actor=None) -> Survey:
    return services.survey_create(
        actor=actor or cast.worker,
        place=cast.rabot,
        title={code: TITLE[code] for code in languages},
        languages=list(languages),
    )


def choice_question(cast, survey: Survey, text=HELPED, choices=(YES, NO)) -> Question:
    return services.question_add(
        actor=cast.worker, survey=survey, kind="single", text=text, choices=list(choices)
    )


def text_question(cast, survey: Survey, text=WHY_NOT) -> Question:
    return services.question_add(actor=cast.worker, survey=survey, kind="text", text=text)


@dataclass
class Built:
    survey: Survey
    helped: Question
    why_not: Question
    content: Question
    household: Question

    @property
    def yes(self) -> Choice:
        return self.helped.choices.get(position=1)

    @property
    def no(self) -> Choice:
        return self.helped.choices.get(position=2)


@pytest.fixture(name="built")
def built_fixture(cast) -> Built:
    """Sara's draft survey with its four questions and no rules yet."""
    survey = draft_survey(cast)
    return Built(
        survey=survey,
        helped=choice_question(cast, survey),
        why_not=text_question(cast, survey),
        content=services.question_add(
            actor=cast.worker,
            survey=survey,
            kind="scale",
            text=CONTENT,
            scale_min=1,
            scale_max=5,
            scale_labels={"nl": ["helemaal niet", "heel graag"], "ar": ["أبدا", "كثيرا جدا"]},
        ),
        household=services.question_add(
            actor=cast.worker,
            survey=survey,
            kind="number",
            text=HOUSEHOLD,
            number_min=1,
            number_max=30,
            required=True,
        ),
    )
