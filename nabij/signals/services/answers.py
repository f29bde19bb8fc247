"""Answering a survey: on the web with a one-time form token, or typed in by a worker from
a paper form or a phone call.

The checks on the answers are a pure core (`answers_check`) over plain dataclasses, so the
form can show every problem at once while the service refuses on the first. Answers to
questions the route skips are dropped, not refused: someone without JavaScript may have
filled in a question the skip instruction told them to pass.
"""

import hashlib
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation

from django.core import signing
from django.db import IntegrityError, transaction
from django.utils import formats, timezone

from nabij.community.errors import CommunityError
from nabij.community.models import Member
from nabij.community.services.common import is_staff, require_in_place
from nabij.errors import DomainError
from nabij.signals.choices import CHOICE_KINDS, QuestionKind, ResponseChannel, SurveyStatus
from nabij.signals.errors import SignalError
from nabij.signals.flow import Step, route
from nabij.signals.models import Answer, Question, Response, Survey
from nabij.signals.selectors.surveys import survey_steps

AnswerValue = list[int] | Decimal | int | str

TOKEN_SALT = "nabij.signals.answer"
TEXT_LIMIT = 2000
# What Answer.number holds: twelve digits, two after the comma.
NUMBER_LIMIT = Decimal("9999999999.99")


def field_name(question_pk: int) -> str:
    """The form field of a question, also the `field` of a refusal about it."""
    return f"q{question_pk}"


# --- the pure core -------------------------------------------------------------------


@dataclass(frozen=True)
class QuestionRule:
    """What an answer to one question may be."""

    pk: int
    kind: str
    required: bool = False
    choices: frozenset[int] = frozenset()
    low: Decimal | None = None
    high: Decimal | None = None


@dataclass(frozen=True)
class Problem:
    code: SignalError
    field: str
    params: Mapping[str, str] = field(default_factory=dict)

    def error(self) -> DomainError:
        return DomainError(self.code, field=self.field, **self.params)


@dataclass(frozen=True)
class Checked:
    """The route someone took, their answers on it in a stored shape, and what is wrong."""

    route: list[int]
    kept: dict[int, list[int] | Decimal | str]
    problems: list[Problem]


def _shown(number: Decimal) -> str:
    """A bound as a person reads it: 10 rather than 10.00, with the local decimal comma."""
    return formats.number_format(number.normalize() if number % 1 else number.quantize(1))


def _chosen(value: object) -> list[int] | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return [value]
    if isinstance(value, list | tuple | set | frozenset) and all(
        isinstance(v, int) and not isinstance(v, bool) for v in value
    ):
        return sorted(set(value))
    return None


def _number(value: object) -> Decimal | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | Decimal):
        try:
            number = Decimal(value)
        except InvalidOperation:
            return None
        return number if number.is_finite() else None
    return None


def _check_one(
    rule: QuestionRule, value: object
) -> tuple[list[int] | Decimal | str | None, Problem | None]:
    """One answer in its stored shape (None: not answered), or why it cannot be."""
    name = field_name(rule.pk)
    if rule.kind in CHOICE_KINDS:
        chosen = _chosen(value)
        if chosen is None:
            return None, Problem(SignalError.ANSWER_INVALID, name)
        if not chosen:
            return None, None
        if not set(chosen) <= rule.choices:
            return None, Problem(SignalError.ANSWER_CHOICE_OTHER, name)
        if rule.kind == QuestionKind.SINGLE and len(chosen) != 1:
            return None, Problem(SignalError.ANSWER_ONE_CHOICE, name)
        return chosen, None
    if rule.kind == QuestionKind.TEXT:
        if not isinstance(value, str):
            return None, Problem(SignalError.ANSWER_INVALID, name)
        text = value.strip()
        if len(text) > TEXT_LIMIT:
            return None, Problem(SignalError.ANSWER_TEXT_LONG, name, {"limit": str(TEXT_LIMIT)})
        return text or None, None
    if isinstance(value, str) and not value.strip():
        return None, None
    number = _number(value)
    if number is None:
        return None, Problem(SignalError.ANSWER_INVALID, name)
    if rule.kind == QuestionKind.SCALE:
        if number != number.to_integral_value() or not rule.low <= number <= rule.high:
            bounds = {"low": _shown(rule.low), "high": _shown(rule.high)}
            return None, Problem(SignalError.ANSWER_SCALE_RANGE, name, bounds)
        return number.quantize(1), None
    if number != number.quantize(Decimal("0.01")) or abs(number) > NUMBER_LIMIT:
        return None, Problem(SignalError.ANSWER_NUMBER_SHAPE, name)
    if rule.low is not None and number < rule.low:
        return None, Problem(SignalError.ANSWER_NUMBER_LOW, name, {"low": _shown(rule.low)})
    if rule.high is not None and number > rule.high:
        return None, Problem(SignalError.ANSWER_NUMBER_HIGH, name, {"high": _shown(rule.high)})
    return number, None


