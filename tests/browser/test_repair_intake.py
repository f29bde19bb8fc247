"""The repair café in a real browser: Youssef, a volunteer at the door, writes down a
bicycle, then records at the fixers' table that it was repaired; the session's totals
show it, and the pages pass the accessibility check."""

import pytest
from playwright.sync_api import expect

from nabij.repair.models import RepairItem
from tests.repair.conftest import cafe  # noqa: F401 (a fixture)

pytestmark = pytest.mark.browser


def test_a_volunteer_records_an_item_and_its_outcome(log_in, page, axe_report, cast, cafe):  # noqa: F811
    log_in(page, cast.volunteer)
    page.goto(f"/p/rabot/repair/sessies/{cafe.today.pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Repair café")
    assert not (report := axe_report(page)), report

    intake = page.get_by_role("form", name="Voorwerp noteren")
    intake.get_by_role("radio", name="fiets").check()
    intake.get_by_label("Wat is het?").fill("Fiets met losse ketting")
    intake.get_by_label("Gewicht in gram (schatting)").fill("14000")
    intake.get_by_role("button", name="Noteren").click()
    expect(page.get_by_text("“Fiets met losse ketting” staat op de lijst.")).to_be_visible()
    assert RepairItem.objects.get().owner is None

    page.get_by_role("link", name="Fiets met losse ketting").click()
    assert not (report := axe_report(page)), report
    page.get_by_role("radio", name="gerepareerd", exact=True).check()
    expect(page.get_by_label("Wie repareerde?")).to_have_value(str(cast.volunteer.pk))
    page.get_by_role("button", name="Resultaat noteren").click()

    row = page.get_by_role("row", name="Fiets met losse ketting")
    expect(row).to_contain_text("gerepareerd")
    expect(row).to_contain_text("Youssef")
    assert RepairItem.objects.get().outcome == "repaired"
    figures = page.locator("ul.figures")
    expect(figures).to_contain_text("1 voorwerp binnengebracht")
    expect(figures).to_contain_text("14,0 kg uit het afval gehouden")
    assert not (report := axe_report(page)), report
