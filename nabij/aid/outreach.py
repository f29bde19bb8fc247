"""Outreach: workers phone vulnerable people, because they seldom ask for help themselves.

The call list holds the people a worker flagged as vulnerable whom nobody has spoken to for
a while; a call is recorded with how it went, and may register a request on the person's
behalf, or an offer: being asked to help someone else does a lot for how people see
themselves.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.db import transaction
from django.db.models import F, Max, OuterRef, Q, Subquery

from nabij.aid.choices import REACHED_OUTCOMES, CallOutcome, Channel
from nabij.aid.models import Call
from nabij.aid.outreach_errors import OutreachError
from nabij.aid.services.offers import offer_save
from nabij.aid.services.requests import request_create
from nabij.community.models import Member, Place
from nabij.community.selectors import members_of_place
from nabij.community.services.common import now_or, require_in_place, require_role
from nabij.errors import DomainError

DEFAULT_DAYS = 30
MAX_DAYS = 366
NOTE_LIMIT = 2000


@dataclass(frozen=True)
class CallListRow:
    member: Member
    phone: str
    channel: str
    contact_worker: str
    sector: str
    languages: tuple[str, ...]
    last_reached: datetime | None
    last_attempt: datetime | None
    last_outcome: str

    @property
    def last_outcome_label(self) -> str:
        if self.last_outcome in CallOutcome.values:
            return str(CallOutcome(self.last_outcome).label)
        return ""


def call_list(
    place: Place, *, days: int = DEFAULT_DAYS, now: datetime | None = None
) -> list[CallListRow]:
    """Vulnerable members of the place nobody has spoken to in `days` days, longest first.

    Someone whose last call ended with "does not want to be called" is left off: the list
    respects that until a worker records another conversation.
    """
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_DAYS:
        raise DomainError(OutreachError.DAYS_INVALID, field="days", limit=MAX_DAYS)
    since = now_or(now) - timedelta(days=days)
    here = Q(calls__place=place)
    latest = Call.objects.filter(place=place, member=OuterRef("pk")).order_by("-at", "-pk")
    members = (
        members_of_place(place)
        .filter(vulnerable=True)
        .annotate(
            last_reached=Max("calls__at", filter=here & Q(calls__outcome__in=REACHED_OUTCOMES)),
            last_attempt=Max("calls__at", filter=here),
            last_outcome=Subquery(latest.values("outcome")[:1]),
        )
        .filter(Q(last_reached__isnull=True) | Q(last_reached__lt=since))
        # A subquery can be NULL (never called): say so, or NOT (NULL = ...) drops them.
        .filter(Q(last_outcome__isnull=True) | ~Q(last_outcome=CallOutcome.DECLINED))
        .select_related("contact_worker")
        .prefetch_related("languages")
        .order_by(F("last_reached").asc(nulls_first=True), "display_name", "pk")
    )
    return [
        CallListRow(
            member=member,
            phone=member.phone,
            channel=member.contact_channel,
            contact_worker=member.contact_worker.display_name if member.contact_worker else "",
            sector=member.sector,
            languages=tuple(language.code for language in member.languages.all()),
            last_reached=member.last_reached,
            last_attempt=member.last_attempt,
            last_outcome=member.last_outcome or "",
        )
        for member in members
    ]


def calls_of(place: Place, member: Member, *, limit: int = 20) -> list[Call]:
    """The latest calls with one person in this place, newest first."""
    return list(Call.objects.filter(place=place, member=member).select_related("caller")[:limit])


def call_record(
    *,
    actor: Member,
    place: Place,
    member: Member,
    outcome: str,
    note: str = "",
    request: Mapping[str, Any] | None = None,
    offer: Mapping[str, Any] | None = None,
    now: datetime | None = None,
) -> Call:
    """Record how a call went. A request (when a need came up) or an offer (when the person
    wants to help) is made in the same transaction: if it is refused, no call is stored.

    `request` holds request_create's details (help_type, urgency, ...); `offer` holds
    offer_save's (help_types, radius_m, capacity).
    """
    now = now_or(now)
    if outcome not in CallOutcome.values:
        raise DomainError(OutreachError.OUTCOME_UNKNOWN, field="outcome")
    note = note.strip()
    if len(note) > NOTE_LIMIT:
        raise DomainError(OutreachError.NOTE_TOO_LONG, field="note", limit=NOTE_LIMIT)
    if request is not None and outcome != CallOutcome.NEED_FOUND:
        raise DomainError(OutreachError.REQUEST_WITHOUT_NEED, field="outcome")
    if offer is not None and outcome != CallOutcome.CAN_HELP:
        raise DomainError(OutreachError.OFFER_WITHOUT_HELP, field="outcome")
    with transaction.atomic():
        require_role(actor, place)
        require_in_place(member, place)
        created_request = None
        if request is not None:
            details = {"channel": Channel.PHONE, **request}
            created_request = request_create(
                actor=actor,
                place=place,
                requester=member,
                help_type=details.pop("help_type", ""),
                now=now,
                **details,
            )
        created_offer = None
        if offer is not None:
            details = dict(offer)
            created_offer = offer_save(
                actor=actor,
                place=place,
                member=member,
                help_types=details.pop("help_types", ()),
                now=now,
                **details,
            )
        return Call.objects.create(
            place=place,
            member=member,
            caller=actor,
            at=now,
            outcome=outcome,
            note=note,
            request=created_request,
            offer=created_offer,
        )
