"""Requests for help: registered (mostly by a worker on someone's behalf), closed, and
flagged as unmet when nobody could be found in time."""

from collections.abc import Iterable
from datetime import date, datetime, timedelta

from django.db import transaction

from nabij.aid.choices import (
    LIVE_MATCH_STATES,
    OPEN_MATCH_STATES,
    Channel,
    HelpType,
    RequestStatus,
    Urgency,
)
from nabij.aid.errors import AidError
from nabij.aid.models import Match, Request
from nabij.community.availability import ALL_SLOTS
from nabij.community.errors import CommunityError
from nabij.community.languages import normalise_code
from nabij.community.models import Member, Place
from nabij.errors import DomainError

from .common import lock_rows, now_or, require_here, require_in_place, require_staff
from .matches import clean_text, end_live

SECTOR_LIMIT = 80
WORKER_NOTE_LIMIT = 2000


def languages_clean(raw: Iterable[str]) -> list[str]:
    """Canonical ISO 639 codes in the order given, without repeats."""
    codes: list[str] = []
    for value in raw:
        code = normalise_code(value)
        if code is None:
            raise DomainError(CommunityError.LANGUAGE_UNKNOWN, field="languages", language=value)
        if code not in codes:
            codes.append(code)
    return codes


def request_create(
    *,
    actor: Member,
    place: Place,
    requester: Member,
    help_type: str,
    languages: Iterable[str] = (),
    sector: str = "",
    slots: int = 0,
    needed_from: date | None = None,
    needed_until: date | None = None,
    urgency: int = Urgency.NORMAL,
    recurring: bool = False,
    home_visit: bool = False,
    worker_note: str = "",
    channel: str = Channel.PHONE,
    now: datetime | None = None,
) -> Request:
    """Register a request for help on someone's behalf. Languages and sector default to the
    requester's own, so a worker on the phone only has to say what is needed."""
    now = now_or(now)
    if not help_type:
        raise DomainError(AidError.HELP_TYPE_MISSING, field="help_type")
    if help_type not in HelpType.values:
        raise DomainError(AidError.HELP_TYPE_UNKNOWN, field="help_type")
    codes = languages_clean(languages)
    sector = " ".join(clean_text(sector, limit=SECTOR_LIMIT, field="sector").split())
    worker_note = clean_text(worker_note, limit=WORKER_NOTE_LIMIT, field="worker_note")
    if isinstance(slots, bool) or not isinstance(slots, int) or not 0 <= slots <= ALL_SLOTS:
        raise DomainError(AidError.SLOTS_INVALID, field="slots")
    if needed_from and needed_until and needed_until < needed_from:
        raise DomainError(AidError.WINDOW_INVALID, field="needed_until")
    if urgency not in Urgency.values:
        raise DomainError(AidError.URGENCY_UNKNOWN, field="urgency")
    if channel not in Channel.values:
        raise DomainError(AidError.CHANNEL_UNKNOWN, field="channel")
    with transaction.atomic():
        require_staff(actor, place)
        require_in_place(requester, place)
        if not codes:
            codes = list(requester.languages.values_list("code", flat=True))
        return Request.objects.create(
            place=place,
            requester=requester,
            help_type=help_type,
            languages=codes,
            sector=sector or requester.sector,
            slots=slots,
            needed_from=needed_from,
            needed_until=needed_until,
            urgency=urgency,
            recurring=recurring,
            home_visit=home_visit,
            worker_note=worker_note,
            channel=channel,
            created_at=now,
            created_by=actor,
        )


def request_close(
    *, actor: Member, place: Place, request: Request, now: datetime | None = None
) -> Request:
    """Close a request that is no longer needed; a match still running for it is withdrawn."""
    now = now_or(now)
    with transaction.atomic():
        require_staff(actor, place)
        require_here(request, place)
        live = list(
            Match.objects.filter(request=request, state__in=LIVE_MATCH_STATES).values_list(
                "pk", "offer_id"
            )
        )
        locked = lock_rows(
            requests=[request.pk],
            matches=[m for m, _o in live],
            offers=[o for _m, o in live],
        )
        request = locked.requests[request.pk]
        if request.status not in (RequestStatus.OPEN, RequestStatus.MATCHED):
            raise DomainError(AidError.REQUEST_NOT_OPEN)
        for match in locked.matches.values():
            if match.state in LIVE_MATCH_STATES:
                end_live(
                    match,
                    place=place,
                    offer=locked.offers[match.offer_id],
                    request=request,
                    now=now,
                )
        request.status = RequestStatus.CLOSED
        request.closed_at = now
        request.save(update_fields=["status", "closed_at"])
    return request


def requests_flag_unmet(*, place: Place, days: int = 14, now: datetime | None = None) -> int:
    """Flag open requests nobody took on within `days` as unmet needs: the signal a worker
    brings to policy makers. A proposal nobody approved does not count as help; a request
    flagged once keeps its date."""
    now = now_or(now)
    if isinstance(days, bool) or not isinstance(days, int) or days < 1:
        raise DomainError(AidError.DAYS_INVALID, field="days")
    with transaction.atomic():
        return (
            Request.objects.filter(
                place=place,
                status=RequestStatus.OPEN,
                unmet_since=None,
                created_at__lte=now - timedelta(days=days),
            )
            .exclude(matches__state__in=OPEN_MATCH_STATES)
            .update(unmet_since=now)
        )
