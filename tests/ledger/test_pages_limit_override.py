"""An admin overrides an account's limits on a page, with a reason that goes into the log;
a worker cannot, and limits that exclude today's balance are refused."""

from django.urls import reverse

from nabij.ledger.models import Account, LimitOverride
from tests.ledger.conftest import rows


def url(account):
    return reverse("ledger:limit_override", args=["rabot", account.pk])


def test_koen_raises_amina_s_ceiling_and_it_is_logged(cast, books, login):
    admin = login(cast.admin)
    response = admin.post(
        url(books.amina),
        {"min_balance": "0", "max_balance": "2000", "reason": "Spaart voor een tuinhuisje."},
    )

    assert response.status_code == 302
    amina = Account.objects.get(pk=books.amina.pk)
    assert (amina.min_balance, amina.max_balance) == (0, 2000)
    log = LimitOverride.objects.get(account=amina)
    assert (log.actor, log.reason, log.previous_max_balance) == (
        cast.admin,
        "Spaart voor een tuinhuisje.",
        1000,
    )
    page = admin.get(response["Location"]).content.decode()
    assert "Spaart voor een tuinhuisje." in page and "Koen" in page


def test_the_form_shows_the_limits_of_now(cast, books, login):
    form = login(cast.admin).get(url(books.amina)).context["form"]
    assert (form["min_balance"].value(), form["max_balance"].value()) == ("0", "1000")


def test_empty_means_no_limit(cast, books, login):
    login(cast.admin).post(url(books.jef), {"min_balance": "", "max_balance": "", "reason": "x"})
    jef = Account.objects.get(pk=books.jef.pk)
    assert (jef.min_balance, jef.max_balance) == (None, None)


def test_limits_below_the_balance_of_now_are_refused(cast, books, login):
    before = rows()
    response = login(cast.admin).post(
        url(books.amina), {"min_balance": "0", "max_balance": "100", "reason": "Te veel"}
    )
    assert response.status_code == 200
    assert "is nu 200 T" in response.content.decode()
    assert rows() == before


def test_a_missing_reason_or_a_wrong_number_is_refused_next_to_its_field(cast, books, login):
    admin = login(cast.admin)
    before = rows()
    errors = (
        admin.post(url(books.amina), {"min_balance": "0", "max_balance": "900"})
        .context["form"]
        .errors
    )
    assert errors["reason"] == ["Schrijf waarom."]
    errors = (
        admin.post(url(books.amina), {"min_balance": "nul", "max_balance": "", "reason": "x"})
        .context["form"]
        .errors
    )
    assert "klopt niet" in errors["min_balance"][0]
    assert rows() == before


def test_the_currency_s_own_accounts_have_no_override_page(cast, books, login):
    assert login(cast.admin).get(url(books.issuance)).status_code == 404


def test_a_worker_cannot_override_limits(cast, books, login):
    assert login(cast.worker).get(url(books.amina)).status_code == 403
