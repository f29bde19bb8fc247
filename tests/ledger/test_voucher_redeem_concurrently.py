"""Sixteen tills scan the same paper voucher at the same moment: exactly one gets its
value, the fifteen others are told it was already redeemed."""

import pytest
from django.db import connection

from nabij.ledger import services
from nabij.ledger.choices import VoucherState
from nabij.ledger.errors import LedgerError
from nabij.ledger.models import Transfer, Voucher
from nabij.ledger.reconcile import reconcile
from tests.at_once import at_once
from tests.ledger.conftest import balance, key

pytestmark = [
    # Starts 16 processes (from a fork server, see at_once).
    pytest.mark.isolated,
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL"),
]
TILLS = 16


def redeem(cast, books, code, idempotency_key):
    return services.voucher_redeem(
        actor=cast.shop,
        place=cast.rabot,
        code=code,
        to_account=books.grocery,
        idempotency_key=idempotency_key,
    ).pk


def one_voucher(cast, books):
    batch = services.voucher_batch_issue(
        actor=cast.worker,
        place=cast.rabot,
        currency=books.toreke,
        denomination=10,
        count=1,
        idempotency_key=key(),
    )
    return batch.vouchers.get()


def test_sixteen_tills_redeem_one_voucher_once(transactional_db, cast, books):
    voucher = one_voucher(cast, books)
    code = services.voucher_code(voucher)

    outcomes = at_once(redeem, [(cast, books, code, f"till-{i}") for i in range(TILLS)])

    redeemed = [o for o in outcomes if isinstance(o, int)]
    assert len(redeemed) == 1, outcomes
    assert sorted(o for o in outcomes if not isinstance(o, int)) == [
        LedgerError.VOUCHER_REDEEMED
    ] * (TILLS - 1)
    voucher.refresh_from_db()
    assert (voucher.state, voucher.redemption_id) == (VoucherState.REDEEMED, redeemed[0])
    assert balance(books.grocery) == 10
    assert balance(books.liability) == 0
    assert reconcile().ok


def test_one_request_sent_sixteen_times_at_once_books_once(transactional_db, cast, books):
    code = services.voucher_code(one_voucher(cast, books))

    outcomes = at_once(redeem, [(cast, books, code, "till-1-scan-9")] * TILLS)

    assert len(set(outcomes)) == 1 and isinstance(outcomes[0], int), outcomes
    assert Transfer.objects.filter(idempotency_key="till-1-scan-9").count() == 1
    assert balance(books.grocery) == 10
    assert Voucher.objects.get().state == VoucherState.REDEEMED
    assert reconcile().ok
