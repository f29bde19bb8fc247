"""A match's life: proposed, approved by a worker, accepted by the helper, done or failed.

The offer's `open_matches` always equals the number of its APPROVED and ACCEPTED matches:
every change of state goes through `_move`, under the locks of `lock_rows`.
"""

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from django.db import IntegrityError, transaction

from nabij.aid.choices import (
    LIVE_MATCH_STATES,
    OPEN_MATCH_STATES,
    MatchSource,
    MatchState,
    RequestStatus,
)
from nabij.aid.errors import AidError
from nabij.aid.matching.types import Reason
from nabij.aid.models import Match, MatchNote, Offer, OfferHelpType, Request, Veto
from nabij.aid.notify import NoticeKind, notify
from nabij.community.errors import CommunityError
from nabij.community.models import Member, Place, SpokenLanguage
from nabij.errors import DomainError

from .common import lock_rows, now_or, require_here, require_in_place, require_staff

NOTE_LIMIT = 2000
REASON_LIMIT = 500


def clean_text(text: str, *, limit: int, field: str) -> str:
    text = text.strip()
    if len(text) > limit:
        raise DomainError(CommunityError.VALUE_TOO_LONG, field=field, limit=limit)
    return text


def reasons_json(reasons: Iterable[Reason | dict[str, Any]]) -> list[dict[str, Any]]:
    """Reasons as stored on a match: {"code": ..., "data": {...}}."""
    stored = []
    for reason in reasons:
        if isinstance(reason, Reason):
            stored.append({"code": reason.code, "data": dict(reason.data)})
        else:
            stored.append({"code": reason["code"], "data": dict(reason.get("data", {}))})
    return stored


def _move(match: Match, state: MatchState, *, offer: Offer, now: datetime) -> None:
    """Change a locked match's state and keep the locked offer's count of open matches true."""
    held = match.state in OPEN_MATCH_STATES
    holds = state in OPEN_MATCH_STATES
    match.state = state
    if state not in LIVE_MATCH_STATES:
        match.closed_at = now
    match.save()
    if held != holds:
        offer.open_matches += 1 if holds else -1
        offer.save(update_fields=["open_matches"])


def _reopen(request: Request) -> None:
    """A placed request whose match ended without help goes back on the open list."""
    if request.status == RequestStatus.MATCHED:
        request.status = RequestStatus.OPEN
        request.save(update_fields=["status"])


def end_live(match: Match, *, place: Place, offer: Offer, request: Request, now: datetime) -> None:
    """Withdraw a locked live match (veto, closing a request); tell a helper who knew of it."""
    told = match.state in OPEN_MATCH_STATES
    match.reviewed = True
    _move(match, MatchState.WITHDRAWN, offer=offer, now=now)
    _reopen(request)
    if told:
        notify(
            place=place,
            member=match.helper,
            kind=NoticeKind.MATCH_CLOSED,
            match=match,
            now=now,
        )


def require_feasible(request: Request, helper: Member, offer: Offer | None) -> Offer:
    """The hard rules a pair must meet, at proposal and again at approval."""
    if helper.pk == request.requester_id:
        raise DomainError(AidError.SAME_PERSON, field="helper")
    if (
        offer is None
        or not OfferHelpType.objects.filter(offer=offer, help_type=request.help_type).exists()
    ):
        raise DomainError(AidError.NO_OFFER, field="helper")
    if not offer.active:
        raise DomainError(AidError.OFFER_PAUSED, field="helper")
    if offer.open_matches >= offer.capacity:
        raise DomainError(AidError.OVER_CAPACITY, field="helper")
    if Veto.objects.filter(requester_id=request.requester_id, helper=helper).exists():
        raise DomainError(AidError.VETOED, field="helper")
    if (
        request.languages
        and not SpokenLanguage.objects.filter(member=helper, code__in=request.languages).exists()
    ):
        raise DomainError(AidError.NO_SHARED_LANGUAGE, field="helper")
    if request.home_visit and not offer.vetted:
        raise DomainError(AidError.NOT_VETTED, field="helper")
    return offer


