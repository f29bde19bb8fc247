"""The database itself keeps the library's rules, whatever code writes to it."""

from datetime import timedelta

import pytest
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from nabij.sharing.choices import ReservationState, WaitState
from nabij.sharing.models import Item, ItemPhoto, Loan, Reservation, WaitingEntry
from nabij.sharing.models.reservations import NO_OVERLAP

from .conftest import day


def refused(write) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        write()


def _item(cast, library, **fields) -> Item:
    values = {
        "place": cast.rabot,
        "owner_member": cast.neighbour,
        "name": "Ladder",
        "category": "tools",
        "condition": "good",
        "created_at": timezone.now(),
        **fields,
    }
    return Item.objects.create(**values)


def _reservation(cast, library, starts, ends, **fields) -> Reservation:
    values = {
        "place": cast.rabot,
        "item": library.bike,
        "member": cast.neighbour,
        "starts_at": starts,
        "ends_at": ends,
        "created_at": timezone.now(),
        **fields,
    }
    return Reservation.objects.create(**values)


def test_an_item_has_exactly_one_owner(cast, library):
    refused(lambda: _item(cast, library, owner_member=None))
    refused(lambda: _item(cast, library, owner_organisation=library.buurtwerk))


def test_a_deposit_is_one_kind_and_more_than_nothing(cast, library):
    refused(lambda: _item(cast, library, deposit_cents=0))
    refused(lambda: _item(cast, library, deposit_units=50))
    refused(lambda: _item(cast, library, name=""))
    refused(lambda: _item(cast, library, condition="soso"))


def test_a_reservation_ends_after_it_starts(cast, library):
    refused(lambda: _reservation(cast, library, day(3), day(2)))
    refused(lambda: _reservation(cast, library, day(3), day(3)))


def test_one_open_loan_per_item(cast, library):
    first = _reservation(cast, library, day(0), day(2), state=ReservationState.LENT)
    second = _reservation(cast, library, day(3), day(5), state=ReservationState.LENT)
    now = timezone.now()
    loan = {"place": cast.rabot, "item": library.bike, "borrower": cast.neighbour}
    Loan.objects.create(**loan, reservation=first, lent_at=now, due_at=day(2), condition_out="good")
    refused(
        lambda: Loan.objects.create(
            **loan, reservation=second, lent_at=now, due_at=day(5), condition_out="good"
        )
    )


def test_a_return_notes_the_condition(cast, library):
    held = _reservation(cast, library, day(0), day(2), state=ReservationState.LENT)
    now = timezone.now()
    refused(
        lambda: Loan.objects.create(
            place=cast.rabot,
            item=library.bike,
            borrower=cast.neighbour,
            reservation=held,
            lent_at=now,
            due_at=day(2),
            condition_out="good",
            returned_at=now + timedelta(hours=1),
        )
    )


def test_waiting_positions_are_unique_per_item(cast, library):
    now = timezone.now()
    entry = {"place": cast.rabot, "item": library.bike, "joined_at": now}
    WaitingEntry.objects.create(**entry, member=cast.neighbour, position=1)
    refused(lambda: WaitingEntry.objects.create(**entry, member=cast.volunteer, position=1))
    refused(lambda: WaitingEntry.objects.create(**entry, member=cast.neighbour, position=2))
    WaitingEntry.objects.create(**entry, member=cast.volunteer, position=2, state=WaitState.LEFT)


def test_a_photo_is_a_small_jpeg(cast, library):
    photo = {"item": library.bike, "data": b"x", "created_at": timezone.now()}
    refused(lambda: ItemPhoto.objects.create(**photo, width=2000, height=10))
    refused(
        lambda: ItemPhoto.objects.create(**photo, width=10, height=10, content_type="image/png")
    )


@pytest.mark.postgres
@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL")
def test_overlapping_reservations_are_refused_by_an_exclusion_constraint(cast, library):
    with connection.cursor() as cursor:
        cursor.execute("SELECT contype FROM pg_constraint WHERE conname = %s", [NO_OVERLAP])
        assert cursor.fetchone() == ("x",)
    _reservation(cast, library, day(1), day(4))
    refused(lambda: _reservation(cast, library, day(2), day(3)))
    refused(lambda: _reservation(cast, library, day(3), day(5), state=ReservationState.LENT))
    # Touching periods, and periods that no longer hold the item, may overlap.
    _reservation(cast, library, day(4), day(6))
    _reservation(cast, library, day(2), day(3), state=ReservationState.CANCELLED)
    _reservation(cast, library, day(2), day(3), item=library.drill)
