"""Sixteen payments leave one account at the same moment: as many go through as the
balance allows, the others are refused, and the balance never passes its limit."""

import pytest
from django.db import connection

from nabij.ledger import services
from nabij.ledger.errors import LedgerError
from nabij.ledger.models import Account
from nabij.ledger.reconcile import reconcile
from tests.at_once import at_once
from tests.ledger.conftest import balance

pytestmark = [
    # Starts 16 processes (from a fork server, see at_once).
    pytest.mark.isolated,
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL"),
]
PAYMENTS = 16


def spend(cast, books, payee, idempotency_key):
    return services.transfer_post(
        actor=cast.resident,
        place=cast.rabot,
        currency=books.toreke,
        from_account=books.amina,
        to_account=payee,
        amount=30,
        idempotency_key=idempotency_key,
    ).pk


def spend_jef(cast, books, idempotency_key):
    return services.transfer_post(
        actor=cast.neighbour,
        place=cast.rabot,
        currency=books.toreke,
        from_account=books.jef,
        to_account=books.grocery,
        amount=30,
        idempotency_key=idempotency_key,
    ).pk


def test_sixteen_payments_from_one_account_stay_within_its_limit(transactional_db, cast, books):
    """Amina has 200 and may not go below 0: six payments of 30 fit, ten do not."""
    payees = [books.grocery, books.jef, books.youssef, books.buurtwerk]

    outcomes = at_once(spend, [(cast, books, payees[i % 4], f"pay-{i}") for i in range(PAYMENTS)])

    paid = [o for o in outcomes if isinstance(o, int)]
    refused = [o for o in outcomes if not isinstance(o, int)]
    assert len(paid) == 6, outcomes
    assert refused == [LedgerError.BELOW_MINIMUM] * 10
    assert balance(books.amina) == 20
    assert all(a.min_balance is None or a.balance >= a.min_balance for a in Account.objects.all())
    assert reconcile().ok


def test_with_a_credit_limit_the_floor_holds_too(transactional_db, cast, books):
    """Jef may go to -100 after an admin's override: from 50, five payments of 30 fit."""
    services.limit_override(
        actor=cast.admin,
        place=cast.rabot,
        account=books.jef,
        min_balance=-100,
        max_balance=1000,
        reason="Tuinperceel voorgeschoten",
    )

    outcomes = at_once(spend_jef, [(cast, books, f"jef-{i}") for i in range(PAYMENTS)])

    assert sum(isinstance(o, int) for o in outcomes) == 5, outcomes
    assert balance(books.jef) == -100
    assert reconcile().ok
