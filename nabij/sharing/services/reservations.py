"""Booking an item's calendar. Two reservations that hold an item never overlap.

On PostgreSQL the exclusion constraint decides between bookings made at the same moment:
the check below only gives the early, friendly answer, and the constraint's refusal is
turned into the same DomainError. On SQLite every write transaction starts IMMEDIATE, so
the check and the insert run under the database's write lock, one booking at a time.
"""

from datetime import datetime, timedelta

from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.utils import timezone

from nabij.community.models import Member, Place
from nabij.errors import DomainError
from nabij.sharing.choices import HOLDING_STATES, ReservationState
from nabij.sharing.errors import SharingError
from nabij.sharing.models import Item, Reservation
from nabij.sharing.models.reservations import NO_OVERLAP
from nabij.sharing.services.common import (
    now_or,
    require_in_place,
    require_self_or_staff,
)

MAX_DAYS = 60


def holding(item: Item, starts_at: datetime, ends_at: datetime) -> QuerySet[Reservation]:
    """Reservations of the item that hold it some time in [starts_at, ends_at)."""
    return Reservation.objects.filter(
        item=item, state__in=HOLDING_STATES, starts_at__lt=ends_at, ends_at__gt=starts_at
    )


def _is_overlap(error: IntegrityError) -> bool:
    diag = getattr(error.__cause__, "diag", None)
    return getattr(diag, "constraint_name", None) == NO_OVERLAP


def check_period(starts_at: datetime, ends_at: datetime, *, now: datetime) -> None:
    if ends_at <= starts_at:
        raise DomainError(SharingError.ENDS_BEFORE_START, field="ends_at")
    if timezone.localdate(starts_at) < timezone.localdate(now):
        raise DomainError(SharingError.IN_THE_PAST, field="starts_at")
    if ends_at - starts_at > timedelta(days=MAX_DAYS):
        raise DomainError(SharingError.TOO_LONG, field="ends_at", days=MAX_DAYS)


def insert_without_overlap(**fields) -> Reservation:
    """Create a reservation that holds its item; call inside transaction.atomic()."""
    if holding(fields["item"], fields["starts_at"], fields["ends_at"]).exists():
        raise DomainError(SharingError.OVERLAP, field="starts_at")
    try:
        with transaction.atomic():
            return Reservation.objects.create(**fields)
    except IntegrityError as error:
        if _is_overlap(error):
            raise DomainError(SharingError.OVERLAP, field="starts_at") from None
        raise


def move_start_without_overlap(reservation: Reservation, starts_at: datetime) -> None:
    """Pick an item up early: the reservation now starts at `starts_at`."""
    others = holding(reservation.item, starts_at, reservation.ends_at).exclude(pk=reservation.pk)
    if others.exists():
        raise DomainError(SharingError.OVERLAP, field="starts_at")
    try:
        with transaction.atomic():
            Reservation.objects.filter(pk=reservation.pk).update(starts_at=starts_at)
    except IntegrityError as error:
        if _is_overlap(error):
            raise DomainError(SharingError.OVERLAP, field="starts_at") from None
        raise
    reservation.starts_at = starts_at


def reservation_book(
    *,
    actor: Member,
    place: Place,
    item: Item,
    member: Member,
    starts_at: datetime,
    ends_at: datetime,
    now: datetime | None = None,
) -> Reservation:
    """Book the item for `member` from `starts_at` up to `ends_at`: the member themself,
    or a worker for them (someone without a log-in asks at the desk or on the phone)."""
    require_self_or_staff(actor, place, member)
    require_in_place(member, place)
    if item.place_id != place.pk:
        raise DomainError(SharingError.OTHER_PLACE)
    now = now_or(now)
    check_period(starts_at, ends_at, now=now)
    with transaction.atomic():
        if not Item.objects.filter(pk=item.pk, active=True).exists():
            raise DomainError(SharingError.RETIRED)
        return insert_without_overlap(
            place=place,
            item=item,
            member=member,
            starts_at=starts_at,
            ends_at=ends_at,
            state=ReservationState.BOOKED,
            created_by=actor,
            created_at=now,
        )


def reservation_cancel(
    *, actor: Member, place: Place, reservation: Reservation, now: datetime | None = None
) -> Reservation:
    """Give a booked period back; a period already picked up ends with its return."""
    if reservation.place_id != place.pk:
        raise DomainError(SharingError.OTHER_PLACE)
    require_self_or_staff(actor, place, reservation.member)
    now = now_or(now)
    with transaction.atomic():
        changed = Reservation.objects.filter(
            pk=reservation.pk, state=ReservationState.BOOKED
        ).update(state=ReservationState.CANCELLED, cancelled_at=now)
        if not changed:
            raise DomainError(SharingError.RESERVATION_CLOSED)
    reservation.state, reservation.cancelled_at = ReservationState.CANCELLED, now
    return reservation