def answers_check(
    rules: Sequence[QuestionRule], steps: Sequence[Step], answers: Mapping[int, object]
) -> Checked:
    """Follow the route the answers take, then check each answer on it.

    The route follows the picked choices as given; a choice that is not the question's
    own never matches a rule, and is refused below."""
    by_pk = {rule.pk: rule for rule in rules}
    problems = [
        Problem(SignalError.ANSWER_QUESTION_OTHER, field_name(pk))
        for pk in answers
        if pk not in by_pk
    ]
    picked = {
        pk: set(_chosen(value) or ())
        for pk, value in answers.items()
        if pk in by_pk and by_pk[pk].kind in CHOICE_KINDS
    }
    asked = route(steps, picked)
    kept: dict[int, list[int] | Decimal | str] = {}
    for pk in asked:
        rule = by_pk[pk]
        value, problem = _check_one(rule, answers.get(pk, ""))
        if problem is None and value is None and rule.required:
            problem = Problem(SignalError.ANSWER_REQUIRED, field_name(pk))
        if problem is not None:
            problems.append(problem)
        elif value is not None:
            kept[pk] = value
    return Checked(route=asked, kept=kept, problems=problems)


# --- reads for the core --------------------------------------------------------------


def question_rules(survey: Survey) -> list[QuestionRule]:
    """The survey's questions as the checks see them."""
    questions = Question.objects.filter(survey=survey).prefetch_related("choices")
    return [
        QuestionRule(
            pk=question.pk,
            kind=question.kind,
            required=question.required,
            choices=frozenset(choice.pk for choice in question.choices.all()),
            low=(
                Decimal(question.scale_min)
                if question.kind == QuestionKind.SCALE
                else question.number_min
            ),
            high=(
                Decimal(question.scale_max)
                if question.kind == QuestionKind.SCALE
                else question.number_max
            ),
        )
        for question in questions
    ]


# --- the one-time form token ---------------------------------------------------------


def answer_token_issue(survey: Survey) -> str:
    """A token for one web form: signed, so it cannot be made up, and stored as a hash once
    used, so the same form is never counted twice. It carries nothing about the person."""
    return signing.dumps({"s": survey.pk, "n": secrets.token_urlsafe(16)}, salt=TOKEN_SALT)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _require_token(survey: Survey, token: str | None) -> str:
    if not token:
        raise DomainError(SignalError.LINK_FORGED)
    try:
        payload = signing.loads(token, salt=TOKEN_SALT)
    except signing.BadSignature as refused:
        raise DomainError(SignalError.LINK_FORGED) from refused
    if not isinstance(payload, dict) or payload.get("s") != survey.pk or not payload.get("n"):
        raise DomainError(SignalError.LINK_FORGED)
    hashed = token_hash(token)
    if Response.objects.filter(token_hash=hashed).exists():
        raise DomainError(SignalError.LINK_USED)
    return hashed


# --- the service ---------------------------------------------------------------------


