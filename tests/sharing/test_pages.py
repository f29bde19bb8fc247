"""The library's pages: the catalogue, an item's calendar and booking (also for someone
without a log-in), one's own loans, and the desk's hand-out and take-back."""

from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from nabij.sharing import services
from nabij.sharing.choices import Category, Condition, ReservationState
from nabij.sharing.errors import SharingError
from nabij.sharing.models import Item, Loan, Reservation

from .conftest import counts, day, says


def test_the_catalogue_finds_by_name_and_category(cast, library, login):
    client = login(cast.neighbour)
    url = reverse("sharing:catalogue", args=["rabot"])
    page = client.get(url, {"q": "boor"}).content.decode()
    assert "Boormachine" in page and "Bakfiets" not in page
    page = client.get(url, {"category": Category.MOBILITY}).content.decode()
    assert "Bakfiets" in page and "Boormachine" not in page


def test_the_catalogue_shows_what_is_free_now(cast, library, login):
    services.loan_check_out(
        actor=cast.worker,
        place=cast.rabot,
        item=library.bike,
        borrower=cast.resident,
        due_at=timezone.now() + timedelta(days=2),
    )
    client = login(cast.neighbour)
    page = client.get(reverse("sharing:catalogue", args=["rabot"]), {"free": "on"})
    text = page.content.decode()
    assert "Boormachine" in text and "Bakfiets" not in text


def test_the_catalogue_costs_the_same_few_queries_for_many_items(
    cast, library, login, django_assert_max_num_queries
):
    client = login(cast.neighbour)
    url = reverse("sharing:catalogue", args=["rabot"])
    # The menu's own queries belong to other apps: measure with two items, then hold
    # forty-two to the same number.
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for n in range(40):
        services.item_register(
            actor=cast.worker,
            place=cast.rabot,
            owner_organisation=library.buurtwerk,
            name=f"Tang {n}",
            category=Category.TOOLS,
            condition=Condition.GOOD,
        )
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(url)
    assert response.status_code == 200 and "Tang 0" in response.content.decode()
    assert len(few.captured_queries) <= 12


def test_the_item_page_has_a_month_calendar_with_the_booking(cast, library, login):
    services.reservation_book(
        actor=cast.worker,
        place=cast.rabot,
        item=library.drill,
        member=cast.resident,
        starts_at=day(1),
        ends_at=day(2),
    )
    url = reverse("sharing:item", args=["rabot", library.drill.pk])
    month = f"?maand={timezone.localdate() + timedelta(days=1):%Y-%m}"
    resident_page = login(cast.neighbour).get(url + month).content.decode()
    assert "<caption>Kalender van" in resident_page
    assert "bezet" in resident_page
    # Residents see that a day is taken, not by whom.
    assert "Amina" not in resident_page
    worker_page = login(cast.worker).get(url + month).content.decode()
    assert "Amina" in worker_page


def test_jef_reserves_on_the_item_page(cast, library, login):
    client = login(cast.neighbour)
    start = timezone.localdate() + timedelta(days=2)
    response = client.post(
        reverse("sharing:reserve", args=["rabot", library.bike.pk]),
        {"starts_on": start.isoformat(), "ends_on": (start + timedelta(days=1)).isoformat()},
    )
    assert response.status_code == 302
    reservation = Reservation.objects.get()
    assert reservation.member == cast.neighbour
    assert reservation.ends_at - reservation.starts_at == timedelta(days=2)


def test_sara_reserves_for_amina(cast, library, login):
    client = login(cast.worker)
    url = reverse("sharing:item", args=["rabot", library.bike.pk])
    assert "Amina kiezen" in client.get(url, {"q": "Ami"}).content.decode()
    start = timezone.localdate() + timedelta(days=1)
    client.post(
        reverse("sharing:reserve", args=["rabot", library.bike.pk]),
        {"member": cast.resident.pk, "starts_on": start, "ends_on": start},
    )
    assert Reservation.objects.get().member == cast.resident


def test_a_bad_period_on_the_page_is_refused_with_a_message(cast, library, login):
    client = login(cast.neighbour)
    today = timezone.localdate()
    url = reverse("sharing:reserve", args=["rabot", library.bike.pk])
    before = counts()
    response = client.post(
        url, {"starts_on": today + timedelta(3), "ends_on": today + timedelta(1)}
    )
    assert says(response, SharingError.ENDS_BEFORE_START)
    response = client.post(url, {"starts_on": today - timedelta(3), "ends_on": today})
    assert says(response, SharingError.IN_THE_PAST)
    assert counts() == before


