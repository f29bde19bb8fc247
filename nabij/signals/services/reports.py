"""Signal reports: compose a signal (texts, figures, quotes), send it, record the answers
and what came of it.

Every service is for staff of the signal's place, runs in one transaction with the
signal's row locked, and refuses with a `DomainError` before it changes anything."""

from collections.abc import Collection, Mapping
from datetime import date, datetime

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from nabij.community.models import Member, Place
from nabij.community.services.common import now_or, require_role
from nabij.errors import DomainError
from nabij.signals.choices import (
    CHOICE_KINDS,
    FigureKind,
    QuestionKind,
    SignalOutcome,
    SignalStatus,
    TestimonyStatus,
)
from nabij.signals.errors import SignalError
from nabij.signals.models import (
    Question,
    Signal,
    SignalFigure,
    SignalReply,
    SignalSending,
    SignalTestimony,
    Survey,
    Testimony,
)
from nabij.signals.report_figures import count_figure
from nabij.signals.services.common import clean_text

TITLE_LIMIT = 200
CAPTION_LIMIT = 200
RECIPIENT_LIMIT = 200
HOW_LIMIT = 120
SENDER_LIMIT = 200
TEXT_LIMIT = 20_000

SURVEY_KINDS = (FigureKind.SURVEY_QUESTION, FigureKind.SURVEY_CROSSTAB)

UP = "up"
DOWN = "down"


# --- shared checks -------------------------------------------------------------------


def _lock(signal: Signal, place: Place | None = None) -> Signal:
    """The signal's row, locked: every change to a signal, its figures, quotes, sendings
    and replies takes this lock first, so positions and statuses never interleave."""
    locked = Signal.objects.select_for_update().get(pk=signal.pk)
    if place is not None and locked.place_id != place.pk:
        raise DomainError(SignalError.OTHER_PLACE)
    return locked


def _open(signal: Signal) -> None:
    if signal.status == SignalStatus.CLOSED:
        raise DomainError(SignalError.SIGNAL_CLOSED)


def _not_after_today(day: date, now: datetime, *, field: str) -> None:
    if day > timezone.localdate(now):
        raise DomainError(SignalError.DATE_IN_FUTURE, field=field)


def _touch(signal: Signal, now: datetime, *fields: str) -> None:
    signal.updated_at = max(now, signal.created_at)
    signal.save(update_fields=[*fields, "updated_at"])


# --- the signal itself ---------------------------------------------------------------


def signal_create(
    *,
    actor: Member,
    place: Place,
    title: str,
    issue: str,
    demands: str = "",
    now: datetime | None = None,
) -> Signal:
    now = now_or(now)
    require_role(actor, place)
    fields = {
        "title": clean_text(title, field="title", limit=TITLE_LIMIT),
        "issue": clean_text(issue, field="issue", limit=TEXT_LIMIT),
        "demands": clean_text(demands, field="demands", limit=TEXT_LIMIT, required=False),
    }
    with transaction.atomic():
        return Signal.objects.create(
            place=place, created_by=actor, created_at=now, updated_at=now, **fields
        )


def signal_update(
    *,
    actor: Member,
    signal: Signal,
    title: str,
    issue: str,
    demands: str = "",
    now: datetime | None = None,
) -> Signal:
    """New texts. A signal already sent may still change: each sending keeps its PDF."""
    now = now_or(now)
    require_role(actor, signal.place)
    fields = {
        "title": clean_text(title, field="title", limit=TITLE_LIMIT),
        "issue": clean_text(issue, field="issue", limit=TEXT_LIMIT),
        "demands": clean_text(demands, field="demands", limit=TEXT_LIMIT, required=False),
    }
    with transaction.atomic():
        locked = _lock(signal)
        _open(locked)
        for name, value in fields.items():
            setattr(locked, name, value)
        _touch(locked, now, *fields)
        return locked


# --- figures -------------------------------------------------------------------------


