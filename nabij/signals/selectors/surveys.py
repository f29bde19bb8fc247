"""Reads of surveys: what the route through a survey needs, the surveys of a place, and a
survey laid out question by question in each of its languages for the builder."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, IntegerField, OuterRef, Prefetch, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import get_language_info

from nabij.community.models import Place
from nabij.i18n import NATIVE_NAMES, text_direction
from nabij.signals.flow import Step
from nabij.signals.models import Choice, Question, Response, SkipRule, Survey


def survey_steps(survey: Survey) -> list[Step]:
    """The survey's questions in order, each with its skip rules in choice order."""
    rules: dict[int, dict[int, int | None]] = defaultdict(dict)
    for question, choice, target in (
        SkipRule.objects.filter(survey=survey)
        .order_by("question__position", "choice__position")
        .values_list("question", "choice", "target")
    ):
        rules[question][choice] = target
    questions = survey.questions.order_by("position").values_list("pk", flat=True)
    return [Step(question=pk, rules=rules.get(pk, {})) for pk in questions]


@dataclass(frozen=True)
class Language:
    """A survey language as a page shows it: its Dutch name (translated with the
    interface) and its own name, and which way it is written."""

    code: str
    name: str
    local: str

    @property
    def direction(self) -> str:
        return text_direction(self.code)

    @property
    def rtl(self) -> bool:
        return self.direction == "rtl"


def language_of(code: str) -> Language:
    names = dict(settings.LANGUAGES)
    try:
        local = NATIVE_NAMES.get(code) or get_language_info(code)["name_local"]
    except KeyError:
        local = code
    return Language(code=code, name=names.get(code, code), local=local)


def survey_languages() -> list[Language]:
    """The languages a survey can be written in: those of the interface."""
    return [language_of(code) for code, _ in settings.LANGUAGES]


def surveys_of_place(place: Place) -> QuerySet[Survey]:
    """The place's surveys, newest first, each with its number of questions and answers
    (counted in subqueries, so a survey with many answers is not multiplied out)."""

    def counted(model, link: str):
        rows = (
            model.objects.filter(**{link: OuterRef("pk")})
            .order_by()
            .values(link)
            .annotate(n=Count("pk"))
            .values("n")
        )
        return Coalesce(Subquery(rows, output_field=IntegerField()), 0)

    return Survey.objects.filter(place=place).annotate(
        question_count=counted(Question, "survey"), answer_count=counted(Response, "survey")
    )


@dataclass(frozen=True)
class Wording:
    """One text in one language; empty when it is still to be written."""

    language: Language
    text: str


@dataclass
class ChoiceOutline:
    pk: int
    position: int
    label: str  # in the survey's first language
    wordings: list[Wording]


@dataclass
class RuleOutline:
    pk: int
    choice: str  # the choice's label in the survey's first language
    target: int | None  # the target question's position; None: the survey ends


@dataclass
class QuestionOutline:
    question: Question
    wordings: list[Wording]
    help: list[Wording]
    choices: list[ChoiceOutline] = field(default_factory=list)
    rules: list[RuleOutline] = field(default_factory=list)
    scale_low: list[Wording] = field(default_factory=list)
    scale_high: list[Wording] = field(default_factory=list)
    later: list[Question] = field(default_factory=list)  # where a rule may jump to
    missing: list[Language] = field(default_factory=list)  # languages with a gap

    @property
    def choice_kind(self) -> bool:
        return self.question.kind in ("single", "multiple")


def _wordings(texts: dict, languages: list[Language]) -> list[Wording]:
    return [Wording(language, (texts or {}).get(language.code, "")) for language in languages]


def survey_outline(survey: Survey) -> list[QuestionOutline]:
    """The survey's questions in order with every text in every language, its choices,
    and its skip rules in words (three queries, however long the survey)."""
    languages = [language_of(code) for code in survey.languages]
    first = survey.languages[0]
    questions = list(
        survey.questions.order_by("position").prefetch_related(
            Prefetch("choices", queryset=Choice.objects.order_by("position")),
            Prefetch(
                "skip_rules",
                queryset=SkipRule.objects.select_related("choice", "target").order_by(
                    "choice__position"
                ),
            ),
        )
    )
    outline = []
    for index, question in enumerate(questions):
        ends = question.scale_labels or {}
        item = QuestionOutline(
            question=question,
            wordings=_wordings(question.text, languages),
            help=_wordings(question.help, languages) if question.help else [],
            choices=[
                ChoiceOutline(
                    pk=choice.pk,
                    position=choice.position,
                    label=choice.label.get(first, ""),
                    wordings=_wordings(choice.label, languages),
                )
                for choice in question.choices.all()
            ],
            rules=[
                RuleOutline(
                    pk=rule.pk,
                    choice=rule.choice.label.get(first, ""),
                    target=rule.target.position if rule.target else None,
                )
                for rule in question.skip_rules.all()
            ],
            scale_low=_wordings({k: v[0] for k, v in ends.items() if v}, languages) if ends else [],
            scale_high=_wordings({k: v[1] for k, v in ends.items() if len(v) > 1}, languages)
            if ends
            else [],
            later=questions[index + 1 :],
        )
        texts = [*item.wordings, *item.help, *item.scale_low, *item.scale_high]
        texts += [w for choice in item.choices for w in choice.wordings]
        item.missing = [
            language
            for language in languages
            if any(w.language == language and not w.text for w in texts)
        ]
        outline.append(item)
    return outline
