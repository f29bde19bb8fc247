"""Mijn spullen: Jef sees his drill, who booked it and who has it, and hands it out and
takes it back himself; nobody else keeps his drill, and he searches nobody's name."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from nabij.sharing import services
from nabij.sharing.choices import Category, Condition, ReservationState
from nabij.sharing.models import Loan, Reservation

from .conftest import counts, day


def book(cast, library, member, start: int, end: int) -> Reservation:
    return services.reservation_book(
        actor=cast.worker,
        place=cast.rabot,
        item=library.drill,
        member=member,
        starts_at=day(start),
        ends_at=day(end),
    )


def test_jef_sees_his_drill_with_its_bookings_and_not_the_bike(cast, library, login):
    book(cast, library, cast.resident, 0, 2)
    book(cast, library, cast.volunteer, 4, 5)
    page = login(cast.neighbour).get(reverse("sharing:my_items", args=["rabot"]))
    text = page.content.decode()
    assert "Boormachine" in text and "Bakfiets" not in text
    assert "Uitlenen aan Amina" in text
    # Youssef's booking starts later: it cannot be handed out yet.
    assert "Uitlenen aan Youssef" not in text and "Youssef" in text


def test_someone_who_lends_nothing_is_told_how_to_start(cast, library, login):
    page = login(cast.volunteer).get(reverse("sharing:my_items", args=["rabot"]))
    assert "Je leent nog niets uit." in page.content.decode()


def test_jef_hands_out_and_takes_back_from_his_page(cast, library, login):
    reservation = book(cast, library, cast.resident, 0, 2)
    client = login(cast.neighbour)
    response = client.post(
        reverse("sharing:check_out", args=["rabot", library.drill.pk]),
        {"reservation": reservation.pk, "deposit_held": "on", "next": "my_items"},
    )
    assert response.url == reverse("sharing:my_items", args=["rabot"])
    loan = Loan.objects.get()
    assert (loan.borrower, loan.lent_by, loan.deposit_held) == (cast.resident, cast.neighbour, True)
    text = client.get(reverse("sharing:my_items", args=["rabot"])).content.decode()
    assert "Amina heeft het." in text and "Boormachine terugnemen" in text

    response = client.post(
        reverse("sharing:take_back", args=["rabot", library.drill.pk]),
        {"condition": Condition.WORN, "note": "Eén boortje kwijt.", "next": "my_items"},
    )
    assert response.url == reverse("sharing:my_items", args=["rabot"])
    loan.refresh_from_db()
    assert loan.returned_to == cast.neighbour and loan.condition_back == Condition.WORN
    assert Reservation.objects.get().state == ReservationState.DONE


def test_an_owner_cannot_lend_directly_or_search_members(cast, library, login):
    client = login(cast.neighbour)
    url = reverse("sharing:check_out", args=["rabot", library.drill.pk])
    page = client.get(url, {"q": "Ami"}).content.decode()
    assert "Amina kiezen" not in page
    before = counts()
    response = client.post(
        url, {"person": cast.resident.pk, "due_on": timezone.localdate() + timedelta(days=3)}
    )
    assert response.status_code == 200
    assert counts() == before


def test_nobody_else_hands_out_or_takes_back_jefs_drill(cast, library, login):
    client = login(cast.volunteer)
    for name in ("check_out", "take_back", "item_edit", "photo_add"):
        url = reverse(f"sharing:{name}", args=["rabot", library.drill.pk])
        assert client.get(url).status_code == 403, name
    # Jef keeps his drill, not Buurtwerk's bike.
    url = reverse("sharing:check_out", args=["rabot", library.bike.pk])
    assert login(cast.neighbour).get(url).status_code == 403


def test_the_page_costs_the_same_few_queries_for_many_items(
    cast, library, login, django_assert_max_num_queries
):
    for n in range(15):
        item = services.item_register(
            actor=cast.worker,
            place=cast.rabot,
            owner_member=cast.neighbour,
            name=f"Ladder {n}",
            category=Category.HOUSEHOLD,
            condition=Condition.GOOD,
        )
        services.reservation_book(
            actor=cast.worker,
            place=cast.rabot,
            item=item,
            member=cast.resident,
            starts_at=day(1),
            ends_at=day(2),
        )
    client = login(cast.neighbour)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("sharing:my_items", args=["rabot"]))
    assert response.content.decode().count("Amina") == 15