def _clean_filters(
    survey: Survey, filters: Mapping[int | str, Collection[int | str]] | None
) -> dict[str, list[int]]:
    """Filters as stored: {"<question id>": [choice ids, or scale values]}, only for
    questions of this survey that one can pick answers of; empty selections dropped."""
    cleaned: dict[str, list[int]] = {}
    if not filters:
        return cleaned
    questions = {q.pk: q for q in survey.questions.prefetch_related("choices")}
    for key, values in filters.items():
        try:
            question = questions[int(key)]
            picked = sorted({int(value) for value in values})
        except (KeyError, TypeError, ValueError):
            raise DomainError(SignalError.FILTER_UNKNOWN, field="filters") from None
        if not picked:
            continue
        if question.kind in CHOICE_KINDS:
            allowed = {choice.pk for choice in question.choices.all()}
        elif question.kind == QuestionKind.SCALE:
            allowed = set(range(question.scale_min, question.scale_max + 1))
        else:
            allowed = set()
        if not set(picked) <= allowed:
            raise DomainError(SignalError.FILTER_UNKNOWN, field="filters")
        cleaned[str(question.pk)] = picked
    return cleaned


def _survey_figure(
    place: Place,
    kind: str,
    survey: Survey | None,
    question: Question | None,
    by_question: Question | None,
    filters,
) -> dict:
    if survey is None or question is None:
        raise DomainError(SignalError.QUESTION_MISSING, field="question")
    if survey.place_id != place.pk:
        raise DomainError(SignalError.OTHER_PLACE, field="question")
    if question.survey_id != survey.pk:
        raise DomainError(SignalError.QUESTION_OTHER_SURVEY, field="question")
    if question.kind == QuestionKind.TEXT:
        raise DomainError(SignalError.QUESTION_NOT_COUNTED, field="question")
    if kind == FigureKind.SURVEY_CROSSTAB:
        if by_question is None:
            raise DomainError(SignalError.QUESTION_MISSING, field="by_question")
        if by_question.survey_id != survey.pk:
            raise DomainError(SignalError.QUESTION_OTHER_SURVEY, field="by_question")
        if by_question.pk == question.pk:
            raise DomainError(SignalError.BY_SAME_QUESTION, field="by_question")
        if by_question.kind == QuestionKind.TEXT:
            raise DomainError(SignalError.QUESTION_NOT_COUNTED, field="by_question")
    elif by_question is not None:
        raise DomainError(SignalError.FIGURE_KIND_UNKNOWN, field="kind")
    return {
        "survey": survey,
        "question": question,
        "by_question": by_question if kind == FigureKind.SURVEY_CROSSTAB else None,
        "filters": _clean_filters(survey, filters),
    }


def figure_add(
    *,
    actor: Member,
    signal: Signal,
    kind: str,
    survey: Survey | None = None,
    question: Question | None = None,
    by_question: Question | None = None,
    filters: Mapping[int | str, Collection[int | str]] | None = None,
    period_from: date | None = None,
    period_until: date | None = None,
    caption: str = "",
    now: datetime | None = None,
) -> SignalFigure:
    """A figure at the end of the report. It keeps what to count, never the counts: those
    are worked out, small groups hidden, each time the report is shown."""
    now = now_or(now)
    place = signal.place
    require_role(actor, place)
    if kind not in FigureKind.values:
        raise DomainError(SignalError.FIGURE_KIND_UNKNOWN, field="kind")
    if kind in SURVEY_KINDS:
        shape = _survey_figure(place, kind, survey, question, by_question, filters)
        shape |= {"period_from": None, "period_until": None}
    else:
        if period_from and period_until and period_until < period_from:
            raise DomainError(SignalError.DATES_REVERSED, field="period_until")
        shape = {"period_from": period_from, "period_until": period_until, "filters": {}}
    caption = clean_text(caption, field="caption", limit=CAPTION_LIMIT, required=False)
    figure = SignalFigure(place=place, signal=signal, kind=kind, caption=caption, **shape)
    # Counted once now, so that a figure the results cannot draw is refused here, with
    # their reason, rather than shown as missing in the report.
    count_figure(figure)
    with transaction.atomic():
        locked = _lock(signal, place)
        _open(locked)
        figure.signal = locked
        figure.position = (locked.figures.aggregate(last=Max("position"))["last"] or 0) + 1
        figure.save(force_insert=True)
        _touch(locked, now)
        return figure


