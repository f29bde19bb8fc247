"""Booking an item's calendar: a member for themself, a worker for someone without a
log-in; bad periods and overlaps are refused and change nothing."""

from datetime import timedelta

import pytest

from nabij.community.errors import CommunityError
from nabij.errors import DomainError
from nabij.sharing import services
from nabij.sharing.choices import ReservationState
from nabij.sharing.errors import SharingError
from nabij.sharing.models import Reservation

from .conftest import counts, day


def book(cast, library, *, actor=None, member=None, starts=1, ends=3):
    return services.reservation_book(
        actor=actor or cast.neighbour,
        place=cast.rabot,
        item=library.bike,
        member=member or cast.neighbour,
        starts_at=day(starts),
        ends_at=day(ends),
    )


def refused(code, write, field=None):
    before = counts()
    with pytest.raises(DomainError) as caught:
        write()
    assert caught.value.code == code
    if field:
        assert caught.value.field == field
    assert counts() == before
    return caught.value


def test_jef_books_the_bike_for_two_days(cast, library):
    reservation = book(cast, library)
    assert reservation.state == ReservationState.BOOKED
    assert reservation.member == cast.neighbour
    assert reservation.ends_at - reservation.starts_at == timedelta(days=2)


def test_sara_books_for_amina_who_has_no_login(cast, library):
    reservation = book(cast, library, actor=cast.worker, member=cast.resident)
    assert reservation.member == cast.resident
    assert reservation.created_by == cast.worker


def test_a_period_that_ends_before_it_starts_is_refused(cast, library):
    error = refused(
        SharingError.ENDS_BEFORE_START, lambda: book(cast, library, starts=3, ends=2), "ends_at"
    )
    assert "na het begin" in error.message
    refused(SharingError.ENDS_BEFORE_START, lambda: book(cast, library, starts=3, ends=3))


def test_a_period_in_the_past_is_refused(cast, library):
    refused(SharingError.IN_THE_PAST, lambda: book(cast, library, starts=-2, ends=1), "starts_at")


def test_today_may_still_be_booked(cast, library):
    assert book(cast, library, starts=0, ends=1).pk


def test_an_overlapping_period_is_refused(cast, library):
    book(cast, library, starts=1, ends=4)
    for starts, ends in ((0, 2), (2, 3), (3, 6), (0, 8)):
        refused(
            SharingError.OVERLAP,
            lambda s=starts, e=ends: book(
                cast, library, actor=cast.worker, member=cast.resident, starts=s, ends=e
            ),
        )


def test_periods_that_touch_do_not_overlap(cast, library):
    book(cast, library, starts=1, ends=3)
    assert book(cast, library, actor=cast.volunteer, member=cast.volunteer, starts=3, ends=5).pk


def test_a_cancelled_period_is_free_again(cast, library):
    first = book(cast, library, starts=1, ends=3)
    services.reservation_cancel(actor=cast.neighbour, place=cast.rabot, reservation=first)
    assert book(cast, library, actor=cast.volunteer, member=cast.volunteer).pk
    assert Reservation.objects.get(pk=first.pk).state == ReservationState.CANCELLED


def test_a_resident_cannot_book_for_someone_else(cast, library):
    refused(SharingError.NOT_YOURS, lambda: book(cast, library, member=cast.resident))


def test_a_worker_of_another_place_cannot_book_here(cast, library):
    refused(
        CommunityError.NOT_YOUR_PLACE,
        lambda: book(cast, library, actor=cast.school_worker, member=cast.resident),
    )


def test_a_retired_item_cannot_be_booked(cast, library):
    services.item_retire(actor=cast.worker, place=cast.rabot, item=library.bike)
    refused(SharingError.RETIRED, lambda: book(cast, library))


def test_only_the_person_or_staff_cancels(cast, library):
    reservation = book(cast, library)
    with pytest.raises(DomainError) as caught:
        services.reservation_cancel(actor=cast.volunteer, place=cast.rabot, reservation=reservation)
    assert caught.value.code == SharingError.NOT_YOURS
    services.reservation_cancel(actor=cast.worker, place=cast.rabot, reservation=reservation)
    with pytest.raises(DomainError) as again:
        services.reservation_cancel(actor=cast.worker, place=cast.rabot, reservation=reservation)
    assert again.value.code == SharingError.RESERVATION_CLOSED
