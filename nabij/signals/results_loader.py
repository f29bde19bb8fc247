"""Reads one survey's answers into the pure core's `SurveyData`: four queries, however
many answers (questions, choices, responses, answers), as plain values."""

from collections import defaultdict
from decimal import Decimal

from django.utils.translation import get_language

from nabij.signals.choices import QuestionKind
from nabij.signals.flow import route
from nabij.signals.models import Answer, Choice, Question, Response, Survey
from nabij.signals.results import Option, QuestionSpec, Respondent, SurveyData
from nabij.signals.selectors.surveys import survey_steps


def _text(texts: dict, language: str, fallback: str) -> str:
    texts = texts or {}
    return texts.get(language) or texts.get(fallback) or next(iter(texts.values()), "")


def display_language(survey: Survey) -> str:
    """The language results are shown in: the reader's, when the survey has it, else the
    survey's first language."""
    current = (get_language() or "").split("-")[0]
    return current if current in survey.languages else survey.languages[0]


def _scale_options(low: int, high: int, labels: dict, language: str, fallback: str):
    ends = labels.get(language) or labels.get(fallback) or []
    options = []
    for value in range(low, high + 1):
        label = str(value)
        if len(ends) == 2 and value in (low, high):
            label = f"{value} ({ends[0] if value == low else ends[1]})"
        options.append(Option(value=value, label=label))
    return tuple(options)


def survey_questions(survey: Survey, *, language: str | None = None) -> tuple[QuestionSpec, ...]:
    language = language or display_language(survey)
    fallback = survey.languages[0]
    choices: dict[int, list[Option]] = defaultdict(list)
    for pk, question, label in (
        Choice.objects.filter(question__survey=survey)
        .order_by("question", "position")
        .values_list("pk", "question", "label")
    ):
        choices[question].append(Option(value=pk, label=_text(label, language, fallback)))
    specs = []
    for row in (
        Question.objects.filter(survey=survey)
        .order_by("position")
        .values(
            "pk", "position", "kind", "text", "scale_min", "scale_max", "scale_labels",
            "number_min", "number_max",
        )
    ):  # fmt: skip
        if row["kind"] == QuestionKind.SCALE:
            options = _scale_options(
                row["scale_min"], row["scale_max"], row["scale_labels"] or {}, language, fallback
            )
        else:
            options = tuple(choices.get(row["pk"], ()))
        specs.append(
            QuestionSpec(
                id=row["pk"],
                position=row["position"],
                kind=row["kind"],
                text=_text(row["text"], language, fallback),
                options=options,
                number_min=row["number_min"],
                number_max=row["number_max"],
            )
        )
    return tuple(specs)


def survey_data(survey: Survey, *, language: str | None = None) -> SurveyData:
    """Every response of the survey with its answers."""
    questions = survey_questions(survey, language=language)
    scales = {q.id for q in questions if q.kind == QuestionKind.SCALE}
    picked: dict[int, dict[int, set[int]]] = defaultdict(lambda: defaultdict(set))
    numbers: dict[int, dict[int, Decimal]] = defaultdict(dict)
    texts: dict[int, dict[int, str]] = defaultdict(dict)
    for response, question, choice, number, text in Answer.objects.filter(
        response__survey=survey
    ).values_list("response", "question", "choice", "number", "text"):
        if choice is not None:
            picked[response][question].add(choice)
        elif number is not None:
            if question in scales:
                picked[response][question].add(int(number))
            else:
                numbers[response][question] = number
        elif text:
            texts[response][question] = text
    steps = survey_steps(survey)
    ruled = any(step.rules for step in steps)
    respondents = []
    rows = Response.objects.filter(survey=survey).order_by("pk")
    for pk, language_code, channel in rows.values_list("pk", "language", "channel"):
        chosen = {q: frozenset(v) for q, v in picked.get(pk, {}).items()}
        respondents.append(
            Respondent(
                id=pk,
                language=language_code,
                channel=channel,
                picked=chosen,
                numbers=numbers.get(pk, {}),
                texts=texts.get(pk, {}),
                # Only with skip rules can someone not have been asked a question.
                asked=frozenset(route(steps, chosen)) if ruled else None,
            )
        )
    return SurveyData(questions=questions, respondents=tuple(respondents))
