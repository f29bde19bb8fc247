"""The survey as a form: one field per question, in one of the survey's languages.

Every question field is optional for the form itself: whether an answer is needed depends
on the route, which the checks of nabij.signals.services.answers decide. The same layout
(`questions_shown`) prints the paper version.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from django import forms
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from nabij.community.models import Member, Role
from nabij.errors import DomainError
from nabij.signals.choices import CHOICE_KINDS, QuestionKind, ResponseChannel
from nabij.signals.models import Question, SkipRule, Survey
from nabij.signals.selectors.surveys import survey_steps
from nabij.signals.services.answers import (
    TEXT_LIMIT,
    AnswerValue,
    answers_check,
    field_name,
    question_rules,
)

INTERFACE = frozenset(code for code, _name in settings.LANGUAGES)


# --- the survey laid out in one language ---------------------------------------------


def language_picked(survey: Survey, asked: str | None) -> str:
    """The language asked for (?taal=) when the survey has it, else its first language."""
    return asked if asked in survey.languages else survey.languages[0]


def interface_language(language: str) -> str:
    """The interface follows the survey's language where Nabij speaks it."""
    return language if language in INTERFACE else translation.get_language()


@dataclass(frozen=True)
class Jump:
    """A skip instruction: who picked `choice` goes on at question `to` (None: the end)."""

    choice: str
    to: int | None


@dataclass(frozen=True)
class ChoiceShown:
    pk: int
    label: str
    jump: Jump | None


@dataclass(frozen=True)
class QuestionShown:
    """A question as a page or a paper form shows it, numbered 1, 2, ... in order."""

    pk: int
    number: int
    kind: str
    text: str
    help: str
    required: bool
    choices: list[ChoiceShown]
    jumps: list[Jump]
    scale: list[int]
    scale_ends: tuple[str, str] | None
    number_min: Decimal | None
    number_max: Decimal | None

    @property
    def field(self) -> str:
        return field_name(self.pk)

    @property
    def picks(self) -> bool:
        return self.kind in CHOICE_KINDS

    @property
    def single(self) -> bool:
        return self.kind == QuestionKind.SINGLE


def _in(texts: Mapping[str, str] | None, language: str, fallback: str) -> str:
    texts = texts or {}
    return texts.get(language) or texts.get(fallback, "")


def questions_shown(survey: Survey, language: str) -> list[QuestionShown]:
    """The survey's questions in `language` (the first language where a text is missing)."""
    first = survey.languages[0]
    questions = list(
        Question.objects.filter(survey=survey).order_by("position").prefetch_related("choices")
    )
    numbers = {question.pk: n for n, question in enumerate(questions, start=1)}
    targets = {
        choice: target
        for choice, target in SkipRule.objects.filter(survey=survey).values_list("choice", "target")
    }
    shown = []
    for question in questions:
        choices = []
        for choice in question.choices.all():  # in position order (Meta)
            label = _in(choice.label, language, first)
            jump = (
                Jump(choice=label, to=numbers.get(targets[choice.pk]))
                if choice.pk in targets
                else None
            )
            choices.append(ChoiceShown(pk=choice.pk, label=label, jump=jump))
        scale = (
            list(range(question.scale_min, question.scale_max + 1))
            if question.kind == QuestionKind.SCALE
            else []
        )
        ends = (question.scale_labels or {}).get(language) or (question.scale_labels or {}).get(
            first
        )
        shown.append(
            QuestionShown(
                pk=question.pk,
                number=numbers[question.pk],
                kind=question.kind,
                text=_in(question.text, language, first),
                help=_in(question.help, language, first),
                required=question.required,
                choices=choices,
                jumps=[choice.jump for choice in choices if choice.jump is not None],
                scale=scale,
                scale_ends=(ends[0], ends[1]) if ends and len(ends) == 2 and any(ends) else None,
                number_min=question.number_min,
                number_max=question.number_max,
            )
        )
    return shown


