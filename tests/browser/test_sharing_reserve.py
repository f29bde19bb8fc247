"""The library of things in a real browser: Jef reserves the cargo bike on its calendar
page, Sara hands it out at the desk and takes it back; the item page passes axe-core."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from nabij.sharing.choices import ReservationState
from nabij.sharing.models import Loan, Reservation
from tests.sharing.conftest import library  # noqa: F401 (a fixture)

pytestmark = pytest.mark.browser


def test_jef_reserves_sara_hands_out_and_takes_back(
    cast,
    library,  # noqa: F811
    new_page,
    log_in,
    axe_report,
):
    item_url = reverse("sharing:item", args=["rabot", library.bike.pk])
    today = timezone.localdate()

    jef = new_page()
    log_in(jef, cast.neighbour)
    jef.goto(item_url)
    expect(jef.get_by_role("table", name="Kalender van")).to_be_visible()
    assert axe_report(jef) == ""
    jef.get_by_label("Van:", exact=True).fill(today.isoformat())
    jef.get_by_label("Tot en met").fill((today + timedelta(days=2)).isoformat())
    jef.get_by_role("button", name="Reserveer").click()
    expect(jef.get_by_role("status")).to_contain_text("Bakfiets is gereserveerd voor Jef")
    expect(jef.get_by_role("table", name="Kalender van").get_by_text("van jou")).to_have_count(3)
    assert Reservation.objects.get().member == cast.neighbour

    sara = new_page()
    log_in(sara, cast.worker)
    sara.goto(reverse("sharing:desk", args=["rabot"]))
    sara.get_by_role("link", name="Bakfiets").click()
    sara.get_by_label("Waarborg ontvangen").check()
    sara.get_by_role("button", name="Uitlenen aan Jef").click()
    expect(sara.get_by_role("status")).to_contain_text("Bakfiets is uitgeleend aan Jef")
    assert Loan.objects.get().reservation.state == ReservationState.LENT

    sara.get_by_role("link", name="Terugnemen").click()
    sara.get_by_label("goed", exact=True).check()
    sara.get_by_label("Opmerking").fill("Band wat zacht.")
    sara.get_by_role("button", name="Terugnemen").click()
    expect(sara.get_by_role("status")).to_contain_text("Bakfiets is terug")
    loan = Loan.objects.get()
    assert loan.returned_at is not None and loan.return_note == "Band wat zacht."
    assert axe_report(sara) == ""
