"""Every write of the survey builder: a survey, its questions, choices and skip rules, and
its life from draft to open to closed.

Only the staff of the survey's place build surveys. The structure (which questions, in
which order, which choices, which rules) changes only while a survey is a draft: answers
refer to it. Once open, the wording may still be improved – a typo, a better translation –
because an answer keeps its choice or number, not the words; the builder page asks to
keep the meaning. Every text exists in every language of the survey.
"""

import secrets
from collections.abc import Mapping, Sequence
from datetime import datetime
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.db import transaction
from django.db.models import F

from nabij.community.models import Member, Place
from nabij.community.services.common import now_or, require_role
from nabij.errors import DomainError
from nabij.signals.choices import CHOICE_KINDS, QuestionKind, SurveyStatus
from nabij.signals.errors import SignalError
from nabij.signals.flow import Step, find_loop
from nabij.signals.models import Choice, Question, SkipRule, Survey
from nabij.signals.models.surveys import SCALE_STEPS_MAX
from nabij.signals.selectors.surveys import survey_steps

TITLE_LIMIT = 200
INTRO_LIMIT = 2000
QUESTION_LIMIT = 500
HELP_LIMIT = 500
CHOICE_LIMIT = 200
SCALE_LABEL_LIMIT = 80
CHOICES_MAX = 30
QUESTIONS_MAX = 200
# Positions are shifted out of the way and back, so the unique (survey, position) index
# never sees two questions at one place halfway through an update.
_SHIFT = 10_000
# A number question's bounds fit the answer column (12 digits, 2 after the point).
NUMBER_LIMIT = Decimal("9999999999.99")

Texts = Mapping[str, str]


def _language_names() -> dict[str, str]:
    return dict(settings.LANGUAGES)


def _languages(languages: Sequence[str]) -> list[str]:
    """The chosen languages in the order given (the first is the source), without doubles."""
    known = _language_names()
    chosen: list[str] = []
    for code in languages:
        if code not in known:
            raise DomainError(SignalError.LANGUAGE_UNKNOWN, field="languages")
        if code not in chosen:
            chosen.append(code)
    if not chosen:
        raise DomainError(SignalError.NO_LANGUAGES, field="languages")
    return chosen


def _missing(language: str, field: str) -> DomainError:
    return DomainError(
        SignalError.TRANSLATION_MISSING,
        field=f"{field}_{language}",
        language=_language_names().get(language, language),
    )


def _texts(
    texts: Texts | None, languages: Sequence[str], *, field: str, limit: int, required=True
) -> dict[str, str]:
    """One text per survey language, trimmed; texts in other languages are dropped.

    An optional text (`required=False`) may be left out altogether, but once written in
    one language it is needed in all: nobody should miss what others are told."""
    cleaned = {code: " ".join(str((texts or {}).get(code) or "").split()) for code in languages}
    if not required and not any(cleaned.values()):
        return {}
    for code in languages:
        if not cleaned[code]:
            raise _missing(code, field)
        if len(cleaned[code]) > limit:
            raise DomainError(SignalError.TEXT_TOO_LONG, field=f"{field}_{code}")
    return cleaned


def _intro(intro: Texts | None, languages: Sequence[str]) -> dict[str, str]:
    """Like `_texts`, but an introduction keeps its line breaks."""
    cleaned = {code: str((intro or {}).get(code) or "").strip() for code in languages}
    if not any(cleaned.values()):
        return {}
    for code in languages:
        if not cleaned[code]:
            raise _missing(code, "intro")
        if len(cleaned[code]) > INTRO_LIMIT:
            raise DomainError(SignalError.TEXT_TOO_LONG, field=f"intro_{code}")
    return cleaned


def _lock(survey: Survey) -> Survey:
    """The survey row, locked: every change of one survey's structure waits its turn."""
    return Survey.objects.select_for_update().get(pk=survey.pk)


def _draft(survey: Survey) -> None:
    if survey.status != SurveyStatus.DRAFT:
        raise DomainError(SignalError.NOT_DRAFT)


def _survey_of(actor: Member, question: Question) -> Survey:
    """The question's survey, locked, once the actor is known to be staff of its place."""
    require_role(actor, question.place)
    return _lock(question.survey)


def _refuse_loops(steps: Sequence[Step], code: SignalError = SignalError.SKIP_LOOPS) -> None:
    if find_loop(steps) is not None:
        raise DomainError(code)


# --- surveys ---


