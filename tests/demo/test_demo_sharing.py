"""The demo's library of things: items of the community centre and of residents, half a
year of loans that never overlap, an overdue loan, bookings ahead and a waiting list."""

from collections import defaultdict
from itertools import pairwise

from nabij.sharing.choices import HOLDING_STATES, ReservationState, WaitState
from nabij.sharing.models import Item, Loan, Reservation, WaitingEntry
from tests.demo.conftest import NOW


def test_items_are_lent_by_the_centre_and_by_residents(demo):
    assert Item.objects.filter(owner_organisation__isnull=False).count() > 15
    volunteer_items = Item.objects.filter(owner_member__user__username="vrijwilliger")
    assert volunteer_items.exists()
    assert Item.objects.filter(deposit_cents__isnull=False).exists()


def test_reservations_that_hold_an_item_never_overlap(demo):
    periods = defaultdict(list)
    for item, starts, ends in Reservation.objects.filter(state__in=HOLDING_STATES).values_list(
        "item", "starts_at", "ends_at"
    ):
        periods[item].append((starts, ends))
    for spans in periods.values():
        spans.sort()
        for (_, first_end), (second_start, _) in pairwise(spans):
            assert first_end <= second_start


def test_half_a_year_of_returned_loans_and_some_out_now(demo):
    returned = Loan.objects.filter(returned_at__isnull=False)
    assert returned.count() > 50
    assert not returned.filter(reservation__state=ReservationState.LENT).exists()
    out = Loan.objects.filter(returned_at__isnull=True)
    assert out.filter(due_at__lt=NOW).count() == 1  # overdue
    assert out.filter(borrower__user__username="bewoner").exists()


def test_bookings_ahead_and_a_waiting_list(demo):
    ahead = Reservation.objects.filter(state=ReservationState.BOOKED, starts_at__gt=NOW)
    assert ahead.filter(member__user__username="bewoner").exists()
    queue = WaitingEntry.objects.filter(state=WaitState.WAITING).order_by("position")
    assert [entry.position for entry in queue] == [1, 2, 3]
    assert len({entry.item_id for entry in queue}) == 1
