"""The community currency end to end, in a real browser: a worker confirms a task and the
member's balance rises; the member pays at the grocery with the code on their card; the
grocery redeems a voucher from a printed sheet; the statements show it all.

Jef (a resident with a log-in) holds 50 Torekes; Mehmet runs the grocery.
"""

import re
import shutil
import subprocess

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from nabij.community.choices import RoleKind
from nabij.community.models import Role
from nabij.ledger import services
from nabij.ledger.models import Task, VoucherBatch
from tests.ledger.conftest import balance, books, key  # noqa: F401 (books is a fixture)

pytestmark = pytest.mark.browser

CODE = re.compile(r"\b\d{6}-[A-Z2-7]{12}\b")


@pytest.fixture
def toreke(cast, books):  # noqa: F811
    """The grocery is Mehmet's; Buurtwerk posted a task; a sheet of two vouchers is out."""
    Role.objects.filter(member=cast.shop, kind=RoleKind.PARTNER).update(
        organisation=books.grocery.organisation
    )
    services.task_post(
        actor=cast.worker,
        place=cast.rabot,
        payer=books.buurtwerk,
        title="Dakgoten van het buurthuis vegen",
        hours=2,
        reward=50,
    )
    services.voucher_batch_issue(
        actor=cast.worker,
        place=cast.rabot,
        currency=books.toreke,
        denomination=10,
        count=2,
        idempotency_key=key(),
    )
    return books


def _printed_code(page, batch: VoucherBatch, tmp_path) -> str:
    """The first code on the sheet the worker prints, read back from the PDF."""
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext is needed to read the printed sheet (poppler-utils)")
    response = page.request.get(reverse("ledger:batch_pdf", args=["rabot", batch.pk]))
    assert response.ok and response.headers["content-type"] == "application/pdf"
    path = tmp_path / "bonnen.pdf"
    path.write_bytes(response.body())
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return CODE.findall(text)[0]


