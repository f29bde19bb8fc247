"""Handing items out and taking them back: on a reservation or directly; an item is with
one borrower at a time; the condition is noted on return; the waiting list hears of it."""

from datetime import timedelta

import pytest
from django.utils import timezone

from nabij.aid.models import Notification
from nabij.community.errors import CommunityError
from nabij.errors import DomainError
from nabij.sharing import services
from nabij.sharing.choices import Condition, NoticeKind, ReservationState, WaitState
from nabij.sharing.errors import SharingError
from nabij.sharing.models import Item, Reservation, WaitingEntry

from .conftest import counts, day


def refused(code, write):
    before = counts()
    with pytest.raises(DomainError) as caught:
        write()
    assert caught.value.code == code
    assert counts() == before


def lend_direct(cast, library, item=None, *, actor=None, borrower=None, days=7):
    return services.loan_check_out(
        actor=actor or cast.worker,
        place=cast.rabot,
        item=item or library.bike,
        borrower=borrower or cast.resident,
        due_at=timezone.now() + timedelta(days=days),
    )


def test_a_reservation_is_picked_up(cast, library):
    reservation = services.reservation_book(
        actor=cast.worker,
        place=cast.rabot,
        item=library.bike,
        member=cast.resident,
        starts_at=day(0),
        ends_at=day(3),
    )
    loan = services.loan_check_out(
        actor=cast.worker,
        place=cast.rabot,
        item=library.bike,
        reservation=reservation,
        deposit_held=True,
    )
    assert loan.borrower == cast.resident
    assert loan.due_at == day(3)
    assert loan.condition_out == Condition.USED
    assert Reservation.objects.get(pk=reservation.pk).state == ReservationState.LENT


def test_picking_up_early_moves_the_start_forward(cast, library):
    reservation = services.reservation_book(
        actor=cast.neighbour,
        place=cast.rabot,
        item=library.bike,
        member=cast.neighbour,
        starts_at=day(2),
        ends_at=day(4),
    )
    services.loan_check_out(
        actor=cast.worker, place=cast.rabot, item=library.bike, reservation=reservation
    )
    assert Reservation.objects.get(pk=reservation.pk).starts_at <= timezone.now()


def test_a_direct_loan_books_its_period_on_the_calendar(cast, library):
    loan = lend_direct(cast, library)
    assert loan.reservation.state == ReservationState.LENT
    with pytest.raises(DomainError) as caught:
        services.reservation_book(
            actor=cast.neighbour,
            place=cast.rabot,
            item=library.bike,
            member=cast.neighbour,
            starts_at=day(1),
            ends_at=day(2),
        )
    assert caught.value.code == SharingError.OVERLAP


def test_an_item_already_out_is_not_lent_again(cast, library):
    lend_direct(cast, library)
    refused(SharingError.ALREADY_OUT, lambda: lend_direct(cast, library, borrower=cast.neighbour))


def test_a_direct_loan_over_someone_elses_booking_is_refused(cast, library):
    services.reservation_book(
        actor=cast.neighbour,
        place=cast.rabot,
        item=library.bike,
        member=cast.neighbour,
        starts_at=day(2),
        ends_at=day(4),
    )
    refused(SharingError.OVERLAP, lambda: lend_direct(cast, library, days=3))


def test_the_owner_hands_out_their_own_drill_but_not_the_bike(cast, library):
    loan = lend_direct(cast, library, library.drill, actor=cast.neighbour)
    assert loan.lent_by == cast.neighbour
    refused(
        CommunityError.NOT_YOUR_PLACE,
        lambda: lend_direct(cast, library, actor=cast.neighbour),
    )


def test_taking_back_notes_the_condition_and_frees_the_rest(cast, library):
    loan = lend_direct(cast, library)
    back = services.loan_return(
        actor=cast.worker,
        place=cast.rabot,
        item=library.bike,
        condition=Condition.WORN,
        note="Ketting roest een beetje.",
    )
    assert back.pk == loan.pk and back.returned_at is not None
    assert back.condition_back == Condition.WORN
    assert Item.objects.get(pk=library.bike.pk).condition == Condition.WORN
    reservation = Reservation.objects.get(pk=loan.reservation_id)
    assert reservation.state == ReservationState.DONE
    assert reservation.ends_at <= timezone.now()
    assert services.reservation_book(
        actor=cast.neighbour,
        place=cast.rabot,
        item=library.bike,
        member=cast.neighbour,
        starts_at=day(1),
        ends_at=day(2),
    ).pk


def test_an_item_that_is_not_lent_cannot_be_taken_back(cast, library):
    refused(
        SharingError.NOT_LENT,
        lambda: services.loan_return(
            actor=cast.worker, place=cast.rabot, item=library.bike, condition=Condition.GOOD
        ),
    )
    lend_direct(cast, library)
    services.loan_return(
        actor=cast.worker, place=cast.rabot, item=library.bike, condition=Condition.GOOD
    )
    refused(
        SharingError.NOT_LENT,
        lambda: services.loan_return(
            actor=cast.worker, place=cast.rabot, item=library.bike, condition=Condition.GOOD
        ),
    )


def test_the_first_in_line_hears_when_it_comes_back(cast, library):
    lend_direct(cast, library, borrower=cast.volunteer)
    amina = services.waiting_join(
        actor=cast.worker, place=cast.rabot, item=library.bike, member=cast.resident
    )
    jef = services.waiting_join(
        actor=cast.neighbour, place=cast.rabot, item=library.bike, member=cast.neighbour
    )
    assert (amina.position, jef.position) == (1, 2)

    services.loan_return(
        actor=cast.worker, place=cast.rabot, item=library.bike, condition=Condition.USED
    )

    amina.refresh_from_db()
    jef.refresh_from_db()
    assert amina.state == WaitState.NOTIFIED and jef.state == WaitState.WAITING
    # Amina is reached through Sara: Sara reads the message about her.
    notice = Notification.objects.get(kind=NoticeKind.ITEM_BACK)
    assert notice.member == cast.worker
    assert "Amina" in notice.body and "Bakfiets" in notice.subject
    assert not Notification.objects.filter(member=cast.neighbour).exists()


def test_nobody_waits_for_an_item_that_is_free(cast, library):
    refused(
        SharingError.FREE_NOW,
        lambda: services.waiting_join(
            actor=cast.neighbour, place=cast.rabot, item=library.bike, member=cast.neighbour
        ),
    )


def test_nobody_waits_twice(cast, library):
    lend_direct(cast, library)
    services.waiting_join(
        actor=cast.neighbour, place=cast.rabot, item=library.bike, member=cast.neighbour
    )
    refused(
        SharingError.ALREADY_WAITING,
        lambda: services.waiting_join(
            actor=cast.neighbour, place=cast.rabot, item=library.bike, member=cast.neighbour
        ),
    )
    assert WaitingEntry.objects.count() == 1
