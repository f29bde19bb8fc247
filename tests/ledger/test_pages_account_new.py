"""Staff open a partner's account on a page: a new shop that accepts the Toreke, or an
existing account that also starts paying out for neighbourhood work."""

from django.urls import reverse

from nabij.ledger.models import Account
from tests.ledger.conftest import organisation, rows

NEW = reverse("ledger:account_new", args=["rabot"])


def test_sara_opens_the_account_of_a_new_shop(cast, books, login):
    bakery = organisation(cast.rabot, "Bakkerij Sofie", "shop")
    response = login(cast.worker).post(NEW, {"organisation": bakery.pk, "accepts": "on"})

    account = Account.objects.get(currency=books.toreke, organisation=bakery)
    assert response.status_code == 302
    assert response["Location"] == reverse("ledger:statement", args=["rabot", account.pk])
    assert (account.accepts, account.pays_out, account.balance) == (True, False, 0)


def test_an_existing_account_also_starts_paying_out(cast, books, login):
    login(cast.worker).post(NEW, {"organisation": books.grocery.organisation_id, "pays_out": "on"})

    grocery = Account.objects.get(pk=books.grocery.pk)
    assert (grocery.accepts, grocery.pays_out) == (True, True)
    assert Account.objects.filter(organisation=books.grocery.organisation).count() == 1


def test_only_organisations_of_this_place_can_be_chosen(cast, books, login):
    elsewhere = organisation(cast.school, "Schoolwinkel", "shop")
    before = rows()
    response = login(cast.worker).post(NEW, {"organisation": elsewhere.pk, "accepts": "on"})

    assert response.status_code == 200
    assert "hoort niet bij deze plek" in " ".join(response.context["form"].errors["organisation"])
    assert rows() == before


def test_choosing_nobody_is_refused(cast, books, login):
    before = rows()
    response = login(cast.worker).post(NEW, {"accepts": "on"})
    assert "één bewoner of van één organisatie" in response.content.decode()
    assert rows() == before


def test_a_place_without_organisations_says_so(cast, login):
    from nabij.ledger import services

    services.currency_create(
        actor=cast.admin, place=cast.rabot, name="Toreke", symbol="T", mode="issued"
    )
    page = login(cast.worker).get(NEW).content.decode()
    assert "nog geen organisatie of zaak" in page