def survey_create(
    *,
    actor: Member,
    place: Place,
    title: Texts,
    languages: Sequence[str],
    intro: Texts | None = None,
    anonymous: bool = True,
    now: datetime | None = None,
) -> Survey:
    """A new survey in draft, in `languages` (the first is the one it is written in)."""
    now = now_or(now)
    languages = _languages(languages)
    title = _texts(title, languages, field="title", limit=TITLE_LIMIT)
    intro = _intro(intro, languages)
    with transaction.atomic():
        require_role(actor, place)
        return Survey.objects.create(
            place=place,
            title=title,
            intro=intro,
            languages=languages,
            anonymous=anonymous,
            public_key=secrets.token_urlsafe(16),
            created_by=actor,
            created_at=now,
        )


def survey_update(
    *,
    actor: Member,
    survey: Survey,
    title: Texts,
    languages: Sequence[str] | None = None,
    intro: Texts | None = None,
    anonymous: bool | None = None,
) -> Survey:
    """New title and introduction; while a draft, also other languages or anonymity.

    A language added to a draft leaves its questions to be translated: opening the survey
    waits until they are (`survey_open`)."""
    with transaction.atomic():
        require_role(actor, survey.place)
        survey = _lock(survey)
        new_languages = survey.languages if languages is None else _languages(languages)
        if new_languages != survey.languages:
            _draft(survey)
        if anonymous is not None and anonymous != survey.anonymous:
            if survey.status != SurveyStatus.DRAFT:
                raise DomainError(SignalError.ANONYMITY_FIXED, field="anonymous")
            survey.anonymous = anonymous
        survey.languages = new_languages
        survey.title = _texts(title, new_languages, field="title", limit=TITLE_LIMIT)
        survey.intro = _intro(intro, new_languages)
        survey.save(update_fields=["languages", "title", "intro", "anonymous"])
        return survey


def survey_open(*, actor: Member, survey: Survey, now: datetime | None = None) -> Survey:
    """Open a draft for answers, once it has questions and every text in every language."""
    now = now_or(now)
    with transaction.atomic():
        require_role(actor, survey.place)
        survey = _lock(survey)
        _draft(survey)
        _title_complete(survey)
        questions = list(survey.questions.prefetch_related("choices").order_by("position"))
        if not questions:
            raise DomainError(SignalError.NO_QUESTIONS)
        for question in questions:
            _question_complete(question, survey.languages)
        _refuse_loops(survey_steps(survey))
        survey.status = SurveyStatus.OPEN
        survey.opened_at = now
        survey.save(update_fields=["status", "opened_at"])
        return survey


def _title_complete(survey: Survey) -> None:
    _texts(survey.title, survey.languages, field="title", limit=TITLE_LIMIT)
    _intro(survey.intro, survey.languages)


def _question_complete(question: Question, languages: Sequence[str]) -> None:
    _texts(question.text, languages, field="text", limit=QUESTION_LIMIT)
    _texts(question.help, languages, field="help", limit=HELP_LIMIT, required=False)
    for choice in question.choices.all():
        _texts(choice.label, languages, field="choices", limit=CHOICE_LIMIT)
    if question.scale_labels:
        _scale_labels(question.scale_labels, languages)


def survey_close(*, actor: Member, survey: Survey, now: datetime | None = None) -> Survey:
    """No more answers; the answers given stay."""
    now = now_or(now)
    with transaction.atomic():
        require_role(actor, survey.place)
        survey = _lock(survey)
        if survey.status != SurveyStatus.OPEN:
            raise DomainError(SignalError.CLOSE_NOT_OPEN)
        survey.status = SurveyStatus.CLOSED
        survey.closed_at = now
        survey.save(update_fields=["status", "closed_at"])
        return survey


def survey_reopen(*, actor: Member, survey: Survey) -> Survey:
    """A closed survey takes answers again (it keeps the day it was first opened)."""
    with transaction.atomic():
        require_role(actor, survey.place)
        survey = _lock(survey)
        if survey.status != SurveyStatus.CLOSED:
            raise DomainError(SignalError.REOPEN_NOT_CLOSED)
        survey.status = SurveyStatus.OPEN
        survey.closed_at = None
        survey.save(update_fields=["status", "closed_at"])
        return survey


def survey_delete(*, actor: Member, survey: Survey) -> None:
    """Throw a draft away. A survey that was ever open holds answers: close it instead."""
    with transaction.atomic():
        require_role(actor, survey.place)
        survey = _lock(survey)
        if survey.status != SurveyStatus.DRAFT or survey.responses.exists():
            raise DomainError(SignalError.DELETE_NOT_DRAFT)
        survey.delete()


# --- questions ---


def _scale_labels(labels: Mapping[str, Sequence[str]] | None, languages: Sequence[str]):
    """What the two ends of a scale mean, per language; none at all is fine too."""
    ends = [
        {code: [*((labels or {}).get(code) or []), "", ""][side] for code in languages}
        for side in (0, 1)
    ]
    low = _texts(ends[0], languages, field="scale_low", limit=SCALE_LABEL_LIMIT, required=False)
    high = _texts(ends[1], languages, field="scale_high", limit=SCALE_LABEL_LIMIT, required=False)
    if not low and not high:
        return {}
    if not low:
        raise _missing(languages[0], "scale_low")
    if not high:
        raise _missing(languages[0], "scale_high")
    return {code: [low[code], high[code]] for code in languages}