def _figure_of(signal: Signal, figure: SignalFigure) -> SignalFigure:
    found = SignalFigure.objects.filter(signal=signal, pk=figure.pk).first()
    if found is None:
        raise DomainError(SignalError.FIGURE_GONE)
    return found


def _close_gap(rows, after: int) -> None:
    """Move every row after a removed one up a place, lowest first, so that no two rows
    ever share a position."""
    for row in rows.filter(position__gt=after).order_by("position"):
        row.position -= 1
        row.save(update_fields=["position"])


def figure_remove(
    *, actor: Member, signal: Signal, figure: SignalFigure, now: datetime | None = None
) -> None:
    now = now_or(now)
    require_role(actor, signal.place)
    with transaction.atomic():
        locked = _lock(signal)
        _open(locked)
        found = _figure_of(locked, figure)
        found.delete()
        _close_gap(SignalFigure.objects.filter(signal=locked), found.position)
        _touch(locked, now)


def _swap(rows, row, direction: str) -> bool:
    """Swap a row with its neighbour above or below; False when it is already at the end."""
    step = -1 if direction == UP else 1
    other = rows.filter(position=row.position + step).first()
    if other is None:
        return False
    mine, theirs = row.position, other.position
    # Position 0 is free (positions start at 1): park the row there for the swap.
    row.position = 0
    row.save(update_fields=["position"])
    other.position = mine
    other.save(update_fields=["position"])
    row.position = theirs
    row.save(update_fields=["position"])
    return True


def figure_move(
    *,
    actor: Member,
    signal: Signal,
    figure: SignalFigure,
    direction: str,
    now: datetime | None = None,
) -> SignalFigure:
    """One place up or down in the report; at the top or bottom it stays where it is."""
    now = now_or(now)
    require_role(actor, signal.place)
    if direction not in (UP, DOWN):
        raise DomainError(SignalError.FIGURE_GONE)
    with transaction.atomic():
        locked = _lock(signal)
        _open(locked)
        found = _figure_of(locked, figure)
        if _swap(SignalFigure.objects.filter(signal=locked), found, direction):
            _touch(locked, now)
        return found


# --- quotes --------------------------------------------------------------------------


def quote_add(
    *, actor: Member, signal: Signal, testimony: Testimony, now: datetime | None = None
) -> SignalTestimony:
    """Only a testimony a second person read and approved, of the same place."""
    now = now_or(now)
    place = signal.place
    require_role(actor, place)
    with transaction.atomic():
        locked = _lock(signal, place)
        _open(locked)
        current = Testimony.objects.select_for_update().filter(pk=testimony.pk).first()
        if current is None or current.place_id != place.pk:
            raise DomainError(SignalError.OTHER_PLACE, field="testimony")
        if current.status != TestimonyStatus.APPROVED:
            raise DomainError(SignalError.TESTIMONY_NOT_USABLE, field="testimony")
        if locked.quotes.filter(testimony=current).exists():
            raise DomainError(SignalError.TESTIMONY_TWICE, field="testimony")
        last = locked.quotes.aggregate(last=Max("position"))["last"] or 0
        quote = SignalTestimony.objects.create(
            place=place, signal=locked, testimony=current, position=last + 1
        )
        _touch(locked, now)
        return quote


def quote_remove(
    *, actor: Member, signal: Signal, testimony: Testimony, now: datetime | None = None
) -> None:
    now = now_or(now)
    require_role(actor, signal.place)
    with transaction.atomic():
        locked = _lock(signal)
        _open(locked)
        quote = locked.quotes.filter(testimony_id=testimony.pk).first()
        if quote is None:
            raise DomainError(SignalError.QUOTE_GONE, field="testimony")
        quote.delete()
        _close_gap(SignalTestimony.objects.filter(signal=locked), quote.position)
        _touch(locked, now)


# --- follow-up -----------------------------------------------------------------------