def match_propose(
    *,
    actor: Member,
    place: Place,
    request: Request,
    helper: Member,
    source: str = MatchSource.SUGGESTION,
    cost: float | None = None,
    reasons: Iterable[Reason | dict[str, Any]] = (),
    now: datetime | None = None,
) -> Match:
    """Propose a helper for a request. A proposal no worker has reviewed yet (from a batch)
    is withdrawn first; a worker's own pick is not silently replaced."""
    now = now_or(now)
    if source not in MatchSource.values:
        raise DomainError(CommunityError.VALUE_EMPTY, field="source")
    stored_reasons = reasons_json(reasons)
    with transaction.atomic():
        require_staff(actor, place)
        require_here(request, place)
        require_in_place(helper, place)
        offer_id = (
            Offer.objects.filter(place=place, member=helper).values_list("pk", flat=True).first()
        )
        live = Match.objects.filter(request=request, state__in=LIVE_MATCH_STATES)
        locked = lock_rows(
            requests=[request.pk],
            matches=live.values_list("pk", flat=True),
            offers=[offer_id] if offer_id else [],
        )
        request = locked.requests[request.pk]
        live_matches = [m for m in locked.matches.values() if m.state in LIVE_MATCH_STATES]
        if any(m.reviewed or m.state != MatchState.PROPOSED for m in live_matches):
            raise DomainError(AidError.REQUEST_ALREADY_PLACED)
        if request.status != RequestStatus.OPEN:
            raise DomainError(AidError.REQUEST_NOT_OPEN)
        offer = require_feasible(request, helper, locked.offers.get(offer_id))
        for old in live_matches:
            old.state = MatchState.WITHDRAWN
            old.closed_at = now
            old.save(update_fields=["state", "closed_at"])
        return Match.objects.create(
            place=place,
            request=request,
            helper=helper,
            offer=offer,
            state=MatchState.PROPOSED,
            source=source,
            cost=cost,
            reasons=stored_reasons,
            # A worker who picks a helper has reviewed the pick; a batch has not.
            reviewed=source != MatchSource.BATCH,
            proposed_at=now,
            proposed_by=actor,
        )


def _locked_match(match: Match) -> tuple[Match, Request, Offer]:
    locked = lock_rows(requests=[match.request_id], matches=[match.pk], offers=[match.offer_id])
    return (
        locked.matches[match.pk],
        locked.requests[match.request_id],
        locked.offers[match.offer_id],
    )


def match_approve(
    *, actor: Member, place: Place, match: Match, now: datetime | None = None
) -> Match:
    """A worker approves a proposal: the helper's capacity is taken and the helper is told.

    Two workers approving at once queue on the request's lock; the second finds the match
    approved and is refused."""
    now = now_or(now)
    with transaction.atomic():
        require_staff(actor, place)
        require_here(match, place)
        match, request, offer = _locked_match(match)
        if match.state in OPEN_MATCH_STATES:
            raise DomainError(AidError.ALREADY_APPROVED)
        if match.state != MatchState.PROPOSED:
            raise DomainError(AidError.MATCH_NOT_PROPOSED)
        if request.status != RequestStatus.OPEN:
            raise DomainError(AidError.REQUEST_NOT_OPEN)
        require_in_place(match.helper, place)  # still here, not erased meanwhile
        require_feasible(request, match.helper, offer)
        match.approved_at = now
        match.approved_by = actor
        match.reviewed = True
        _move(match, MatchState.APPROVED, offer=offer, now=now)
        request.status = RequestStatus.MATCHED
        request.save(update_fields=["status"])
        notify(
            place=place, member=match.helper, kind=NoticeKind.MATCH_APPROVED, match=match, now=now
        )
    return match


def match_respond(
    *, actor: Member, place: Place, match: Match, accept: bool, now: datetime | None = None
) -> Match:
    """The helper says yes or no to an approved match; no frees their capacity again."""
    now = now_or(now)
    with transaction.atomic():
        require_here(match, place)
        if actor.pk != match.helper_id:
            raise DomainError(AidError.NOT_THE_HELPER)
        require_in_place(actor, place)
        match, request, offer = _locked_match(match)
        if match.state != MatchState.APPROVED:
            raise DomainError(AidError.MATCH_NOT_APPROVED)
        if accept:
            match.accepted_at = now
            _move(match, MatchState.ACCEPTED, offer=offer, now=now)
            # notify() passes it on to their worker if they are reached through one.
            recipient = request.requester
            kind = NoticeKind.MATCH_ACCEPTED
        else:
            _move(match, MatchState.DECLINED, offer=offer, now=now)
            _reopen(request)
            recipient = match.approved_by or request.requester.contact_worker
            kind = NoticeKind.MATCH_DECLINED
        if recipient is not None:
            notify(place=place, member=recipient, kind=kind, match=match, now=now)
    return match


