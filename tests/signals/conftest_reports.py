"""What the signal report tests share: a small housing survey of Rabot with groups under
five, a survey of the school, testimonies in each state, a draft signal, and how to read
a PDF back.

The housing survey has 7 answers, entered on paper by Sara:
- 1 (single) "Hoe woon je?": Huur 3, Sociale huur 4, Eigen huis 0.
- 2 (single) "Heb je kinderen?": Ja 5 (3 of them in Huur), Nee 2.
- 3 (text) "Wat wil je nog zeggen?": no answers.
"""

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest
from django.utils import timezone

from nabij.signals.choices import (
    ConsentHow,
    NeedType,
    QuestionKind,
    ResponseChannel,
    SurveyStatus,
    TestimonyStatus,
)
from nabij.signals.models import (
    Answer,
    Choice,
    Question,
    Response,
    Signal,
    Survey,
    Testimony,
    UnmetNeed,
)
from nabij.signals.services.reports import signal_create

# A fixed moment in the middle of a month, so no day of the date on a PDF is a 1 to 4.
NOW = timezone.make_aware(datetime(2026, 11, 20, 10, 0))
TODAY = date(2026, 11, 20)


@dataclass
class Housing:
    survey: Survey
    living: Question
    children: Question
    remarks: Question
    choices: dict[str, Choice]


def make_survey(place, worker, *, title: str, key: str) -> Survey:
    return Survey.objects.create(
        place=place,
        title={"nl": title, "ar": f"{title} (ar)"},
        languages=["nl", "ar"],
        status=SurveyStatus.OPEN,
        public_key=key,
        created_by=worker,
        created_at=NOW - timedelta(days=30),
        opened_at=NOW - timedelta(days=30),
    )


def make_question(survey, position, kind, text, choices=()) -> Question:
    question = Question.objects.create(
        place=survey.place, survey=survey, position=position, kind=kind, text={"nl": text}
    )
    for index, label in enumerate(choices, start=1):
        Choice.objects.create(
            place=survey.place, question=question, position=index, label={"nl": label}
        )
    return question


@pytest.fixture(name="housing")
def housing_fixture(cast) -> Housing:
    survey = make_survey(cast.rabot, cast.worker, title="Wonen in Rabot", key="rabotwonenreport01")
    living = make_question(
        survey, 1, QuestionKind.SINGLE, "Hoe woon je?", ("Huur", "Sociale huur", "Eigen huis")
    )
    children = make_question(survey, 2, QuestionKind.SINGLE, "Heb je kinderen?", ("Ja", "Nee"))
    remarks = make_question(survey, 3, QuestionKind.TEXT, "Wat wil je nog zeggen?")
    choices = {c.label["nl"]: c for c in Choice.objects.filter(question__survey=survey)}
    picks = [("Huur", "Ja")] * 3 + [("Sociale huur", "Ja")] * 2 + [("Sociale huur", "Nee")] * 2
    for how, kids in picks:
        response = Response.objects.create(
            place=cast.rabot,
            survey=survey,
            language="nl",
            channel=ResponseChannel.PAPER,
            submitted_on=TODAY - timedelta(days=10),
            entered_by=cast.worker,
        )
        Answer.objects.bulk_create(
            [
                Answer(place=cast.rabot, response=response, question=living, choice=choices[how]),
                Answer(
                    place=cast.rabot, response=response, question=children, choice=choices[kids]
                ),
            ]
        )
    return Housing(survey, living, children, remarks, choices)


@pytest.fixture(name="school_survey")
def school_survey_fixture(cast) -> Survey:
    survey = make_survey(
        cast.school, cast.school_worker, title="Ouders van De Regenboog", key="regenboogouders01"
    )
    make_question(survey, 1, QuestionKind.SINGLE, "Eet je kind 's middags warm?", ("Ja", "Nee"))
    return survey


def make_testimony(place, recorder, reviewer, text, status, context="") -> Testimony:
    reviewed = status in (TestimonyStatus.APPROVED, TestimonyStatus.REJECTED)
    return Testimony.objects.create(
        place=place,
        text=text,
        context=context,
        theme=NeedType.HOUSING,
        consent_how=ConsentHow.SPOKEN,
        consent_on=TODAY - timedelta(days=5),
        status=status,
        recorded_by=recorder,
        recorded_at=NOW - timedelta(days=5),
        reviewed_by=reviewer if reviewed else None,
        reviewed_at=NOW - timedelta(days=4) if reviewed else None,
    )


@pytest.fixture(name="approved_testimony")
def approved_testimony_fixture(cast) -> Testimony:
    return make_testimony(
        cast.rabot,
        cast.worker,
        cast.admin,
        "Elke maand kies ik tussen de huur en eten voor de kinderen.",
        TestimonyStatus.APPROVED,
        context="moeder van drie, huurt privé",
    )


@pytest.fixture(name="draft_testimony")
def draft_testimony_fixture(cast) -> Testimony:
    return make_testimony(
        cast.rabot,
        cast.worker,
        None,
        "De verwarming werkt al twee winters niet.",
        TestimonyStatus.DRAFT,
        context="oudere man, alleenstaand",
    )


@pytest.fixture(name="needs")
def needs_fixture(cast) -> list[UnmetNeed]:
    """Eleven people with a housing need in November, three with one about income."""
    rows = [(NeedType.HOUSING, 11), (NeedType.INCOME, 3)]
    return [
        UnmetNeed.objects.create(
            place=cast.rabot,
            need_type=kind,
            noted_on=TODAY - timedelta(days=8),
            people=people,
            recorded_by=cast.worker,
            recorded_at=NOW - timedelta(days=8),
        )
        for kind, people in rows
    ]


@pytest.fixture(name="signal")
def signal_fixture(cast) -> Signal:
    return signal_create(
        actor=cast.worker,
        place=cast.rabot,
        title="Betaalbaar wonen in Rabot",
        issue="Gezinnen in Rabot betalen een te groot deel van hun inkomen aan huur.",
        demands="Meer sociale woningen en een huurtoelage voor gezinnen.",
        now=NOW - timedelta(days=2),
    )