def test_my_loans_and_reservations(cast, library, login):
    services.reservation_book(
        actor=cast.neighbour,
        place=cast.rabot,
        item=library.bike,
        member=cast.neighbour,
        starts_at=day(1),
        ends_at=day(2),
    )
    services.loan_check_out(
        actor=cast.worker,
        place=cast.rabot,
        item=library.drill,
        borrower=cast.neighbour,
        due_at=timezone.now() + timedelta(days=2),
    )
    page = login(cast.neighbour).get(reverse("sharing:mine", args=["rabot"])).content.decode()
    assert "Bakfiets" in page and "Boormachine" in page


def test_the_desk_hands_out_and_takes_back(cast, library, login):
    reservation = services.reservation_book(
        actor=cast.worker,
        place=cast.rabot,
        item=library.bike,
        member=cast.resident,
        starts_at=day(0),
        ends_at=day(2),
    )
    client = login(cast.worker)
    assert "Bakfiets" in client.get(reverse("sharing:desk", args=["rabot"])).content.decode()
    client.post(
        reverse("sharing:check_out", args=["rabot", library.bike.pk]),
        {"reservation": reservation.pk, "deposit_held": "on"},
    )
    loan = Loan.objects.get()
    assert loan.deposit_held and loan.reservation.state == ReservationState.LENT
    # Handing it out again is refused on the page, and changes nothing.
    response = client.post(
        reverse("sharing:check_out", args=["rabot", library.bike.pk]),
        {"person": cast.neighbour.pk, "due_on": timezone.localdate() + timedelta(days=5)},
    )
    assert says(response, SharingError.ALREADY_OUT)
    assert Loan.objects.count() == 1
    client.post(
        reverse("sharing:take_back", args=["rabot", library.bike.pk]),
        {"condition": Condition.GOOD, "note": ""},
    )
    assert Loan.objects.get().returned_at is not None
    response = client.post(
        reverse("sharing:take_back", args=["rabot", library.bike.pk]),
        {"condition": Condition.GOOD, "note": ""},
    )
    assert says(response, SharingError.NOT_LENT)


def test_overdue_page_lists_late_loans(cast, library, login):
    then = timezone.now() - timedelta(days=9)
    services.loan_check_out(
        actor=cast.worker,
        place=cast.rabot,
        item=library.bike,
        borrower=cast.resident,
        due_at=then + timedelta(days=7),
        now=then,
    )
    page = login(cast.worker).get(reverse("sharing:overdue", args=["rabot"])).content.decode()
    assert "Bakfiets" in page and "Amina" in page


def test_a_worker_adds_an_item_with_a_euro_deposit(cast, library, login):
    client = login(cast.worker)
    url = reverse("sharing:item_new", args=["rabot"])
    assert "Buurtwerk Rabot kiezen" in client.get(url).content.decode()
    response = client.post(
        f"{url}?person={cast.volunteer.pk}",
        {
            "name": "Naaimachine",
            "category": Category.HOUSEHOLD,
            "condition": Condition.GOOD,
            "deposit_kind": "euro",
            "deposit_amount": "12,50",
        },
    )
    assert response.status_code == 302
    item = Item.objects.get(name="Naaimachine")
    assert item.owner_member == cast.volunteer and item.deposit_cents == 1250


def test_jef_joins_the_waiting_list_for_the_lent_bike(cast, library, login):
    services.loan_check_out(
        actor=cast.worker,
        place=cast.rabot,
        item=library.bike,
        borrower=cast.resident,
        due_at=timezone.now() + timedelta(days=2),
    )
    client = login(cast.neighbour)
    url = reverse("sharing:item", args=["rabot", library.bike.pk])
    assert "Zet op de wachtlijst" in client.get(url).content.decode()
    response = client.post(reverse("sharing:wait", args=["rabot", library.bike.pk]), follow=True)
    assert "Jef staat op de wachtlijst, als nummer 1." in response.content.decode()
    assert "Je staat op de wachtlijst" in response.content.decode()
