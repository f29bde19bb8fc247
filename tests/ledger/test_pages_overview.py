"""Staff's overview of the Toreke: what is out there, and bringing new units out."""

import pytest
from django.urls import reverse

from nabij.ledger import services
from tests.ledger.conftest import balance, rows

OVERVIEW = reverse("ledger:overview", args=["rabot"])


def test_the_overview_shows_the_totals(cast, books, login):
    page = login(cast.worker).get(OVERVIEW).content.decode()

    # 5,000 to Buurtwerk, 200 to Amina, 50 to Jef: 5,250 issued, 250 held by three members.
    assert "5250 T" in page
    assert "250 T" in page
    assert "bij 3 bewoners" in page
    assert "bij 2 partners" in page
    assert "10 T = 1 euro" in page


def test_a_place_without_a_currency_says_so(cast, login):
    page = login(cast.worker).get(OVERVIEW).content.decode()
    assert "nog geen buurtmunt" in page


def test_another_places_currency_is_not_found_here(cast, books, login):
    response = login(cast.worker).get(OVERVIEW, {"munt": books.uren.pk})
    assert response.status_code == 404


def test_a_place_with_two_currencies_lets_staff_choose(cast, books, login):
    second = services.currency_create(
        actor=cast.admin, place=cast.rabot, name="Uurtje", symbol="u", mode="time"
    )
    client = login(cast.worker)
    page = client.get(OVERVIEW, {"munt": second.pk}).content.decode()
    assert "De Uurtje in één oogopslag" in page
    assert f"?munt={second.pk}" in page
    assert "De Toreke in één oogopslag" in client.get(OVERVIEW).content.decode()


def test_staff_fund_an_earning_partner(cast, books, login):
    client = login(cast.worker)
    form = client.get(OVERVIEW).context["form"]
    key = form["idempotency_key"].value()

    data = {"to_account": books.buurtwerk.pk, "amount": "1000", "idempotency_key": key}
    first = client.post(OVERVIEW, data)
    again = client.post(OVERVIEW, data)  # the same form sent twice

    assert first.status_code == again.status_code == 302
    assert balance(books.buurtwerk) == 6000


@pytest.mark.parametrize(
    "amount, message",
    [
        ("0", "groter zijn dan nul"),
        ("-5", "groter zijn dan nul"),
        ("2,5", "te fijn"),
        ("veel", "Schrijf een getal"),
        ("", "Schrijf een getal"),
    ],
)
def test_a_bad_amount_is_refused_next_to_the_field(cast, books, login, amount, message):
    before = rows()
    response = login(cast.worker).post(
        OVERVIEW, {"to_account": books.buurtwerk.pk, "amount": amount, "idempotency_key": "k-1"}
    )
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors["amount"])
    assert rows() == before