def _require_open(survey: Survey) -> None:
    if survey.status == SurveyStatus.CLOSED:
        raise DomainError(SignalError.SURVEY_CLOSED)
    if survey.status != SurveyStatus.OPEN:
        raise DomainError(SignalError.SURVEY_NOT_OPEN)


def _require_who(
    survey: Survey, channel: str, entered_by: Member | None, member: Member | None
) -> None:
    if channel == ResponseChannel.WEB:
        if entered_by is not None or member is not None:
            # A web answer is anonymous by construction; a worker types in on paper/phone.
            raise DomainError(SignalError.ANSWER_CHANNEL, field="channel")
        return
    if channel not in ResponseChannel.values:
        raise DomainError(SignalError.ANSWER_CHANNEL, field="channel")
    if not is_staff(entered_by, survey.place):
        raise DomainError(CommunityError.NOT_YOUR_PLACE)
    if member is not None:
        if survey.anonymous:
            raise DomainError(SignalError.ANSWER_ANONYMOUS, field="member")
        require_in_place(member, survey.place)


def response_submit(
    *,
    survey: Survey,
    language: str,
    answers: Mapping[int, AnswerValue],
    channel: str,
    token: str | None,
    entered_by: Member | None = None,
    member: Member | None = None,
    now: datetime | None = None,
) -> Response:
    """Store one filled-in survey with its answers on the route, or refuse and store
    nothing. Only the day is kept, not the hour."""
    now = now if now is not None else timezone.now()
    with transaction.atomic():
        survey = Survey.objects.select_related("place").get(pk=survey.pk)
        _require_open(survey)
        hashed = _require_token(survey, token) if channel == ResponseChannel.WEB else None
        if channel != ResponseChannel.WEB and token:
            raise DomainError(SignalError.ANSWER_CHANNEL, field="channel")
        if language not in survey.languages:
            raise DomainError(SignalError.ANSWER_LANGUAGE, field="language")
        _require_who(survey, channel, entered_by, member)
        checked = answers_check(question_rules(survey), survey_steps(survey), answers)
        if checked.problems:
            raise checked.problems[0].error()
        response = _response_insert(
            survey,
            language=language,
            channel=channel,
            hashed=hashed,
            entered_by=entered_by,
            member=member,
            now=now,
        )
        Answer.objects.bulk_create(_answer_rows(survey, response, checked, _kinds(survey)))
    return response


def _response_insert(survey: Survey, *, language, channel, hashed, entered_by, member, now):
    try:
        # A savepoint: the same form sent twice at once loses the race on the unique hash,
        # and the transaction stays usable to say why.
        with transaction.atomic():
            return Response.objects.create(
                place=survey.place,
                survey=survey,
                language=language,
                channel=channel,
                submitted_on=timezone.localdate(now),
                token_hash=hashed,
                entered_by=entered_by if channel != ResponseChannel.WEB else None,
                member=member,
            )
    except IntegrityError:
        if hashed is not None and Response.objects.filter(token_hash=hashed).exists():
            raise DomainError(SignalError.LINK_USED) from None
        survey.refresh_from_db(fields=["status"])
        _require_open(survey)  # closed meanwhile: the database guard refused the row
        raise


def _kinds(survey: Survey) -> dict[int, str]:
    return dict(Question.objects.filter(survey=survey).values_list("pk", "kind"))


def _answer_rows(
    survey: Survey, response: Response, checked: Checked, kinds: Mapping[int, str]
) -> list[Answer]:
    rows = []
    for pk in checked.route:
        if pk not in checked.kept:
            continue
        value = checked.kept[pk]
        common = {"place": survey.place, "response": response, "question_id": pk}
        if kinds[pk] in CHOICE_KINDS:
            rows += [Answer(**common, choice_id=choice) for choice in value]
        elif kinds[pk] == QuestionKind.TEXT:
            rows.append(Answer(**common, text=value))
        else:
            rows.append(Answer(**common, number=value))
    return rows