# --- the forms -----------------------------------------------------------------------


def _field(question: QuestionShown) -> forms.Field:
    common = {"label": question.text, "required": False}
    if question.kind == QuestionKind.SINGLE:
        return forms.TypedChoiceField(
            **common,
            coerce=int,
            empty_value=None,
            choices=[(choice.pk, choice.label) for choice in question.choices],
            widget=forms.RadioSelect,
        )
    if question.kind == QuestionKind.MULTIPLE:
        return forms.TypedMultipleChoiceField(
            **common,
            coerce=int,
            choices=[(choice.pk, choice.label) for choice in question.choices],
            widget=forms.CheckboxSelectMultiple,
        )
    if question.kind == QuestionKind.SCALE:
        return forms.TypedChoiceField(
            **common,
            coerce=int,
            empty_value=None,
            choices=[(value, str(value)) for value in question.scale],
            widget=forms.RadioSelect,
        )
    if question.kind == QuestionKind.NUMBER:
        return forms.DecimalField(
            **common,
            max_digits=12,
            decimal_places=2,
            widget=forms.NumberInput(attrs={"inputmode": "decimal"}),
        )
    return forms.CharField(
        **common, max_length=TEXT_LIMIT, widget=forms.Textarea(attrs={"rows": 4})
    )


class AnswerForm(forms.Form):
    """The survey as someone answers it on the web."""

    token = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, data=None, *, survey: Survey, questions: list[QuestionShown], **kwargs):
        super().__init__(data, **kwargs)
        self.survey = survey
        self.questions = questions
        for question in questions:
            self.fields[question.field] = _field(question)

    def rows(self) -> list[tuple[QuestionShown, forms.BoundField]]:
        return [(question, self[question.field]) for question in self.questions]

    def answers(self) -> dict[int, AnswerValue]:
        """The answers given, in the shape the service takes; unanswered ones left out."""
        given: dict[int, AnswerValue] = {}
        for question in self.questions:
            value = self.cleaned_data.get(question.field)
            if value in (None, "", []):
                continue
            given[question.pk] = [value] if question.kind == QuestionKind.SINGLE else value
        return given

    def clean(self):
        cleaned = super().clean()
        if any(question.field in self.errors for question in self.questions):
            return cleaned
        # The route decides which questions need an answer: show every gap at once.
        checked = answers_check(
            question_rules(self.survey), survey_steps(self.survey), self.answers()
        )
        for problem in checked.problems:
            self.refuse(problem.error())
        return cleaned

    def refuse(self, refused: DomainError) -> None:
        """Put a service's refusal next to the field it is about."""
        if refused.field in self.fields and refused.field not in self.errors:
            self.add_error(refused.field, refused.message)
        elif refused.field not in self.fields:
            self.add_error(None, refused.message)


class EntryForm(AnswerForm):
    """The survey as a worker types it in from a paper form or a phone call."""

    channel = forms.ChoiceField(
        label=_("Hoe kreeg je deze antwoorden?"),
        choices=[
            (ResponseChannel.PAPER.value, ResponseChannel.PAPER.label),
            (ResponseChannel.PHONE.value, ResponseChannel.PHONE.label),
        ],
        initial=ResponseChannel.PAPER.value,
        widget=forms.RadioSelect,
    )

    def __init__(self, data=None, *, survey: Survey, questions: list[QuestionShown], **kwargs):
        super().__init__(data, survey=survey, questions=questions, **kwargs)
        del self.fields["token"]
        if not survey.anonymous:
            people = Member.objects.filter(
                pk__in=Role.objects.filter(place=survey.place).values("member"),
                is_erased=False,
            ).order_by("display_name")
            self.fields["member"] = forms.ModelChoiceField(
                label=_("Van wie zijn deze antwoorden?"),
                help_text=_("Deze vragenlijst is niet anoniem. Laat leeg als je het niet weet."),
                queryset=people,
                required=False,
            )