def test_earn_pay_and_redeem_show_on_the_statements(
    log_in, page, new_page, axe_report, cast, toreke, tmp_path
):
    # Sara confirms that Jef swept the gutters.
    log_in(page, cast.worker)
    page.get_by_role("link", name="Rabot").click()
    page.get_by_role("navigation", name="Plek").get_by_role("link", name="Buurtmunt").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("De Toreke in één oogopslag")
    assert not (report := axe_report(page)), report
    page.get_by_role("navigation", name="Buurtmunt").get_by_role(
        "link", name="Betaalde taken"
    ).click()
    page.get_by_role("link", name="Bevestigen wie “Dakgoten van het buurthuis vegen” deed").click()
    search = page.get_by_role("search")
    search.get_by_role("searchbox", name="Naam van wie het deed").fill("Jef")
    search.get_by_role("button", name="Zoek").click()
    page.get_by_role("button", name="Jef deed het: betaal").click()
    expect(page.get_by_role("status")).to_contain_text("Jef kreeg 50 T")
    assert balance(toreke.jef) == 100
    assert Task.objects.get().worker == cast.neighbour

    # Jef sees his balance rise, and the code on his card.
    jef = new_page()
    log_in(jef, cast.neighbour)
    jef.get_by_role("link", name="Rabot").click()
    jef.get_by_role("navigation", name="Plek").get_by_role("link", name="Mijn munten").click()
    expect(jef.locator("p.balance")).to_contain_text("100 T")
    jef_code = jef.locator("figure.pay-card bdi.code").inner_text()

    # Mehmet takes Jef's payment by that code, then redeems a voucher from the sheet.
    voucher_code = _printed_code(page, VoucherBatch.objects.get(), tmp_path)
    shop = new_page()
    log_in(shop, cast.shop)
    shop.get_by_role("link", name="Rabot").click()
    shop.get_by_role("navigation", name="Plek").get_by_role("link", name="Buurtmunt").click()
    expect(shop.get_by_role("heading", level=1)).to_contain_text("Betaling ontvangen")
    assert not (report := axe_report(shop)), report
    shop.get_by_role("textbox", name="Code van de klant").fill(jef_code)
    shop.get_by_role("textbox", name="Bedrag").fill("30")
    shop.get_by_role("textbox", name="Waarvoor (mag leeg)").fill("boodschappen")
    shop.get_by_role("main").get_by_role("button", name="Betaling ontvangen").click()
    expect(shop.get_by_role("status")).to_contain_text("Betaling ontvangen: 30 T")

    shop.get_by_role("navigation", name="Buurtmunt").get_by_role(
        "link", name="Bon inwisselen"
    ).click()
    shop.get_by_role("textbox", name="Code van de bon").fill(voucher_code)
    shop.get_by_role("main").get_by_role("button", name="Bon inwisselen").click()
    expect(shop.get_by_role("status")).to_contain_text("Bon ingewisseld: 10 T")
    # The same paper twice: refused, next to the field.
    shop.get_by_role("textbox", name="Code van de bon").fill(voucher_code)
    shop.get_by_role("main").get_by_role("button", name="Bon inwisselen").click()
    expect(shop.get_by_role("alert")).to_contain_text("Deze bon is al ingewisseld")
    assert balance(toreke.grocery) == 40

    shop.get_by_role("navigation", name="Buurtmunt").get_by_role(
        "link", name="Rekening van mijn zaak"
    ).click()
    lines = shop.locator("table.statement")
    expect(lines).to_contain_text("boodschappen")
    expect(lines).to_contain_text("Jef")
    expect(lines).to_contain_text(f"#{voucher_code[:6]}")

    # Jef's statement shows what he earned and what he paid.
    jef.reload()
    expect(jef.locator("p.balance")).to_contain_text("70 T")
    statement = jef.locator("table.statement")
    expect(statement).to_contain_text("Dakgoten van het buurthuis vegen")
    expect(statement).to_contain_text("+50 T")
    expect(statement).to_contain_text("Kruidenier Mehmet")
    expect(statement).to_contain_text("-30 T")

    # And so does the one staff print for him.
    page.goto(reverse("ledger:statement", args=["rabot", toreke.jef.pk]))
    expect(page.locator("table.statement")).to_contain_text("Dakgoten van het buurthuis vegen")
    expect(page.locator("table.statement")).to_contain_text("boodschappen")
    assert not (report := axe_report(page)), report


@pytest.mark.parametrize(
    "path",
    ["", "accounts/", "accounts/{jef}/", "tasks/", "vouchers/", "settlements/", "till/"],
    ids=["overview", "accounts", "statement", "tasks", "vouchers", "settlements", "till"],
)
def test_currency_pages_fit_a_small_phone_without_serious_problems(
    log_in, new_page, axe_report, cast, toreke, path
):
    page = new_page(viewport={"width": 360, "height": 640})
    log_in(page, cast.worker)
    page.goto(f"/p/rabot/munt/{path.format(jef=toreke.jef.pk)}")
    width = page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert width[0] <= width[1], f"{page.url} is {width[0]}px wide on a {width[1]}px screen"
    assert not (report := axe_report(page)), report


def test_a_refused_payment_has_no_serious_problems(log_in, page, axe_report, cast, toreke):
    log_in(page, cast.shop)
    page.goto("/p/rabot/munt/till/")
    page.get_by_role("textbox", name="Code van de klant").fill("000001-AAAAAAAAAAAA")
    page.get_by_role("textbox", name="Bedrag").fill("0")
    page.get_by_role("main").get_by_role("button", name="Betaling ontvangen").click()
    expect(page.get_by_role("alert")).to_contain_text("QR-code kennen we niet")
    assert not (report := axe_report(page)), report


def test_mijn_munten_fits_a_small_phone(log_in, new_page, axe_report, cast, toreke):
    page = new_page(viewport={"width": 360, "height": 640})
    log_in(page, cast.neighbour)
    page.goto("/p/rabot/munt/mine/")
    expect(page.locator("figure.pay-card svg")).to_be_visible()
    width = page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert width[0] <= width[1], f"mijn munten is {width[0]}px wide on a {width[1]}px screen"
    assert not (report := axe_report(page)), report
