"""Handing items out and taking them back."""

from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone

from nabij.community.models import Member, Place
from nabij.errors import DomainError
from nabij.sharing.choices import Condition, ReservationState
from nabij.sharing.errors import SharingError
from nabij.sharing.models import Item, Loan, Reservation
from nabij.sharing.services.common import (
    clean_text,
    lock_item,
    now_or,
    require_in_place,
    require_item_keeper,
)
from nabij.sharing.services.reservations import (
    MAX_DAYS,
    insert_without_overlap,
    move_start_without_overlap,
)
from nabij.sharing.services.waiting import waiting_notify_first


def _from_reservation(item: Item, reservation: Reservation, now: datetime) -> Reservation:
    reservation = Reservation.objects.select_for_update().get(pk=reservation.pk)
    if reservation.item_id != item.pk:
        raise DomainError(SharingError.WRONG_ITEM, field="reservation")
    if reservation.state != ReservationState.BOOKED or reservation.ends_at <= now:
        raise DomainError(SharingError.RESERVATION_CLOSED, field="reservation")
    if reservation.starts_at > now:
        move_start_without_overlap(reservation, now)
    Reservation.objects.filter(pk=reservation.pk).update(state=ReservationState.LENT)
    reservation.state = ReservationState.LENT
    return reservation


def _direct(
    place: Place, item: Item, borrower: Member, due_at: datetime, actor: Member, now: datetime
) -> Reservation:
    require_in_place(borrower, place)
    if due_at <= now:
        raise DomainError(SharingError.DUE_BEFORE_NOW, field="due_at")
    if due_at - now > timedelta(days=MAX_DAYS):
        raise DomainError(SharingError.TOO_LONG, field="due_at", days=MAX_DAYS)
    return insert_without_overlap(
        place=place,
        item=item,
        member=borrower,
        starts_at=now,
        ends_at=due_at,
        state=ReservationState.LENT,
        created_by=actor,
        created_at=now,
    )


def loan_check_out(
    *,
    actor: Member,
    place: Place,
    item: Item,
    reservation: Reservation | None = None,
    borrower: Member | None = None,
    due_at: datetime | None = None,
    deposit_held: bool = False,
    now: datetime | None = None,
) -> Loan:
    """Hand the item out: on a reservation (the borrower and due day are the reservation's),
    or directly to a member until `due_at`, which books that period on the calendar."""
    require_item_keeper(actor, place, item)
    if reservation is None and borrower is None:
        raise DomainError(SharingError.RESERVATION_CLOSED, field="reservation")
    now = now_or(now)
    with transaction.atomic():
        item = lock_item(item)
        if not item.active:
            raise DomainError(SharingError.RETIRED)
        if Loan.objects.filter(item=item, returned_at__isnull=True).exists():
            raise DomainError(SharingError.ALREADY_OUT)
        if reservation is not None:
            held = _from_reservation(item, reservation, now)
        else:
            held = _direct(place, item, borrower, due_at or now, actor, now)
        return Loan.objects.create(
            place=place,
            item=item,
            reservation=held,
            borrower_id=held.member_id,
            lent_by=actor,
            lent_at=now,
            due_at=held.ends_at,
            condition_out=item.condition,
            deposit_held=deposit_held,
        )


def loan_return(
    *,
    actor: Member,
    place: Place,
    item: Item,
    condition: str,
    note: str = "",
    now: datetime | None = None,
) -> Loan:
    """Take the item back and note its condition; the first on the waiting list hears of it."""
    require_item_keeper(actor, place, item)
    if condition not in Condition.values:
        raise DomainError(SharingError.CONDITION_UNKNOWN, field="condition")
    note = clean_text(note, limit=2000, field="note")
    now = now_or(now)
    with transaction.atomic():
        item = lock_item(item)
        loan = (
            Loan.objects.select_related("reservation", "borrower")
            .filter(item=item, returned_at__isnull=True)
            .first()
        )
        if loan is None:
            raise DomainError(SharingError.NOT_LENT)
        loan.returned_at, loan.returned_to = now, actor
        loan.condition_back, loan.return_note = condition, note
        loan.save(update_fields=["returned_at", "returned_to", "condition_back", "return_note"])
        Item.objects.filter(pk=item.pk).update(condition=condition)
        item.condition = condition
        # Back early: the rest of the period is free again for others.
        held = loan.reservation
        ends_at = now if held.starts_at < now < held.ends_at else held.ends_at
        Reservation.objects.filter(pk=held.pk).update(state=ReservationState.DONE, ends_at=ends_at)
        waiting_notify_first(place=place, item=item, now=now)
    return loan


def loan_overdue_days(loan: Loan, *, now: datetime) -> int:
    return max(0, (timezone.localdate(now) - timezone.localdate(loan.due_at)).days)
