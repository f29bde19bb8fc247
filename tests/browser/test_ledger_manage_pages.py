"""The pages that run the currency, in a real browser and on a small phone: starting a
currency, opening a partner's account, overriding limits, reversing a booking, booking
demurrage, replacing a lost card and redeeming a voucher on "Mijn munten". None has a
serious accessibility problem, and the lost card's code is refused at the till.
"""

import pytest
from playwright.sync_api import expect

from nabij.community.choices import RoleKind
from nabij.community.models import Role
from nabij.ledger import codes, services
from nabij.ledger.models import Transfer
from tests.ledger.conftest import balance, books, key  # noqa: F401 (books is a fixture)

pytestmark = pytest.mark.browser


@pytest.fixture
def toreke(cast, books):  # noqa: F811
    """Mehmet runs the grocery and charged Jef 5 Torekes ("coffee"); a sheet of one
    voucher is out."""
    Role.objects.filter(member=cast.shop, kind=RoleKind.PARTNER).update(
        organisation=books.grocery.organisation
    )
    services.voucher_batch_issue(
        actor=cast.worker,
        place=cast.rabot,
        currency=books.toreke,
        denomination=10,
        count=1,
        idempotency_key=key(),
    )
    services.payment_take(
        actor=cast.shop,
        place=cast.rabot,
        shop_account=books.grocery,
        payer_code=codes.account_code(books.jef),
        amount=5,
        idempotency_key="coffee",
    )
    return books


@pytest.mark.parametrize(
    "path",
    [
        "currencies/new/",
        "accounts/new/",
        "accounts/{jef}/limits/",
        "transfers/{coffee}/reverse/",
        "demurrage/",
        "accounts/{jef}/",
    ],
    ids=["currency", "partner-account", "limits", "reverse", "demurrage", "card"],
)
def test_the_pages_that_run_the_currency_fit_a_small_phone(
    log_in,
    new_page,
    axe_report,
    cast,
    toreke,
    path,
):
    page = new_page(viewport={"width": 360, "height": 640})
    log_in(page, cast.admin)
    coffee = Transfer.objects.get(idempotency_key="coffee")
    page.goto(f"/p/rabot/munt/{path.format(jef=toreke.jef.pk, coffee=coffee.pk)}")
    expect(page.locator("form[method=post]").first).to_be_visible()
    width = page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert width[0] <= width[1], f"{page.url} is {width[0]}px wide on a {width[1]}px screen"
    assert not (report := axe_report(page)), report


def test_a_lost_card_is_replaced_and_its_code_refused_at_the_till(
    log_in,
    page,
    new_page,
    axe_report,
    cast,
    toreke,
):
    old = codes.account_code(toreke.jef)
    log_in(page, cast.worker)
    page.goto(f"/p/rabot/munt/accounts/{toreke.jef.pk}/")
    page.get_by_role("textbox", name="Waarom een nieuwe kaart? (mag leeg)").fill("verloren")
    page.get_by_role("main").get_by_role("button", name="Kaart vervangen").click()
    expect(page.get_by_role("status")).to_contain_text("kaart nummer 2")
    new = codes.account_code(toreke.jef)
    expect(page.locator("dl.facts")).to_contain_text(new)

    shop = new_page()
    log_in(shop, cast.shop)
    shop.goto("/p/rabot/munt/till/")
    shop.get_by_role("textbox", name="Code van de klant").fill(old)
    shop.get_by_role("textbox", name="Bedrag").fill("5")
    shop.get_by_role("main").get_by_role("button", name="Betaling ontvangen").click()
    expect(shop.get_by_role("alert")).to_contain_text("Deze kaart werd vervangen")
    assert not (report := axe_report(shop)), report
    shop.get_by_role("textbox", name="Code van de klant").fill(new)
    shop.get_by_role("main").get_by_role("button", name="Betaling ontvangen").click()
    expect(shop.get_by_role("status")).to_contain_text("Betaling ontvangen: 5 T")
    assert balance(toreke.jef) == 40


def test_jef_redeems_a_voucher_on_mijn_munten(log_in, new_page, axe_report, cast, toreke):
    code = codes.voucher_code(toreke.toreke.voucher_batches.get().vouchers.get())
    page = new_page(viewport={"width": 360, "height": 640})
    log_in(page, cast.neighbour)
    page.goto("/p/rabot/munt/mine/")
    page.get_by_role("textbox", name="Code van de bon").fill(code)
    page.get_by_role("main").get_by_role("button", name="Bon inwisselen").click()
    expect(page.get_by_role("status")).to_contain_text("Bon ingewisseld: 10 T op je rekening")
    page.get_by_role("textbox", name="Code van de bon").fill(code)
    page.get_by_role("main").get_by_role("button", name="Bon inwisselen").click()
    expect(page.get_by_role("alert")).to_contain_text("Deze bon is al ingewisseld")
    assert not (report := axe_report(page)), report
    assert balance(toreke.jef) == 55
