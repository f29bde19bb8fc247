"""A survey to answer, written straight into the database (the builder is tested apart).

Rabot asks its neighbours, in Dutch and Arabic, whether they asked for help this year.
Whoever answers "Nee" skips the questions about that help and goes on at question 4.

    1. Heb je dit jaar hulp gevraagd?  (single, required)  Ja / Nee -> 4
    2. Waarvoor vroeg je hulp?         (multiple)          Eten / Wonen / Papieren
    3. Hoe tevreden ben je?            (scale 1-5, required)
    4. Met hoeveel mensen woon je?     (number 1-20, required)
    5. Wat moet er beter in de buurt?  (open text)
"""

import secrets
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from nabij.community.models import Member, Place
from nabij.signals.choices import QuestionKind, SurveyStatus
from nabij.signals.models import Choice, Question, SkipRule, Survey

TITLE = {"nl": "Hoe gaat het in de buurt?", "ar": "كيف الحال في الحي؟"}


@dataclass
class Asked:
    """The survey and its parts, by what they mean."""

    survey: Survey
    helped: Question  # 1
    what_for: Question  # 2
    content: Question  # 3
    household: Question  # 4
    better: Question  # 5
    yes: Choice
    no: Choice
    food: Choice
    housing: Choice
    papers: Choice

    def answered_yes(self) -> dict:
        """A full answer from someone who asked for help."""
        return {
            self.helped.pk: [self.yes.pk],
            self.what_for.pk: [self.food.pk, self.papers.pk],
            self.content.pk: 4,
            self.household.pk: Decimal("3"),
            self.better.pk: "Meer plaats in de huiswerkklas.",
        }


def _question(survey: Survey, position: int, kind: str, nl: str, ar: str, **more) -> Question:
    return Question.objects.create(
        place=survey.place,
        survey=survey,
        position=position,
        kind=kind,
        text={"nl": nl, "ar": ar},
        **more,
    )


def _choice(question: Question, position: int, nl: str, ar: str) -> Choice:
    return Choice.objects.create(
        place=question.place, question=question, position=position, label={"nl": nl, "ar": ar}
    )


def survey_build(
    place: Place,
    *,
    creator: Member | None = None,
    status: str = SurveyStatus.OPEN,
    now: datetime | None = None,
    anonymous: bool = True,
) -> Asked:
    now = now or timezone.now()
    survey = Survey.objects.create(
        place=place,
        title=TITLE,
        intro={"nl": "Vijf korte vragen.", "ar": "خمسة أسئلة قصيرة."},
        languages=["nl", "ar"],
        status=status,
        anonymous=anonymous,
        public_key=secrets.token_urlsafe(16),
        created_by=creator,
        created_at=now,
        opened_at=None if status == SurveyStatus.DRAFT else now,
        closed_at=now if status == SurveyStatus.CLOSED else None,
    )
    helped = _question(
        survey, 1, QuestionKind.SINGLE, "Heb je dit jaar hulp gevraagd?", "هل طلبت مساعدة؟",
        required=True,
    )  # fmt: skip
    yes, no = _choice(helped, 1, "Ja", "نعم"), _choice(helped, 2, "Nee", "لا")
    what_for = _question(survey, 2, QuestionKind.MULTIPLE, "Waarvoor vroeg je hulp?", "لماذا؟")
    food = _choice(what_for, 1, "Eten", "طعام")
    housing = _choice(what_for, 2, "Wonen", "سكن")
    papers = _choice(what_for, 3, "Papieren", "أوراق")
    content = _question(
        survey, 3, QuestionKind.SCALE, "Hoe tevreden ben je over de hulp?", "ما مدى رضاك؟",
        required=True, scale_min=1, scale_max=5,
        scale_labels={"nl": ["helemaal niet", "heel erg"], "ar": ["أبدا", "جدا"]},
    )  # fmt: skip
    household = _question(
        survey, 4, QuestionKind.NUMBER, "Met hoeveel mensen woon je?", "كم شخصا يعيش معك؟",
        required=True, number_min=Decimal("1"), number_max=Decimal("20"),
    )  # fmt: skip
    better = _question(
        survey, 5, QuestionKind.TEXT, "Wat moet er beter in de buurt?", "ما الذي يجب تحسينه؟"
    )
    SkipRule.objects.create(
        place=place, survey=survey, question=helped, choice=no, target=household
    )
    return Asked(
        survey, helped, what_for, content, household, better, yes, no, food, housing, papers
    )


@pytest.fixture(name="asked")
def asked_fixture(cast) -> Asked:
    """Rabot's open survey about help this year, in Dutch and Arabic."""
    return survey_build(cast.rabot, creator=cast.worker)
