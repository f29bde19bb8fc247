"""The demo's signals: a winter survey with a few hundred answers in four languages that
follow the skip rule, an open survey whose link works, unmet needs, reviewed testimonies,
and one signal report sent, answered and closed."""

from collections import Counter, defaultdict
from statistics import mean

import pytest
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from nabij.demo.generator import generate
from nabij.demo.signals import seed_signals
from nabij.signals.choices import (
    FigureKind,
    QuestionKind,
    ResponseChannel,
    SignalOutcome,
    SignalStatus,
    SurveyStatus,
)
from nabij.signals.choices import TestimonyStatus as Review
from nabij.signals.flow import route
from nabij.signals.models import Answer, Response, Signal, Survey, UnmetNeed
from nabij.signals.models import Testimony as Quote
from nabij.signals.open_answers import OpenAnswer, group_answers
from nabij.signals.selectors.results import survey_question_table
from nabij.signals.selectors.surveys import survey_steps
from tests.demo.conftest import NOW, SEED, SIZE
from tests.pdf import pdf_text

WINTER = "Hoe gaat het met je, deze winter?"


@pytest.fixture(scope="module")
def rabot(django_db_setup, django_db_blocker):
    """The demo, generated once for this module and rolled back afterwards (each test
    runs inside it, in a savepoint of its own)."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            generate(members=SIZE, seed=SEED, now=NOW)
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            raise
    yield
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)


@pytest.fixture
def demo_signals(rabot, db):
    return None


def _winter() -> Survey:
    return Survey.objects.get(title__nl=WINTER)


def _question(survey: Survey, nl: str):
    return survey.questions.get(text__nl=nl)


def _picked(survey: Survey) -> dict[int, dict[int, list[int]]]:
    picked: dict[int, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    for response, question, choice in Answer.objects.filter(
        response__survey=survey, choice__isnull=False
    ).values_list("response", "question", "choice"):
        picked[response][question].append(choice)
    return picked


def test_the_winter_survey_has_a_few_hundred_answers_in_four_languages(demo_signals):
    survey = _winter()
    responses = Response.objects.filter(survey=survey)
    languages = Counter(responses.values_list("language", flat=True))

    assert survey.status == SurveyStatus.CLOSED
    assert survey.languages == ["nl", "ar", "tr", "fr"]
    assert 300 <= responses.count() <= 340
    assert set(languages) == {"nl", "ar", "tr", "fr"}
    assert languages["nl"] > languages["ar"] > languages["fr"]
    assert languages["tr"] > languages["fr"]
    assert set(responses.values_list("channel", flat=True)) == set(ResponseChannel.values)
    assert not responses.filter(channel=ResponseChannel.WEB, token_hash__isnull=True).exists()
    assert not responses.exclude(channel=ResponseChannel.WEB).filter(entered_by=None).exists()
    first, last = min(r.submitted_on for r in responses), max(r.submitted_on for r in responses)
    assert survey.opened_at.date() <= first
    assert last < survey.closed_at.date()
    assert (last - first).days >= 30
    for question in survey.questions.exclude(kind=QuestionKind.TEXT):
        texts = [question.text, *(choice.label for choice in question.choices.all())]
        assert all(set(text) == set(survey.languages) for text in texts), question


def test_every_response_follows_the_skip_route(demo_signals):
    survey = _winter()
    steps = survey_steps(survey)
    picked = _picked(survey)
    answered: dict[int, set[int]] = defaultdict(set)
    for response, question in Answer.objects.filter(response__survey=survey).values_list(
        "response", "question"
    ):
        answered[response].add(question)
    why_not = _question(survey, "Waarom niet?")
    helped = _question(survey, "Kreeg je deze winter hulp van een buur?")
    yes = helped.choices.get(position=1)

    assert survey.skip_rules.get().choice == yes
    for response in Response.objects.filter(survey=survey).values_list("pk", flat=True):
        on_route = set(route(steps, picked[response]))
        assert answered[response] <= on_route, response
        assert why_not.pk not in on_route or yes.pk not in picked[response][helped.pk]
    answering_why = {r for r, questions in answered.items() if why_not.pk in questions}
    got_help = {r for r, by_question in picked.items() if yes.pk in by_question[helped.pk]}
    assert answering_why and got_help
    assert not answering_why & got_help


def test_who_cannot_pay_for_energy_feels_lonelier(demo_signals):
    survey = _winter()
    energy = _question(survey, "Lukt het om je energierekening te betalen?")
    lonely = _question(survey, "Hoe eenzaam voel je je?")
    pays, _sometimes, cannot = energy.choices.order_by("position")
    payers = Answer.objects.filter(question=energy, choice=pays).values("response")
    not_payers = Answer.objects.filter(question=energy, choice=cannot).values("response")

    def loneliness(responses) -> float:
        return mean(
            Answer.objects.filter(question=lonely, response__in=responses).values_list(
                "number", flat=True
            )
        )

    assert loneliness(not_payers) >= loneliness(payers) + 1
    table = survey_question_table(survey, lonely, by_question=energy)
    assert table.shown
    assert len(table.columns) == 3


def test_the_open_answers_fall_into_themes_in_each_language(demo_signals):
    survey = _winter()
    better = _question(survey, "Wat zou je buurt beter maken?")
    answers = [
        OpenAnswer(language, text)
        for language, text in Answer.objects.filter(question=better).values_list(
            "response__language", "text"
        )
    ]
    themes = {group.theme for group in group_answers(answers) if not group.is_rest}

    assert {"verwarming", "huur", "eenzaam", "speelplein", "veilig"} <= themes
    assert {"التدفئة", "kira", "sécurité"} <= themes


def test_the_playground_survey_is_open_and_its_link_works(demo_signals, client):
    survey = Survey.objects.get(title__nl="Het speelplein aan de Rabotstraat")

    assert survey.status == SurveyStatus.OPEN
    assert Response.objects.filter(survey=survey).count() >= 30
    page = client.get(reverse("signals:answer", args=["rabot", survey.public_key]))
    assert page.status_code == 200
    assert "Hoe vaak gaan je kinderen naar het speelplein?" in page.content.decode()


def test_unmet_needs_and_testimonies_are_recorded_by_staff(demo_signals):
    needs = UnmetNeed.objects.all()
    testimonies = Quote.objects.all()
    approved = testimonies.filter(status=Review.APPROVED)

    assert 30 <= needs.count() <= 60
    assert {"housing", "energy", "income", "paperwork", "rights"} <= set(
        needs.values_list("need_type", flat=True)
    )
    assert needs.exclude(group=None).exists() and needs.exclude(sector="").exists()
    assert not needs.filter(recorded_by=None).exists()
    assert 6 <= testimonies.count() <= 8
    assert testimonies.filter(language="ar").count() == 1
    assert testimonies.filter(status=Review.DRAFT, reviewed_by=None).count() == 1
    assert all(t.reviewed_by_id != t.recorded_by_id for t in approved)
    assert all(t.consent_on and t.consent_how for t in testimonies)


def _pdf_text(pdf: bytes) -> str:
    return " ".join(pdf_text(pdf).split())


def test_the_energy_signal_was_sent_answered_and_closed(demo_signals):
    signal = Signal.objects.get(title="Energiearmoede in Rabot")
    sending = signal.sendings.get()
    reply = signal.replies.get()

    assert signal.status == SignalStatus.CLOSED
    assert signal.outcome == SignalOutcome.PARTLY and signal.outcome_note
    assert list(signal.figures.values_list("kind", flat=True)) == [
        FigureKind.SURVEY_QUESTION,
        FigureKind.SURVEY_CROSSTAB,
        FigureKind.NEEDS_BY_TYPE,
    ]
    assert signal.quotes.count() == 3
    assert not signal.quotes.exclude(testimony__status=Review.APPROVED).exists()
    assert sending.recipient == "Gemeenteraad Gent – commissie Welzijn"
    assert reply.sender == "Schepen van Welzijn" and reply.sending == sending
    assert sending.sent_on <= reply.received_on <= signal.updated_at.date()
    assert "Energiearmoede in Rabot" in _pdf_text(bytes(sending.pdf))
    assert Signal.objects.filter(status=SignalStatus.DRAFT).count() == 1


def _signals_summary() -> dict:
    """The signals as written, in terms that do not depend on primary keys."""
    return {
        "surveys": sorted(Survey.objects.values_list("title__nl", "status", "public_key")),
        "responses": sorted(
            Counter(Response.objects.values_list("language", "channel", "submitted_on")).items()
        ),
        "answers": sorted(
            Counter(
                Answer.objects.values_list(
                    "response__token_hash",
                    "response__submitted_on",
                    "question__position",
                    "choice__position",
                    "number",
                    "text",
                )
            ).items(),
            key=repr,
        ),
        "needs": sorted(
            UnmetNeed.objects.values_list("need_type", "noted_on", "people", "sector", "note")
        ),
        "testimonies": sorted(Quote.objects.values_list("text", "status", "recorded_at")),
        "signals": sorted(Signal.objects.values_list("title", "status", "outcome", "updated_at")),
    }


def _reseeded(seed: int) -> dict:
    with transaction.atomic():
        Signal.objects.all().delete()
        Survey.objects.all().delete()
        Quote.objects.all().delete()
        UnmetNeed.objects.all().delete()
        seed_signals(seed=seed, now=timezone.localtime(NOW))
        summary = _signals_summary()
        transaction.set_rollback(True)
    return summary


def test_the_signals_are_the_same_for_the_same_seed(demo_signals):
    written = _signals_summary()

    assert _reseeded(SEED) == written
    assert _reseeded(SEED + 1)["answers"] != written["answers"]
