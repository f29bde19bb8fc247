"""Kaart vervangen: a worker replaces Amina's lost card on her account's page; the page,
the reprinted card and her own "Mijn munten" show the new code, and the till refuses the
old one."""

import shutil
import subprocess

import pytest
from django.urls import reverse

from nabij.community.choices import RoleKind
from nabij.community.models import Role
from nabij.ledger import codes
from nabij.ledger.models import Card
from tests.ledger.conftest import balance, rows


def statement_url(books):
    return reverse("ledger:statement", args=["rabot", books.amina.pk])


def replace_url(account):
    return reverse("ledger:card_replace", args=["rabot", account.pk])


def test_the_account_page_shows_the_card_in_use_and_the_form(cast, books, login):
    page = login(cast.worker).get(statement_url(books)).content.decode()
    assert "kaart nummer 1" in page
    assert codes.account_code(books.amina) in page
    assert "Kaart vervangen" in page and 'name="replaces" value="1"' in page


def test_a_worker_replaces_the_card_and_every_page_shows_the_new_code(cast, books, login):
    old = codes.account_code(books.jef)
    worker = login(cast.worker)
    response = worker.post(replace_url(books.jef), {"replaces": "1", "reason": "verloren"})

    assert response.status_code == 302
    page = worker.get(response["Location"]).content.decode()
    new = codes.account_code(books.jef)
    assert new != old
    assert "kaart nummer 2" in page and new in page and old not in page
    assert "verloren" in page  # the replaced card, with why

    jef = login(cast.neighbour)
    mine = jef.get(reverse("ledger:mine", args=["rabot"])).content.decode()
    assert new in mine and old not in mine


def test_the_reprinted_card_carries_the_new_code(cast, books, login, tmp_path):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed (apt-get install poppler-utils)")
    old = codes.account_code(books.amina)
    worker = login(cast.worker)
    worker.post(replace_url(books.amina), {"replaces": "1"})
    pdf = worker.get(reverse("ledger:card_pdf", args=["rabot", books.amina.pk])).content
    path = tmp_path / "kaart.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert codes.account_code(books.amina) in text and old not in text
    assert "kaart nummer 2" in text


def test_the_till_refuses_the_old_card_with_a_clear_message(cast, books, login):
    old = codes.account_code(books.amina)
    login(cast.worker).post(replace_url(books.amina), {"replaces": "1"})
    Role.objects.filter(member=cast.shop, kind=RoleKind.PARTNER).update(
        organisation=books.grocery.organisation
    )
    till = login(cast.shop)
    form = till.get(reverse("ledger:payment_take", args=["rabot"])).context["form"]
    response = till.post(
        reverse("ledger:payment_take", args=["rabot"]),
        {
            "shop_account": books.grocery.pk,
            "payer_code": old,
            "amount": "5",
            "idempotency_key": form["idempotency_key"].value(),
        },
    )
    assert response.status_code == 200
    assert "Deze kaart werd vervangen en werkt niet meer" in response.content.decode()
    assert balance(books.amina) == 200


def test_a_reason_too_long_is_refused_and_the_card_stays(cast, books, login):
    before = rows()
    response = login(cast.worker).post(
        replace_url(books.amina), {"replaces": "1", "reason": "x" * 301}
    )
    assert response.status_code == 200
    assert "300" in response.content.decode()
    assert rows() == before


def test_a_double_submit_replaces_once(cast, books, login):
    worker = login(cast.worker)
    worker.post(replace_url(books.amina), {"replaces": "1"})
    worker.post(replace_url(books.amina), {"replaces": "1"})
    assert list(Card.objects.filter(account=books.amina).values_list("serial", flat=True)) == [
        1,
        2,
    ]


def test_a_shop_account_has_no_card_to_replace(cast, books, login):
    before = rows()
    response = login(cast.worker).post(replace_url(books.grocery), {"replaces": "1"})
    assert response.status_code == 404
    assert rows() == before
