"""Staff run a period's demurrage on a page: first a preview of who gives how much, then,
when confirmed, exactly that booked once; a stale preview books nothing."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from nabij.ledger import services
from nabij.ledger.choices import Category
from nabij.ledger.models import Currency, Transfer
from nabij.ledger.selectors import demurrage_preview
from tests.ledger.conftest import balance, key, legs, rows


@pytest.fixture
def groenmunt(cast):
    """A Rabot currency with 2% demurrage a month: Amina holds 100, Jef 0.49."""
    start = timezone.now() - timedelta(days=1)
    currency = services.currency_create(
        actor=cast.admin,
        place=cast.rabot,
        name="Groenmunt",
        symbol="G",
        mode="issued",
        minor_units=2,
        demurrage_percent="2",
        now=start,
    )
    for member, amount in ((cast.resident, "100"), (cast.neighbour, "0.49")):
        account = services.account_open(
            actor=cast.worker, place=cast.rabot, currency=currency, member=member, now=start
        )
        services.currency_issue(
            actor=cast.worker,
            place=cast.rabot,
            currency=currency,
            to_account=account,
            amount=amount,
            idempotency_key=key(),
            now=start,
        )
    return currency


def url(currency):
    return reverse("ledger:demurrage", args=["rabot"]) + f"?munt={currency.pk}"


def test_the_preview_shows_who_gives_what_and_books_nothing(cast, groenmunt, login):
    before = rows()
    response = login(cast.worker).get(url(groenmunt))

    page = response.content.decode()
    assert "Amina" in page and "2,00 G" in page  # 2% of 100
    assert "Jef" not in page  # 2% of 0.49 rounds down to nothing
    assert "Muntbijdrage boeken" in page
    assert rows() == before


def test_confirming_books_what_the_preview_showed(cast, groenmunt, login):
    worker = login(cast.worker)
    preview = demurrage_preview(currency=groenmunt, now=timezone.now())
    response = worker.post(url(groenmunt), {"period": preview.period})

    assert response.status_code == 302
    transfer = Transfer.objects.get(currency=groenmunt, category=Category.DEMURRAGE)
    shown = {line.account.pk: -line.charge for line in preview.lines}
    assert {pk: amount for pk, amount in legs(transfer).items() if amount < 0} == shown
    assert "al geboekt" in worker.get(url(groenmunt)).content.decode()


def test_confirming_twice_books_once(cast, groenmunt, login):
    worker = login(cast.worker)
    period = demurrage_preview(currency=groenmunt, now=timezone.now()).period
    worker.post(url(groenmunt), {"period": period})
    worker.post(url(groenmunt), {"period": period})
    assert Transfer.objects.filter(category=Category.DEMURRAGE).count() == 1


def test_a_preview_of_another_period_books_nothing(cast, groenmunt, login):
    before = rows()
    period = demurrage_preview(currency=groenmunt, now=timezone.now()).period
    response = login(cast.worker).post(url(groenmunt), {"period": period + 1})
    assert response.status_code == 200
    assert "nieuwe periode" in response.content.decode()
    assert rows() == before


def test_a_currency_without_demurrage_says_so(cast, books, login):
    before = rows()
    page = login(cast.worker).post(url(books.toreke), {"period": 0}).content.decode()
    assert "heeft geen muntbijdrage" in page
    assert rows() == before


def test_the_fund_receives_the_sum(cast, groenmunt, login):
    period = demurrage_preview(currency=groenmunt, now=timezone.now()).period
    login(cast.worker).post(url(groenmunt), {"period": period})
    fund = Currency.objects.get(pk=groenmunt.pk).accounts.get(kind="demurrage_fund")
    assert balance(fund) == 200
