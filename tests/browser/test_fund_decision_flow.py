"""The solidarity fund end to end, in a real browser (must-show 1): Sara applies on
Amina's behalf, Youssef proposes a grant and Jef confirms it, each with a reason; then
anyone opens the fund's public page and sees the totals move, and no name.

Four energy grants were decided earlier this month, so Amina's is the fifth in that cell:
only then may the cell, and the totals holding it, be shown.
"""

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from nabij.community.choices import RoleKind
from nabij.community.models import Member, Role
from nabij.fund.models import Decision
from tests.fund.conftest import apply, decide, fund  # noqa: F401 (fixtures)

pytestmark = pytest.mark.browser

# Four neighbours helped earlier, with what they got: € 305 in all.
EARLIER = {"Mariam": "60", "Tarik": "70", "Lotte": "80", "Bram": "95"}


@pytest.fixture
def four_earlier_grants(cast, fund, apply, decide):  # noqa: F811
    now = timezone.now()
    for name, amount in EARLIER.items():
        person = Member.objects.create(
            place=cast.rabot, display_name=name, created_at=now, updated_at=now
        )
        Role.objects.create(place=cast.rabot, member=person, kind=RoleKind.RESIDENT, since=now)
        decide(apply(amount, criterion=fund.energy, person=person))
    return fund


def _energy_row(page, table: str):
    table = page.get_by_role("table", name=table)
    return table.get_by_role("row").filter(has=page.get_by_role("rowheader", name="Energie"))


BY_CATEGORY = "Toegekend per soort hulp"
BY_CATEGORY_AND_MONTH = "Toekenningen en bedrag per soort hulp en maand"


def test_a_worker_applies_two_members_decide_and_the_public_page_shows_it(
    log_in, new_page, axe_report, cast, four_earlier_grants
):
    the_fund = four_earlier_grants.fund
    public_url = reverse("fund:public", args=["rabot", the_fund.pk])

    # Before: four grants are too few to show, in the cell and in the totals.
    visitor = new_page()
    visitor.goto(public_url)
    expect(visitor.get_by_role("heading", level=1)).to_contain_text("Solidariteitsfonds Rabot")
    expect(_energy_row(visitor, BY_CATEGORY_AND_MONTH)).to_contain_text("< 5")
    expect(_energy_row(visitor, BY_CATEGORY)).to_contain_text("verborgen")
    expect(visitor.get_by_role("main")).not_to_contain_text("€ 305,00")

    # Sara applies for Amina.
    sara = new_page()
    log_in(sara, cast.worker)
    sara.goto(reverse("fund:application_new", args=["rabot"]))
    search = sara.get_by_role("search")
    search.get_by_role("searchbox").fill("Amina")
    search.get_by_role("button", name="Zoek").click()
    sara.get_by_role("link", name="Aanvraag voor Amina").click()
    sara.get_by_label("Criterium").select_option(
        label="Energiefactuur (versie 1, hoogstens € 300,00)"
    )
    sara.get_by_label("Gevraagd bedrag").fill("150")
    sara.get_by_label("Situatie").fill(
        "Achterstallige energiefactuur, drie kinderen, geen inkomen."
    )
    sara.get_by_role("button", name="Aanvraag indienen").click()
    expect(sara.get_by_role("status")).to_contain_text("is ingediend")
    case = Member.objects.get(pk=cast.resident.pk)  # Amina, for the assertions below
    application = the_fund.applications.get(person=case)

    # Youssef proposes to grant it, with a reason.
    youssef = new_page()
    log_in(youssef, cast.volunteer)
    youssef.goto(reverse("fund:committee", args=["rabot"]))
    youssef.get_by_role("link", name=f"Dossier {application.case_number}").click()
    expect(youssef.get_by_role("main")).not_to_contain_text("Amina")
    youssef.get_by_role("radio", name="toegekend", exact=True).check()
    youssef.get_by_label("Motivering").fill("Past binnen het criterium energie; factuur gezien.")
    youssef.get_by_role("button", name="Voorstel doen").click()
    expect(youssef.get_by_role("status")).to_contain_text("Je voorstel is genoteerd")
    assert not Decision.objects.filter(application=application).exists()

    # Jef, a second member of the committee, confirms it.
    jef = new_page()
    log_in(jef, cast.neighbour)
    jef.goto(reverse("fund:committee", args=["rabot"]))
    jef.get_by_role("link", name=f"Dossier {application.case_number}").click()
    expect(jef.get_by_role("main")).to_contain_text("Past binnen het criterium energie")
    jef.get_by_role("button", name="Voorstel bevestigen").click()
    expect(jef.get_by_role("status")).to_contain_text("De beslissing is genomen")
    decision = Decision.objects.get(application=application)
    assert (decision.proposed_by, decision.confirmed_by) == (cast.volunteer, cast.neighbour)

    # Anyone, not logged in, sees the fifth grant counted: € 305 + € 150.
    visitor.reload()
    expect(_energy_row(visitor, BY_CATEGORY_AND_MONTH)).to_contain_text("5 · € 455,00")
    row = _energy_row(visitor, BY_CATEGORY)
    expect(row.get_by_role("cell").nth(0)).to_have_text("5")
    expect(row.get_by_role("cell").nth(1)).to_have_text("€ 455,00")
    outcomes = visitor.get_by_role("table", name="Beslissingen in")
    expect(outcomes.get_by_role("row").filter(has_text="Toegekend")).to_contain_text("5")
    body = visitor.locator("body").inner_text()
    for name in ("Amina", *EARLIER, "Sara", "Youssef", "Jef"):
        assert name not in body, f"{name} on the public page"
    assert "Achterstallige energiefactuur" not in body  # the situation stays inside
    assert "factuur gezien" not in body  # and so does the written reason
    assert visitor.get_by_role("navigation", name="Plek").count() == 0
    assert not (report := axe_report(visitor)), report


def test_the_public_page_fits_a_small_phone(new_page, axe_report, four_earlier_grants):
    page = new_page(viewport={"width": 360, "height": 640})
    page.goto(reverse("fund:public", args=["rabot", four_earlier_grants.fund.pk]))
    width = page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert width[0] <= width[1], f"the public page is {width[0]}px wide on a {width[1]}px screen"
    assert not (report := axe_report(page)), report
