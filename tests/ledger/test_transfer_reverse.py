"""Mistakes are undone by a reversal transfer, never by deleting or editing."""

import pytest

from nabij.errors import DomainError
from nabij.ledger import services
from nabij.ledger.choices import Category, TaskState, TransferState
from nabij.ledger.errors import LedgerError
from nabij.ledger.models import Transfer
from nabij.ledger.reconcile import reconcile
from tests.ledger.conftest import balance, key, legs, rows


def paid(cast, books, amount=40):
    return services.transfer_post(
        actor=cast.resident,
        place=cast.rabot,
        currency=books.toreke,
        from_account=books.amina,
        to_account=books.grocery,
        amount=amount,
        idempotency_key=key(),
    )


def reverse(cast, transfer, idempotency_key=None):
    return services.transfer_reverse(
        actor=cast.worker,
        place=cast.rabot,
        transfer=transfer,
        memo="Dubbel aangerekend",
        idempotency_key=idempotency_key or key(),
    )


def test_a_reversal_books_the_opposite_and_keeps_the_original(cast, books):
    original = paid(cast, books)

    reversal = reverse(cast, original)

    assert reversal.category == Category.REVERSAL
    assert reversal.reverses_id == original.pk
    assert legs(reversal) == {books.amina.pk: 40, books.grocery.pk: -40}
    assert legs(original) == {books.amina.pk: -40, books.grocery.pk: 40}
    assert Transfer.objects.get(pk=original.pk).state == TransferState.REVERSED
    assert balance(books.amina) == 200
    assert balance(books.grocery) == 0
    assert reconcile(place=cast.rabot).ok


def test_a_transfer_is_reversed_once(cast, books):
    original = paid(cast, books)
    reverse(cast, original)
    before = rows()

    with pytest.raises(DomainError) as refused:
        reverse(cast, Transfer.objects.get(pk=original.pk))

    assert refused.value.code == LedgerError.NOT_COMMITTED
    assert rows() == before


def test_a_retried_reversal_returns_the_first(cast, books):
    original = paid(cast, books)
    first = reverse(cast, original, idempotency_key="undo-1")

    assert reverse(cast, original, idempotency_key="undo-1").pk == first.pk
    assert balance(books.amina) == 200


def test_a_reversal_is_not_reversed(cast, books):
    reversal = reverse(cast, paid(cast, books))

    with pytest.raises(DomainError) as refused:
        reverse(cast, reversal)

    assert refused.value.code == LedgerError.REVERSAL_OF_REVERSAL


def test_a_reversal_that_would_break_a_limit_is_refused(cast, books):
    """The grocery already spent what it received: it cannot give it back below zero."""
    original = paid(cast, books)
    services.transfer_post(
        actor=cast.worker,
        place=cast.rabot,
        currency=books.toreke,
        from_account=books.grocery,
        to_account=books.jef,
        amount=30,
        idempotency_key=key(),
    )

    with pytest.raises(DomainError) as refused:
        reverse(cast, original)

    assert refused.value.code == LedgerError.BELOW_MINIMUM
    assert Transfer.objects.get(pk=original.pk).state == TransferState.COMMITTED


def test_reversing_a_task_payment_reopens_the_task(cast, books):
    task = services.task_post(
        actor=cast.worker,
        place=cast.rabot,
        payer=books.buurtwerk,
        title="Zwerfvuil rapen",
        hours=2,
        reward=50,
    )
    task = services.task_confirm(
        actor=cast.worker, place=cast.rabot, task=task, member=cast.neighbour, idempotency_key=key()
    )

    reverse(cast, task.payment)

    task.refresh_from_db()
    assert task.state == TaskState.OPEN
    assert task.worker is None and task.payment is None
    assert balance(books.jef) == 50
    services.task_confirm(
        actor=cast.worker, place=cast.rabot, task=task, member=cast.volunteer, idempotency_key=key()
    )
    assert balance(books.youssef) == 50
    assert reconcile(place=cast.rabot).ok


def test_staff_only(cast, books):
    with pytest.raises(DomainError):
        services.transfer_reverse(
            actor=cast.resident, place=cast.rabot, transfer=paid(cast, books), idempotency_key=key()
        )
