"""Paying: double entry, exactly the amount, from the payer to the payee."""

import pytest

from nabij.errors import DomainError
from nabij.ledger import services
from nabij.ledger.choices import Category, TransferState
from nabij.ledger.errors import LedgerError
from nabij.ledger.models import Entry
from tests.ledger.conftest import balance, key, legs


def pay(cast, books, *, actor=None, payer=None, payee=None, amount=30, **fields):
    return services.transfer_post(
        actor=actor or cast.resident,
        place=cast.rabot,
        currency=books.toreke,
        from_account=payer or books.amina,
        to_account=payee or books.grocery,
        amount=amount,
        idempotency_key=fields.pop("idempotency_key", key()),
        **fields,
    )


def test_a_member_pays_the_grocery_from_her_own_account(cast, books):
    transfer = pay(cast, books, amount="30", memo="Groenten")

    assert transfer.state == TransferState.COMMITTED
    assert transfer.category == Category.SPEND
    assert transfer.created_by == cast.resident
    assert legs(transfer) == {books.amina.pk: -30, books.grocery.pk: 30}
    assert balance(books.amina) == 170
    assert balance(books.grocery) == 30


def test_a_worker_pays_on_someones_behalf(cast, books):
    pay(cast, books, actor=cast.worker, payer=books.amina, payee=books.youssef, amount=20)

    assert balance(books.amina) == 180
    assert balance(books.youssef) == 20


def test_a_neighbour_cannot_pay_from_someone_elses_account(cast, books):
    with pytest.raises(DomainError) as refused:
        pay(cast, books, actor=cast.neighbour, payer=books.amina)

    assert refused.value.code == LedgerError.NOT_YOUR_ACCOUNT
    assert balance(books.amina) == 200


def test_every_committed_transfer_sums_to_zero(cast, books):
    pay(cast, books)
    pay(cast, books, actor=cast.neighbour, payer=books.jef, payee=books.amina, amount=50)

    for transfer_id in Entry.objects.values_list("transfer_id", flat=True).distinct():
        assert (
            sum(Entry.objects.filter(transfer_id=transfer_id).values_list("amount", flat=True)) == 0
        )


def test_paying_everything_one_has_leaves_zero(cast, books):
    pay(cast, books, actor=cast.neighbour, payer=books.jef, amount=50)

    assert balance(books.jef) == 0
