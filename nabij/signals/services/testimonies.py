"""Testimonies: a worker records a quote with the person's consent, Nabij takes out names
and identifying details, a second staff member reads it before anyone may use it, and
the person can withdraw their consent at any time."""

from datetime import date, datetime

from django.db import transaction
from django.utils import timezone, translation

from nabij.community.languages import normalise_code
from nabij.community.models import Member, Place
from nabij.community.services.common import now_or, require_role
from nabij.errors import DomainError
from nabij.signals.choices import ConsentHow, NeedType, TestimonyStatus
from nabij.signals.errors import SignalError
from nabij.signals.models import Testimony
from nabij.signals.redaction import NameIndex, find_identifying, redact
from nabij.signals.selectors.testimonies import place_name_index
from nabij.signals.services.common import clean_text

TEXT_LIMIT = 4000
CONTEXT_LIMIT = 120
NOTE_LIMIT = 2000
# What stays of a testimony whose consent was withdrawn: the words are gone.
WITHDRAWN_TEXT = "—"


def _language(code: str) -> str:
    normal = normalise_code(code or "")
    if normal is None:
        raise DomainError(SignalError.LANGUAGE_UNKNOWN, field="language")
    return normal


def testimony_redact(text: str, *, names: NameIndex, language: str = "nl") -> str:
    """The text as Nabij would store it: every name and identifying detail replaced by a
    bracketed word in the testimony's own language (Dutch where there is no translation)."""
    with translation.override(language):
        return redact(text, find_identifying(text, names))


def testimony_record(
    *,
    actor: Member,
    place: Place,
    text: str,
    language: str,
    theme: str = "",
    context: str = "",
    consent_how: str | None,
    consent_on: date | None,
    now: datetime | None = None,
) -> Testimony:
    """Record a quote. What is stored is the quote with names and identifying details
    taken out, as the worker saw it proposed; it waits for a colleague to read it."""
    now = now_or(now)
    if not consent_how or consent_how not in ConsentHow.values:
        raise DomainError(SignalError.NO_CONSENT, field="consent_how")
    if consent_on is None:
        raise DomainError(SignalError.NO_CONSENT, field="consent_on")
    if consent_on > timezone.localdate(now):
        raise DomainError(SignalError.CONSENT_IN_FUTURE, field="consent_on")
    text = clean_text(text, limit=TEXT_LIMIT, field="text", required=True)
    context = " ".join(
        clean_text(context, limit=CONTEXT_LIMIT, field="context", required=False).split()
    )
    language = _language(language)
    if theme and theme not in NeedType.values:
        raise DomainError(SignalError.NEED_TYPE_UNKNOWN, field="theme")
    with transaction.atomic():
        require_role(actor, place)
        names = place_name_index(place)
        stripped = testimony_redact(text, names=names, language=language)
        context = testimony_redact(context, names=names, language=language)
        if len(context) > CONTEXT_LIMIT:
            raise DomainError(SignalError.TEXT_TOO_LONG, field="context")
        return Testimony.objects.create(
            place=place,
            text=stripped,
            language=language,
            theme=theme,
            context=context,
            consent_how=consent_how,
            consent_on=consent_on,
            status=TestimonyStatus.DRAFT,
            recorded_by=actor,
            recorded_at=now,
        )


def _locked(testimony: Testimony) -> Testimony:
    return Testimony.objects.select_for_update().get(pk=testimony.pk)


def testimony_review(
    *,
    actor: Member,
    testimony: Testimony,
    approve: bool,
    note: str = "",
    now: datetime | None = None,
) -> Testimony:
    """A colleague, never the one who recorded it, reads a waiting testimony: approved,
    it may be quoted; sent back, the note says what should change."""
    now = now_or(now)
    note = clean_text(note, limit=NOTE_LIMIT, field="note", required=False)
    if not approve and not note:
        raise DomainError(SignalError.REVIEW_NOTE_NEEDED, field="note")
    with transaction.atomic():
        require_role(actor, testimony.place)
        current = _locked(testimony)
        if current.recorded_by_id == actor.pk:
            raise DomainError(SignalError.SELF_REVIEW)
        if current.status != TestimonyStatus.DRAFT:
            raise DomainError(SignalError.TESTIMONY_REVIEWED)
        current.status = TestimonyStatus.APPROVED if approve else TestimonyStatus.REJECTED
        current.reviewed_by = actor
        current.reviewed_at = now
        current.review_note = note
        current.save(update_fields=["status", "reviewed_by", "reviewed_at", "review_note"])
        return current


def testimony_withdraw(
    *, actor: Member, testimony: Testimony, now: datetime | None = None
) -> Testimony:
    """The person withdrew their consent: the testimony is never used again, and its words
    are erased (a report already sent cannot be called back; every report made from now
    on leaves it out)."""
    now = now_or(now)
    with transaction.atomic():
        require_role(actor, testimony.place)
        current = _locked(testimony)
        if current.status == TestimonyStatus.WITHDRAWN:
            raise DomainError(SignalError.TESTIMONY_WITHDRAWN)
        current.status = TestimonyStatus.WITHDRAWN
        current.text = WITHDRAWN_TEXT
        current.context = ""
        current.save(update_fields=["status", "text", "context"])
        return current
