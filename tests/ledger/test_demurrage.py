"""Demurrage: once a period, a percentage of every positive balance flows to the
community fund."""

from datetime import timedelta

import pytest
from django.utils import timezone

from nabij.errors import DomainError
from nabij.ledger import services
from nabij.ledger.choices import AccountKind, Category
from nabij.ledger.errors import LedgerError
from nabij.ledger.models import Account, Transfer
from nabij.ledger.reconcile import reconcile
from tests.ledger.conftest import key, legs


@pytest.fixture
def groenmunt(cast):
    """A second Rabot currency with 2% demurrage a month, two decimals."""
    start = timezone.now() - timedelta(days=1)
    currency = services.currency_create(
        actor=cast.admin,
        place=cast.rabot,
        name="Groenmunt",
        symbol="G",
        mode="issued",
        minor_units=2,
        demurrage_percent="2",
        demurrage_period_days=30,
        now=start,
    )
    accounts = {}
    for member, amount in (
        (cast.resident, "100"),
        (cast.neighbour, "0.49"),
        (cast.volunteer, None),
    ):
        accounts[member.pk] = services.account_open(
            actor=cast.worker, place=cast.rabot, currency=currency, member=member, now=start
        )
        if amount:
            services.currency_issue(
                actor=cast.worker,
                place=cast.rabot,
                currency=currency,
                to_account=accounts[member.pk],
                amount=amount,
                idempotency_key=key(),
                now=start,
            )
    return currency, accounts


def test_two_percent_of_positive_balances_goes_to_the_fund(cast, groenmunt):
    currency, accounts = groenmunt

    transfer = services.demurrage_apply(actor=cast.worker, place=cast.rabot, currency=currency)

    fund = Account.objects.get(currency=currency, kind=AccountKind.DEMURRAGE_FUND)
    assert transfer.category == Category.DEMURRAGE
    # Amina: 2% of 100.00 = 2.00; Jef: 2% of 0.49 = 0.0098, rounded down to nothing.
    assert legs(transfer) == {accounts[cast.resident.pk].pk: -200, fund.pk: 200}
    assert fund.balance == 200
    assert reconcile(place=cast.rabot).ok


def test_once_per_period(cast, groenmunt):
    currency, _ = groenmunt
    first = services.demurrage_apply(actor=cast.worker, place=cast.rabot, currency=currency)

    again = services.demurrage_apply(actor=cast.worker, place=cast.rabot, currency=currency)
    next_month = services.demurrage_apply(
        actor=cast.worker,
        place=cast.rabot,
        currency=currency,
        now=timezone.now() + timedelta(days=30),
    )

    assert again.pk == first.pk
    assert next_month.pk != first.pk
    assert Transfer.objects.filter(category=Category.DEMURRAGE).count() == 2


def test_a_currency_without_demurrage(cast, books):
    with pytest.raises(DomainError) as refused:
        services.demurrage_apply(actor=cast.worker, place=cast.rabot, currency=books.toreke)

    assert refused.value.code == LedgerError.NO_DEMURRAGE