def _number(value, field: str) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        number = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        raise DomainError(SignalError.NUMBER_TOO_LARGE, field=field) from None
    if not number.is_finite() or abs(number) > NUMBER_LIMIT:
        raise DomainError(SignalError.NUMBER_TOO_LARGE, field=field)
    return number.quantize(Decimal("0.01"))


def _shape(
    *,
    kind: str,
    languages: Sequence[str],
    text: Texts,
    choices: Sequence[Texts] | None,
    scale_min: int | None,
    scale_max: int | None,
    scale_labels: Mapping[str, Sequence[str]] | None,
    number_min,
    number_max,
    help: Texts | None,
) -> tuple[dict, list[dict[str, str]]]:
    """The checked fields of a question, and its choice labels. Fields that do not belong
    to the kind (a scale's ends on a number question) are left out."""
    if kind not in QuestionKind.values:
        raise DomainError(SignalError.KIND_UNKNOWN, field="kind")
    fields: dict = {
        "kind": kind,
        "text": _texts(text, languages, field="text", limit=QUESTION_LIMIT),
        "help": _texts(help, languages, field="help", limit=HELP_LIMIT, required=False),
        "scale_min": None,
        "scale_max": None,
        "scale_labels": {},
        "number_min": None,
        "number_max": None,
    }
    labels: list[dict[str, str]] = []
    if kind in CHOICE_KINDS:
        if not choices or len(choices) < 2:
            raise DomainError(SignalError.CHOICES_TOO_FEW, field="choices")
        if len(choices) > CHOICES_MAX:
            raise DomainError(SignalError.CHOICES_TOO_MANY, field="choices", limit=CHOICES_MAX)
        labels = [
            _texts(choice, languages, field="choices", limit=CHOICE_LIMIT) for choice in choices
        ]
    elif choices:
        raise DomainError(SignalError.CHOICES_NOT_ALLOWED, field="choices")
    if kind == QuestionKind.SCALE:
        if (
            not isinstance(scale_min, int)
            or not isinstance(scale_max, int)
            or not 0 < scale_max - scale_min <= SCALE_STEPS_MAX
            or abs(scale_min) > 1000
        ):
            raise DomainError(SignalError.SCALE_INVALID, field="scale_min")
        fields |= {
            "scale_min": scale_min,
            "scale_max": scale_max,
            "scale_labels": _scale_labels(scale_labels, languages),
        }
    if kind == QuestionKind.NUMBER:
        low, high = _number(number_min, "number_min"), _number(number_max, "number_max")
        if low is not None and high is not None and high < low:
            raise DomainError(SignalError.NUMBER_RANGE_REVERSED, field="number_max")
        fields |= {"number_min": low, "number_max": high}
    return fields, labels


def question_add(
    *,
    actor: Member,
    survey: Survey,
    kind: str,
    text: Texts,
    choices: Sequence[Texts] | None = None,
    required: bool = False,
    scale_min: int | None = None,
    scale_max: int | None = None,
    scale_labels: Mapping[str, Sequence[str]] | None = None,
    number_min: Decimal | int | None = None,
    number_max: Decimal | int | None = None,
    help: Texts | None = None,
) -> Question:
    """A question at the end of a draft survey, its texts in every survey language."""
    with transaction.atomic():
        require_role(actor, survey.place)
        survey = _lock(survey)
        _draft(survey)
        fields, labels = _shape(
            kind=kind,
            languages=survey.languages,
            text=text,
            choices=choices,
            scale_min=scale_min,
            scale_max=scale_max,
            scale_labels=scale_labels,
            number_min=number_min,
            number_max=number_max,
            help=help,
        )
        count = survey.questions.count()
        if count >= QUESTIONS_MAX:
            raise DomainError(SignalError.QUESTIONS_TOO_MANY, limit=QUESTIONS_MAX)
        question = Question.objects.create(
            place=survey.place, survey=survey, position=count + 1, required=required, **fields
        )
        Choice.objects.bulk_create(
            Choice(place=survey.place, question=question, position=i, label=label)
            for i, label in enumerate(labels, start=1)
        )
        return question


