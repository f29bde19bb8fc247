"""On "Mijn munten" a member redeems a paper voucher into their own account; a voucher
used once, a forged code, or an empty one is refused with a message and changes nothing."""

import pytest
from django.urls import reverse

from nabij.ledger import services
from tests.ledger.conftest import balance, key, rows

MINE = reverse("ledger:mine", args=["rabot"])


@pytest.fixture
def vouchers(cast, books):
    batch = services.voucher_batch_issue(
        actor=cast.worker,
        place=cast.rabot,
        currency=books.toreke,
        denomination=10,
        count=2,
        idempotency_key=key(),
    )
    return [services.voucher_code(voucher) for voucher in batch.vouchers.order_by("pk")]


def redeem(client, code, **extra):
    form = client.get(MINE).context["voucher_form"]
    data = {"code": code, "idempotency_key": form["idempotency_key"].value()}
    data["to_account"] = form["to_account"].value()
    return client.post(MINE, data | extra)


def test_jef_puts_a_voucher_on_his_account(cast, books, vouchers, login):
    jef = login(cast.neighbour)
    response = redeem(jef, vouchers[0])

    assert response.status_code == 302
    assert balance(books.jef) == 60
    page = jef.get(response["Location"]).content.decode()
    assert "Bon ingewisseld: 10 T op je rekening." in page


def test_the_form_is_on_the_page_and_needs_no_script(cast, books, login):
    page = login(cast.neighbour).get(MINE).content.decode()
    assert "Papieren bon op je rekening zetten" in page
    assert 'name="code"' in page


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("", "Deze bon kennen we niet"),
        ("000001-AAAAAAAAAAAA", "Deze bon kennen we niet"),
        ("used", "al ingewisseld"),
    ],
)
def test_a_bad_voucher_is_refused_and_changes_nothing(cast, books, vouchers, login, code, message):
    jef = login(cast.neighbour)
    if code == "used":
        redeem(jef, vouchers[1])
        code = vouchers[1]
    before = rows()
    response = redeem(jef, code)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert rows() == before


def test_jef_cannot_put_a_voucher_on_someone_elses_account(cast, books, vouchers, login):
    jef = login(cast.neighbour)
    before = rows()
    response = redeem(jef, vouchers[0], to_account=books.amina.pk)
    assert response.status_code == 200
    assert balance(books.amina) == 200
    assert rows() == before


def test_a_member_without_an_account_sees_no_voucher_form(cast, books, login):
    page = login(cast.analyst).get(MINE).content.decode()
    assert "Papieren bon op je rekening zetten" not in page
