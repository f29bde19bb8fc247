"""A small survey of Rabot with 23 answers written straight into the database (on paper,
entered by Sara), so every published figure of the results can be worked out by hand.

Who answered what (i = 0..22):
- language: nl for i < 15, ar for the 8 others; channel: phone for i < 4, else paper.
- 1 (single) "Woon je hier langer dan 5 jaar?": Ja for i < 13, Nee for 13..20, none for 21, 22.
- 2 (multiple) "Waar maak je je zorgen over?": Huur for i < 12, also Energie for 5..11,
  Eenzaamheid for 12..14; no answer from 15 on.
- 3 (scale 1..5) "Hoe graag woon je in de buurt?": 4 for i < 10, 2 for 10..15, 5 for 16..22.
- 4 (number 1..12) "Met hoeveel mensen woon je samen?": 1 + i % 6.
- 5 (text) "Wat moet de stad doen?": see TEXTS.
"""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

import pytest
from django.utils import timezone

from nabij.signals.choices import QuestionKind, ResponseChannel, SurveyStatus
from nabij.signals.models import Answer, Choice, Question, Response, Survey

TEXTS = {
    0: "De huur is te hoog",
    1: "huur betalen lukt niet",
    2: "Mijn huur stijgt elk jaar",
    3: "Lagere huur",
    4: "huur omlaag",
    5: "Betaalbare huur!",
    6: "HUUR",
    7: "Meer bankjes op het plein",
    8: "Een buurthuis dat open is",
    9: "Niets",
    10: "Betere verlichting",
    15: "الإيجار مرتفع جدا",
    16: "لا أستطيع دفع الإيجار",
    17: "الإيجار غالي",
    18: "مشكلة الإيجار",
    19: "الإيجار كثير",
    20: "حديقة للأطفال",
}


@dataclass
class SmallSurvey:
    survey: Survey
    questions: dict[int, Question]  # by position
    choices: dict[str, Choice] = field(default_factory=dict)  # by Dutch label

    def q(self, position: int) -> Question:
        return self.questions[position]

    def c(self, label: str) -> int:
        return self.choices[label].pk


def survey_create(place, worker, *, title="Wonen in Rabot", languages=("nl", "ar")) -> Survey:
    now = timezone.now()
    return Survey.objects.create(
        place=place,
        title={lang: f"{title} ({lang})" if lang != "nl" else title for lang in languages},
        languages=list(languages),
        status=SurveyStatus.OPEN,
        public_key=f"k{Survey.objects.count():04d}rabotresults0",
        created_by=worker,
        created_at=now,
        opened_at=now,
    )


def question_add(survey, position, kind, text, *, choices=(), **extra) -> Question:
    question = Question.objects.create(
        place=survey.place,
        survey=survey,
        position=position,
        kind=kind,
        text={"nl": text, "ar": f"{text} (ar)"},
        **extra,
    )
    for index, label in enumerate(choices, start=1):
        Choice.objects.create(
            place=survey.place,
            question=question,
            position=index,
            label={"nl": label, "ar": f"{label} (ar)"},
        )
    return question


def response_add(survey, worker, *, language="nl", channel=ResponseChannel.PAPER, answers=()):
    """One response entered by a worker; `answers` holds (question, value) pairs with a
    list of choice ids, an int for a scale, a Decimal for a number or a text."""
    response = Response.objects.create(
        place=survey.place,
        survey=survey,
        language=language,
        channel=channel,
        submitted_on=date(2026, 11, 2),
        entered_by=worker,
    )
    rows = []
    for question, value in answers:
        if isinstance(value, list):
            rows += [
                Answer(place=survey.place, response=response, question=question, choice_id=pk)
                for pk in value
            ]
        elif isinstance(value, str):
            rows.append(
                Answer(place=survey.place, response=response, question=question, text=value)
            )
        else:
            rows.append(
                Answer(place=survey.place, response=response, question=question, number=value)
            )
    Answer.objects.bulk_create(rows)
    return response


@pytest.fixture
def small_survey(cast) -> SmallSurvey:
    survey = survey_create(cast.rabot, cast.worker)
    questions = {
        1: question_add(
            survey, 1, QuestionKind.SINGLE, "Woon je hier langer dan 5 jaar?", choices=("Ja", "Nee")
        ),
        2: question_add(
            survey,
            2,
            QuestionKind.MULTIPLE,
            "Waar maak je je zorgen over?",
            choices=("Huur", "Energie", "Eenzaamheid"),
        ),
        3: question_add(
            survey,
            3,
            QuestionKind.SCALE,
            "Hoe graag woon je in de buurt?",
            scale_min=1,
            scale_max=5,
            scale_labels={"nl": ["niet graag", "heel graag"]},
        ),
        4: question_add(
            survey,
            4,
            QuestionKind.NUMBER,
            "Met hoeveel mensen woon je samen?",
            number_min=Decimal(1),
            number_max=Decimal(12),
        ),
        5: question_add(survey, 5, QuestionKind.TEXT, "Wat moet de stad doen?"),
    }
    small = SmallSurvey(survey=survey, questions=questions)
    small.choices = {c.label["nl"]: c for c in Choice.objects.filter(question__survey=survey)}
    for i in range(23):
        answers = []
        if i < 13:
            answers.append((questions[1], [small.c("Ja")]))
        elif i <= 20:
            answers.append((questions[1], [small.c("Nee")]))
        worries = []
        if i < 12:
            worries.append(small.c("Huur"))
        if 5 <= i <= 11:
            worries.append(small.c("Energie"))
        if 12 <= i <= 14:
            worries.append(small.c("Eenzaamheid"))
        if worries:
            answers.append((questions[2], worries))
        answers.append((questions[3], Decimal(4 if i < 10 else 2 if i <= 15 else 5)))
        answers.append((questions[4], Decimal(1 + i % 6)))
        if i in TEXTS:
            answers.append((questions[5], TEXTS[i]))
        response_add(
            survey,
            cast.worker,
            language="nl" if i < 15 else "ar",
            channel=ResponseChannel.PHONE if i < 4 else ResponseChannel.PAPER,
            answers=answers,
        )
    return small
