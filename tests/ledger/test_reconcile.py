"""Reconciliation proves the books per currency, and finds what is wrong when they are not."""

import pytest
from django.core.management import call_command
from django.db import connection

from nabij.ledger import services
from nabij.ledger.reconcile import reconcile
from tests.ledger.conftest import key


def busy_month(cast, books):
    services.transfer_post(
        actor=cast.resident,
        place=cast.rabot,
        currency=books.toreke,
        from_account=books.amina,
        to_account=books.grocery,
        amount=40,
        idempotency_key=key(),
    )
    batch = services.voucher_batch_issue(
        actor=cast.worker,
        place=cast.rabot,
        currency=books.toreke,
        denomination=10,
        count=4,
        idempotency_key=key(),
    )
    services.voucher_redeem(
        actor=cast.shop,
        place=cast.rabot,
        code=services.voucher_code(batch.vouchers.first()),
        to_account=books.grocery,
        idempotency_key=key(),
    )


def test_clean_books_reconcile(cast, books):
    busy_month(cast, books)

    result = reconcile()

    assert result.ok
    toreke = next(c for c in result.currencies if c.currency_id == books.toreke.pk)
    assert toreke.entries_sum == 0
    assert (toreke.vouchers_outstanding, toreke.voucher_liability) == (30, 30)


def _tamper(sql: str, params: list) -> None:
    """Go around the ORM and the services, as a careless script would."""
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


def test_a_cached_balance_that_drifted_is_found(cast, books):
    busy_month(cast, books)
    _tamper("UPDATE ledger_account SET balance = balance + 5 WHERE id = %s", [books.grocery.pk])

    result = reconcile(place=cast.rabot)

    toreke = next(c for c in result.currencies if c.currency_id == books.toreke.pk)
    assert not result.ok
    assert toreke.balance_mismatches == ((books.grocery.pk, 55, 50),)


def test_a_voucher_without_its_value_is_found(cast, books):
    busy_month(cast, books)
    batch = books.toreke.voucher_batches.get()
    _tamper(
        "INSERT INTO ledger_voucher (place_id, batch_id, amount, state) "
        "VALUES (%s, %s, 10, 'outstanding')",
        [cast.rabot.pk, batch.pk],
    )

    toreke = reconcile(currency=books.toreke).currencies[0]

    assert not toreke.ok
    assert (toreke.vouchers_outstanding, toreke.voucher_liability) == (40, 30)


def test_the_command_says_so_and_fails(cast, books, capsys):
    busy_month(cast, books)
    call_command("reconcile", "--place", "rabot")
    assert "reconciled" in capsys.readouterr().out

    _tamper("UPDATE ledger_account SET balance = balance + 5 WHERE id = %s", [books.grocery.pk])
    with pytest.raises(SystemExit) as failed:
        call_command("reconcile", "--json")
    assert failed.value.code == 1
    assert '"ok": false' in capsys.readouterr().out