def match_close(
    *,
    actor: Member,
    place: Place,
    match: Match,
    done: bool,
    reason: str = "",
    now: datetime | None = None,
) -> Match:
    """A worker closes a running match: done ends the request, failed puts it back (with
    the reason, so unmet needs can be told later)."""
    now = now_or(now)
    reason = clean_text(reason, limit=REASON_LIMIT, field="reason")
    if not done and not reason:
        raise DomainError(AidError.REASON_MISSING, field="reason")
    with transaction.atomic():
        require_staff(actor, place)
        require_here(match, place)
        match, request, offer = _locked_match(match)
        if match.state not in OPEN_MATCH_STATES:
            raise DomainError(AidError.MATCH_NOT_OPEN)
        if done:
            _move(match, MatchState.DONE, offer=offer, now=now)
            request.status = RequestStatus.DONE
            request.closed_at = now
            request.save(update_fields=["status", "closed_at"])
        else:
            match.failure_reason = reason
            _move(match, MatchState.FAILED, offer=offer, now=now)
            _reopen(request)
        notify(place=place, member=match.helper, kind=NoticeKind.MATCH_CLOSED, match=match, now=now)
    return match


def match_withdraw(
    *, actor: Member, place: Place, match: Match, now: datetime | None = None
) -> Match:
    """A worker takes back a proposal or an approval; the request is open again."""
    now = now_or(now)
    with transaction.atomic():
        require_staff(actor, place)
        require_here(match, place)
        match, request, offer = _locked_match(match)
        if match.state not in LIVE_MATCH_STATES:
            raise DomainError(AidError.MATCH_NOT_OPEN)
        end_live(match, place=place, offer=offer, request=request, now=now)
    return match


def match_note_add(
    *, actor: Member, place: Place, match: Match, text: str, now: datetime | None = None
) -> MatchNote:
    """A worker's follow-up: how it went, what is next."""
    now = now_or(now)
    text = clean_text(text, limit=NOTE_LIMIT, field="text")
    if not text:
        raise DomainError(AidError.NOTE_EMPTY, field="text")
    with transaction.atomic():
        require_staff(actor, place)
        require_here(match, place)
        return MatchNote.objects.create(
            place=place, match=match, author=actor, text=text, created_at=now
        )


def veto_add(
    *, actor: Member, place: Place, requester: Member, helper: Member, now: datetime | None = None
) -> Veto:
    """The requester does not want this helper: running matches of the pair end now, and
    no suggestion or batch proposes the pair again."""
    now = now_or(now)
    if requester.pk == helper.pk:
        raise DomainError(AidError.SAME_PERSON, field="helper")
    with transaction.atomic():
        require_staff(actor, place)
        require_in_place(requester, place)
        require_in_place(helper, place)
        if Veto.objects.filter(requester=requester, helper=helper).exists():
            raise DomainError(AidError.ALREADY_VETOED, field="helper")
        live = list(
            Match.objects.filter(
                place=place,
                request__requester=requester,
                helper=helper,
                state__in=LIVE_MATCH_STATES,
            ).values_list("pk", "request_id", "offer_id")
        )
        locked = lock_rows(
            requests=[r for _m, r, _o in live],
            matches=[m for m, _r, _o in live],
            offers=[o for _m, _r, o in live],
        )
        try:
            with transaction.atomic():
                veto = Veto.objects.create(
                    place=place,
                    requester=requester,
                    helper=helper,
                    created_at=now,
                    created_by=actor,
                )
        except IntegrityError:
            # Someone recorded the same veto a moment ago.
            raise DomainError(AidError.ALREADY_VETOED, field="helper") from None
        for match in locked.matches.values():
            if match.state in LIVE_MATCH_STATES:
                end_live(
                    match,
                    place=place,
                    offer=locked.offers[match.offer_id],
                    request=locked.requests[match.request_id],
                    now=now,
                )
    return veto
