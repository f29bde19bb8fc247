"""Waiting lists: who would like an item that is booked or lent, in the order they asked."""

from datetime import datetime

from django.db import transaction
from django.db.models import Max

from nabij.community.models import Member, Place
from nabij.errors import DomainError
from nabij.sharing.choices import HOLDING_STATES, NoticeKind, WaitState
from nabij.sharing.errors import SharingError
from nabij.sharing.models import Item, Loan, Reservation, WaitingEntry
from nabij.sharing.notices import notice_send
from nabij.sharing.services.common import (
    lock_item,
    now_or,
    require_in_place,
    require_self_or_staff,
)


def waiting_join(
    *, actor: Member, place: Place, item: Item, member: Member, now: datetime | None = None
) -> WaitingEntry:
    """Join the end of the queue for an item that is lent now or booked from now on."""
    require_self_or_staff(actor, place, member)
    require_in_place(member, place)
    if item.place_id != place.pk:
        raise DomainError(SharingError.OTHER_PLACE)
    now = now_or(now)
    with transaction.atomic():
        item = lock_item(item)
        if not item.active:
            raise DomainError(SharingError.RETIRED)
        entries = WaitingEntry.objects.filter(item=item)
        if entries.filter(member=member, state=WaitState.WAITING).exists():
            raise DomainError(SharingError.ALREADY_WAITING)
        lent = Loan.objects.filter(item=item, returned_at__isnull=True).exists()
        booked = Reservation.objects.filter(
            item=item, state__in=HOLDING_STATES, ends_at__gt=now
        ).exists()
        if not (lent or booked):
            raise DomainError(SharingError.FREE_NOW)
        last = entries.aggregate(last=Max("position"))["last"] or 0
        return WaitingEntry.objects.create(
            place=place, item=item, member=member, position=last + 1, joined_at=now
        )


def waiting_leave(*, actor: Member, place: Place, entry: WaitingEntry) -> WaitingEntry:
    """Step off the waiting list (the person themself, or staff for them)."""
    if entry.place_id != place.pk:
        raise DomainError(SharingError.OTHER_PLACE)
    require_self_or_staff(actor, place, entry.member)
    with transaction.atomic():
        left = WaitingEntry.objects.filter(pk=entry.pk, state=WaitState.WAITING).update(
            state=WaitState.LEFT
        )
        if not left:
            # Already told it is back, or already off the list: nothing to leave.
            raise DomainError(SharingError.NOT_WAITING)
    entry.state = WaitState.LEFT
    return entry


def waiting_notify_first(*, place: Place, item: Item, now: datetime) -> WaitingEntry | None:
    """The item is back: tell the first in line. Call inside the return's transaction."""
    first = (
        WaitingEntry.objects.select_related("member", "member__contact_worker")
        .filter(item=item, state=WaitState.WAITING)
        .order_by("position")
        .first()
    )
    if first is None:
        return None
    WaitingEntry.objects.filter(pk=first.pk).update(state=WaitState.NOTIFIED, notified_at=now)
    first.state, first.notified_at = WaitState.NOTIFIED, now
    notice_send(place=place, about=first.member, kind=NoticeKind.ITEM_BACK, item=item, now=now)
    return first
