"""An item's calendar in a real browser: busy days read "bezet" and look different (not by
colour alone), the page passes axe-core (colour contrast included), and Jef hands out his
own drill from "Mijn spullen"."""

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from nabij.sharing import services
from nabij.sharing.models import Loan
from tests.sharing.conftest import day, library  # noqa: F401 (a fixture)

pytestmark = pytest.mark.browser


def test_busy_days_are_marked_in_words_and_shape_and_pass_axe(
    cast,
    library,  # noqa: F811
    new_page,
    log_in,
    axe_report,
):
    services.reservation_book(
        actor=cast.worker,
        place=cast.rabot,
        item=library.bike,
        member=cast.resident,
        starts_at=day(0),
        ends_at=day(1),
    )
    youssef = new_page()
    log_in(youssef, cast.volunteer)
    youssef.goto(reverse("sharing:item", args=["rabot", library.bike.pk]))
    calendar = youssef.get_by_role("table", name="Kalender van")
    today = calendar.locator('td[aria-current="date"]')
    expect(today).to_contain_text("bezet")
    expect(today).to_have_class("busy")
    free = calendar.locator("td.free").first
    edge = "getComputedStyle(el).borderInlineStartWidth"
    assert today.evaluate(f"el => {edge}") == "4px"
    assert free.evaluate(f"el => {edge}") == "1px"
    assert today.evaluate("el => getComputedStyle(el).backgroundImage") != "none"
    assert axe_report(youssef) == ""


def test_jef_hands_out_his_drill_from_mijn_spullen(
    cast,
    library,  # noqa: F811
    new_page,
    log_in,
    axe_report,
):
    services.reservation_book(
        actor=cast.worker,
        place=cast.rabot,
        item=library.drill,
        member=cast.resident,
        starts_at=day(0),
        ends_at=day(2),
    )
    jef = new_page()
    log_in(jef, cast.neighbour)
    jef.goto(reverse("sharing:my_items", args=["rabot"]))
    assert axe_report(jef) == ""
    jef.get_by_label("Waarborg ontvangen").check()
    jef.get_by_role("button", name="Uitlenen aan Amina").click()
    expect(jef.get_by_role("status")).to_contain_text("Boormachine is uitgeleend aan Amina")
    expect(jef.get_by_role("heading", name="Mijn spullen")).to_be_visible()
    loan = Loan.objects.get()
    assert loan.lent_by == cast.neighbour and loan.deposit_held
    assert loan.lent_at <= timezone.now()
