"""Mijn munten: a member sees their balance, what happened on their account, and the code
a shop scans; they print their own card."""

from django.urls import reverse

from nabij.ledger import codes, services
from tests.ledger.conftest import key

MINE = reverse("ledger:mine", args=["rabot"])
CARD = reverse("ledger:my_card", args=["rabot"])


def test_jef_sees_his_balance_statement_and_code(cast, books, login):
    services.payment_take(
        actor=cast.worker,
        place=cast.rabot,
        shop_account=books.grocery,
        payer_code=codes.account_code(books.jef),
        amount=8,
        memo="koffie",
        idempotency_key=key(),
    )
    page = login(cast.neighbour).get(MINE).content.decode()

    assert "42 T" in page
    assert "koffie" in page and "Kruidenier Mehmet" in page
    assert codes.account_code(books.jef) in page
    assert '<svg aria-hidden="true"' in page  # the QR code, drawn inline


def test_someone_sees_only_their_own_account(cast, books, login):
    page = login(cast.neighbour).get(MINE).content.decode()
    assert codes.account_code(books.amina) not in page
    assert "200 T" not in page


def test_the_menu_offers_mijn_munten_only_to_account_holders(cast, books, login):
    client = login(cast.neighbour)
    assert "Mijn munten" in client.get(reverse("community:me", args=["rabot"])).content.decode()
    client = login(cast.analyst)
    assert "Mijn munten" not in client.get(reverse("community:me", args=["rabot"])).content.decode()


def test_someone_without_an_account_is_told_how_to_get_one(cast, books, login):
    page = login(cast.analyst).get(MINE).content.decode()
    assert "nog geen rekening" in page


def test_the_card_is_a_pdf_for_the_account_holder(cast, books, login):
    response = login(cast.neighbour).get(CARD)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


def test_without_an_account_there_is_no_card(cast, books, login):
    response = login(cast.analyst).get(CARD)
    assert response.status_code == 302
    assert response["Location"] == MINE


def test_staff_print_a_card_for_someone_without_a_phone(cast, books, login):
    response = login(cast.worker).get(reverse("ledger:card_pdf", args=["rabot", books.amina.pk]))
    assert response["Content-Type"] == "application/pdf"
    partner = login(cast.worker).get(reverse("ledger:card_pdf", args=["rabot", books.grocery.pk]))
    assert partner.status_code == 404  # cards are for members
