"""An admin starts a currency for the place on a page: name, symbol, unit size, mode, euro
rate, demurrage and limits; bad input is refused next to its field and starts nothing."""

import pytest
from django.urls import reverse

from nabij.ledger.choices import AccountKind
from nabij.ledger.models import Account, Currency

NEW = reverse("ledger:currency_new", args=["rabot"])

GOOD = {
    "name": "Groenmunt",
    "symbol": "G",
    "mode": "mutual_credit",
    "minor_units": "2",
    "units_per_euro": "10",
    "demurrage_percent": "1,5",
    "demurrage_period_days": "30",
    "default_min_balance": "-20",
    "default_max_balance": "500",
}


def test_koen_starts_a_currency_with_everything_set(cast, login):
    response = login(cast.admin).post(NEW, GOOD)

    currency = Currency.objects.get(place=cast.rabot, name="Groenmunt")
    assert response.status_code == 302
    assert response["Location"].endswith(f"?munt={currency.pk}")
    assert (currency.symbol, currency.mode, currency.minor_units) == ("G", "mutual_credit", 2)
    assert (str(currency.units_per_euro), str(currency.demurrage_percent)) == ("10.0000", "1.50")
    assert (currency.default_min_balance, currency.default_max_balance) == (-2000, 50000)
    kinds = set(Account.objects.filter(currency=currency).values_list("kind", flat=True))
    assert kinds == {
        AccountKind.ISSUANCE,
        AccountKind.DEMURRAGE_FUND,
        AccountKind.EURO_SETTLEMENT,
        AccountKind.VOUCHER_LIABILITY,
    }


def test_the_form_is_plain_and_needs_no_script(cast, login):
    page = login(cast.admin).get(NEW).content.decode()
    assert 'method="post"' in page and "<script" not in page.split("<main", 1)[-1]
    assert "Munten per euro" in page and "Muntbijdrage" in page


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"name": ""}, "name", "Vul een naam in."),
        ({"symbol": "TORENTJES"}, "symbol", "1 tot 8 tekens"),
        ({"mode": "gold"}, "mode", "Kies hoe de munt ontstaat."),
        ({"minor_units": "7"}, "minor_units", "0 tot 4"),
        ({"units_per_euro": "-3"}, "units_per_euro", "groter zijn dan nul"),
        ({"demurrage_percent": "120"}, "demurrage_percent", "tussen 0 en 100"),
        ({"demurrage_period_days": "nooit"}, "demurrage_period_days", "tussen 0 en 100"),
        ({"default_min_balance": "5"}, "default_min_balance", "niet boven nul"),
        ({"default_max_balance": "12,345"}, None, "te fijn"),
    ],
)
def test_bad_input_is_refused_and_starts_nothing(cast, login, change, field, message):
    response = login(cast.admin).post(NEW, GOOD | change)

    assert response.status_code == 200
    errors = response.context["form"].errors
    assert message in " ".join(errors.get(field or "__all__", [])), errors
    assert not Currency.objects.exists()
    assert not Account.objects.exists()


def test_a_name_taken_in_this_place_is_refused(cast, login):
    admin = login(cast.admin)
    admin.post(NEW, GOOD)
    response = admin.post(NEW, GOOD | {"symbol": "G2"})
    assert "al een munt met deze naam" in " ".join(response.context["form"].errors["name"])
    assert Currency.objects.count() == 1
