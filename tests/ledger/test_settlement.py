"""A shop's takings are settled in euros: its balance moves to the euro-settlement account
and the report lists what makes it up."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from nabij.errors import DomainError
from nabij.ledger import selectors, services
from nabij.ledger.choices import Category
from nabij.ledger.errors import LedgerError
from nabij.ledger.models import Settlement
from nabij.ledger.reconcile import reconcile
from tests.ledger.conftest import balance, key, legs


def spend(cast, books, payer, amount, when):
    return services.transfer_post(
        actor=cast.worker,
        place=cast.rabot,
        currency=books.toreke,
        from_account=payer,
        to_account=books.grocery,
        amount=amount,
        idempotency_key=key(),
        memo="Boodschappen",
        now=when,
    )


def settle(cast, books, when, idempotency_key=None):
    return services.settlement_create(
        actor=cast.worker,
        place=cast.rabot,
        currency=books.toreke,
        shop_account=books.grocery,
        idempotency_key=idempotency_key,
        now=when,
    )


def test_the_grocery_is_settled_at_ten_torekes_a_euro(cast, books):
    start = timezone.now()
    spend(cast, books, books.amina, 120, start + timedelta(days=1))
    spend(cast, books, books.jef, 35, start + timedelta(days=2))

    report = settle(cast, books, start + timedelta(days=30))

    assert (report.units, report.euros, report.units_per_euro) == (
        Decimal(155),
        Decimal("15.50"),
        10,
    )
    assert report.shop == "Kruidenier Mehmet"
    assert [line.amount for line in report.lines] == [120, 35]
    assert sum(line.amount for line in report.lines) == report.units
    settlement = Settlement.objects.get()
    assert settlement.transfer.category == Category.REDEEM_TO_EURO
    assert legs(settlement.transfer) == {books.grocery.pk: -155, books.euro.pk: 155}
    assert balance(books.grocery) == 0
    assert balance(books.euro) == 155
    assert reconcile(place=cast.rabot).ok


def test_the_next_report_starts_where_the_last_ended(cast, books):
    start = timezone.now()
    spend(cast, books, books.amina, 100, start + timedelta(days=1))
    first = settle(cast, books, start + timedelta(days=30))
    spend(cast, books, books.jef, 20, start + timedelta(days=31))

    second = settle(cast, books, start + timedelta(days=60))

    assert second.period_start == first.period_end
    assert [line.amount for line in second.lines] == [20]
    assert second.euros == Decimal("2.00")


def test_the_report_can_be_drawn_again(cast, books):
    spend(cast, books, books.amina, 100, timezone.now())
    report = settle(cast, books, timezone.now())

    assert selectors.settlement_report(Settlement.objects.get()) == report


def test_a_retried_settlement_returns_the_first_report(cast, books):
    spend(cast, books, books.amina, 100, timezone.now())
    first = settle(cast, books, timezone.now(), idempotency_key="afrekening-maart")
    spend(cast, books, books.jef, 10, timezone.now())

    again = settle(cast, books, timezone.now(), idempotency_key="afrekening-maart")

    assert again == first
    assert balance(books.grocery) == 10


def test_a_currency_without_euro_rate_is_not_settled(cast, books):
    parent = services.account_open(
        actor=cast.school_worker, place=cast.school, currency=books.uren, member=cast.pupil_parent
    )
    with pytest.raises(DomainError) as refused:
        services.settlement_create(
            actor=cast.school_worker,
            place=cast.school,
            currency=books.uren,
            shop_account=parent,
        )

    assert refused.value.code in (LedgerError.NOT_A_SHOP, LedgerError.NO_EURO_RATE)