def signal_send(
    *,
    actor: Member,
    signal: Signal,
    recipient: str,
    sent_on: date,
    how: str = "",
    now: datetime | None = None,
) -> SignalSending:
    """The signal went to someone. The PDF is made now and kept as it went out: later
    changes to the signal, or a testimony withdrawn later, do not change what was sent."""
    from nabij.signals.report_pdf import signal_pdf

    now = now_or(now)
    require_role(actor, signal.place)
    recipient = clean_text(recipient, field="recipient", limit=RECIPIENT_LIMIT)
    how = clean_text(how, field="how", limit=HOW_LIMIT, required=False)
    if sent_on is None:
        raise DomainError(SignalError.TEXT_EMPTY, field="sent_on")
    _not_after_today(sent_on, now, field="sent_on")
    with transaction.atomic():
        locked = _lock(signal)
        _open(locked)
        pdf = signal_pdf(locked, now=now)
        sending = SignalSending.objects.create(
            place=locked.place,
            signal=locked,
            recipient=recipient,
            sent_on=sent_on,
            how=how,
            pdf=pdf,
            recorded_by=actor,
            recorded_at=now,
        )
        if locked.status == SignalStatus.DRAFT:
            locked.status = SignalStatus.SENT
        _touch(locked, now, "status")
        return sending


def signal_reply_record(
    *,
    actor: Member,
    signal: Signal,
    received_on: date,
    sender: str,
    summary: str,
    sending: SignalSending | None = None,
    now: datetime | None = None,
) -> SignalReply:
    now = now_or(now)
    require_role(actor, signal.place)
    sender = clean_text(sender, field="sender", limit=SENDER_LIMIT)
    summary = clean_text(summary, field="summary", limit=TEXT_LIMIT)
    if received_on is None:
        raise DomainError(SignalError.TEXT_EMPTY, field="received_on")
    _not_after_today(received_on, now, field="received_on")
    with transaction.atomic():
        locked = _lock(signal)
        _open(locked)
        if not locked.sendings.exists():
            raise DomainError(SignalError.SIGNAL_NOT_SENT)
        if sending is not None:
            if sending.signal_id != locked.pk:
                raise DomainError(SignalError.SENDING_OTHER_SIGNAL, field="sending")
            if received_on < sending.sent_on:
                raise DomainError(SignalError.DATES_REVERSED, field="received_on")
        reply = SignalReply.objects.create(
            place=locked.place,
            signal=locked,
            sending=sending,
            received_on=received_on,
            sender=sender,
            summary=summary,
            recorded_by=actor,
            recorded_at=now,
        )
        locked.status = SignalStatus.ANSWERED
        _touch(locked, now, "status")
        return reply


def signal_close(
    *,
    actor: Member,
    signal: Signal,
    outcome: str,
    note: str = "",
    now: datetime | None = None,
) -> Signal:
    """What came of it: achieved, partly, or not. "Not known yet" is no outcome."""
    now = now_or(now)
    require_role(actor, signal.place)
    if outcome not in SignalOutcome.values or outcome == SignalOutcome.PENDING:
        raise DomainError(SignalError.OUTCOME_PENDING, field="outcome")
    note = clean_text(note, field="note", limit=TEXT_LIMIT, required=False)
    with transaction.atomic():
        locked = _lock(signal)
        _open(locked)
        locked.status = SignalStatus.CLOSED
        locked.outcome = outcome
        locked.outcome_note = note
        _touch(locked, now, "status", "outcome", "outcome_note")
        return locked


def signal_reopen(*, actor: Member, signal: Signal, now: datetime | None = None) -> Signal:
    """Back to where the follow-up stood (answered, sent or draft); the outcome is open
    again, its note stays for whoever closes it next."""
    now = now_or(now)
    require_role(actor, signal.place)
    with transaction.atomic():
        locked = _lock(signal)
        if locked.status != SignalStatus.CLOSED:
            raise DomainError(SignalError.SIGNAL_NOT_CLOSED)
        if locked.replies.exists():
            locked.status = SignalStatus.ANSWERED
        elif locked.sendings.exists():
            locked.status = SignalStatus.SENT
        else:
            locked.status = SignalStatus.DRAFT
        locked.outcome = SignalOutcome.PENDING
        _touch(locked, now, "status", "outcome")
        return locked