def question_update(
    *,
    actor: Member,
    question: Question,
    kind: str,
    text: Texts,
    choices: Sequence[Texts] | None = None,
    required: bool = False,
    scale_min: int | None = None,
    scale_max: int | None = None,
    scale_labels: Mapping[str, Sequence[str]] | None = None,
    number_min: Decimal | int | None = None,
    number_max: Decimal | int | None = None,
    help: Texts | None = None,
) -> Question:
    """Change a question. In a draft anything may change; once open, only the words.

    Choices keep their rows by position, so skip rules on them stay; choices dropped from
    the end take their rules with them."""
    with transaction.atomic():
        survey = _survey_of(actor, question)
        question = Question.objects.get(pk=question.pk)
        fields, labels = _shape(
            kind=kind,
            languages=survey.languages,
            text=text,
            choices=choices,
            scale_min=scale_min,
            scale_max=scale_max,
            scale_labels=scale_labels,
            number_min=number_min,
            number_max=number_max,
            help=help,
        )
        existing = list(question.choices.order_by("position"))
        if survey.status != SurveyStatus.DRAFT:
            structure = ("kind", "scale_min", "scale_max", "number_min", "number_max")
            if required != question.required or any(
                fields[name] != getattr(question, name) for name in structure
            ):
                raise DomainError(SignalError.NOT_DRAFT)
            if len(labels) != len(existing):
                raise DomainError(SignalError.CHOICES_CHANGED, field="choices")
        if fields["kind"] not in CHOICE_KINDS:
            SkipRule.objects.filter(question=question).delete()
        for name, value in fields.items():
            setattr(question, name, value)
        question.required = required
        question.save()
        for choice, label in zip(existing, labels, strict=False):
            choice.label = label
        Choice.objects.bulk_update(existing[: len(labels)], ["label"])
        Choice.objects.filter(pk__in=[c.pk for c in existing[len(labels) :]]).delete()
        Choice.objects.bulk_create(
            Choice(place=question.place, question=question, position=i, label=label)
            for i, label in enumerate(labels[len(existing) :], start=len(existing) + 1)
        )
        return question


def question_remove(*, actor: Member, question: Question) -> None:
    """Take a question out of a draft; the ones after it move up, and rules that sent
    people to it go too (they would otherwise skip to nowhere)."""
    with transaction.atomic():
        survey = _survey_of(actor, question)
        _draft(survey)
        position = Question.objects.get(pk=question.pk).position
        # Rules pointing at it go with it (the target's on_delete), and so do its own.
        Question.objects.filter(pk=question.pk).delete()
        later = Question.objects.filter(survey=survey, position__gt=position)
        later.update(position=F("position") + _SHIFT)
        Question.objects.filter(survey=survey, position__gt=_SHIFT).update(
            position=F("position") - _SHIFT - 1
        )


def question_move(*, actor: Member, question: Question, up: bool) -> Question:
    """Swap a question with the one before (`up`) or after it. Refused when a skip rule
    would then jump back; at the top or bottom already, nothing changes."""
    with transaction.atomic():
        survey = _survey_of(actor, question)
        _draft(survey)
        question = Question.objects.get(pk=question.pk)
        other = Question.objects.filter(
            survey=survey, position=question.position + (-1 if up else 1)
        ).first()
        if other is None:
            return question
        mine, theirs = question.position, other.position
        Question.objects.filter(pk=question.pk).update(position=mine + _SHIFT)
        Question.objects.filter(pk=other.pk).update(position=mine)
        Question.objects.filter(pk=question.pk).update(position=theirs)
        _refuse_loops(survey_steps(survey), SignalError.MOVE_LOOPS)
        question.position = theirs
        return question


# --- skip rules ---


def skip_rule_set(
    *, actor: Member, question: Question, choice: Choice, target: Question | None
) -> SkipRule:
    """Whoever picks `choice` goes on at `target` (None: the survey ends for them).

    The whole survey is checked before anything is written: a rule that could bring
    someone back to a question they saw – a jump back, or to the question itself – is
    refused."""
    with transaction.atomic():
        survey = _survey_of(actor, question)
        _draft(survey)
        question = Question.objects.get(pk=question.pk)
        if question.kind not in CHOICE_KINDS:
            raise DomainError(SignalError.SKIP_NOT_CHOICE)
        if choice.question_id != question.pk:
            raise DomainError(SignalError.SKIP_CHOICE_OTHER, field="choice")
        if target is not None and target.survey_id != survey.pk:
            raise DomainError(SignalError.SKIP_TARGET_OTHER, field="target")
        target_pk = target.pk if target is not None else None
        steps = [
            Step(step.question, {**step.rules, choice.pk: target_pk})
            if step.question == question.pk
            else step
            for step in survey_steps(survey)
        ]
        _refuse_loops(steps)
        rule, _ = SkipRule.objects.update_or_create(
            question=question,
            choice=choice,
            defaults={"place": survey.place, "survey": survey, "target": target},
        )
        return rule


def skip_rule_remove(*, actor: Member, rule: SkipRule) -> None:
    with transaction.atomic():
        survey = _survey_of(actor, rule.question)
        _draft(survey)
        SkipRule.objects.filter(pk=rule.pk).delete()
