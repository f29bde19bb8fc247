"""A retry with the same idempotency key returns the original result and books nothing;
the same key with different data is refused."""

import pytest

from nabij.errors import DomainError
from nabij.ledger import services
from nabij.ledger.errors import LedgerError
from nabij.ledger.models import Transfer
from tests.ledger.conftest import balance, rows


def pay(cast, books, *, amount=30, payee=None, idempotency_key="till-1-0001"):
    return services.transfer_post(
        actor=cast.resident,
        place=cast.rabot,
        currency=books.toreke,
        from_account=books.amina,
        to_account=payee or books.grocery,
        amount=amount,
        idempotency_key=idempotency_key,
    )


def test_a_retry_returns_the_original_transfer_and_books_nothing(cast, books):
    first = pay(cast, books)
    after_first = rows()

    again = pay(cast, books)

    assert again.pk == first.pk
    assert rows() == after_first
    assert balance(books.amina) == 170


def test_a_retry_after_the_balance_changed_still_returns_the_original(cast, books):
    first = pay(cast, books, amount=150)
    pay(cast, books, amount=50, idempotency_key="till-1-0002")  # Amina is at 0 now

    assert pay(cast, books, amount=150).pk == first.pk
    assert balance(books.amina) == 0


def test_the_same_key_with_another_amount_is_refused(cast, books):
    pay(cast, books)
    before = rows()

    with pytest.raises(DomainError) as refused:
        pay(cast, books, amount=31)

    assert refused.value.code == LedgerError.KEY_REUSED
    assert rows() == before


def test_the_same_key_to_another_payee_is_refused(cast, books):
    pay(cast, books)

    with pytest.raises(DomainError) as refused:
        pay(cast, books, payee=books.youssef)

    assert refused.value.code == LedgerError.KEY_REUSED


def test_keys_are_per_place(cast, books):
    """The school's time bank may use the same key for its own transfer."""
    from nabij.ledger.choices import Category

    pay(cast, books)
    school = services.account_open(
        actor=cast.school_worker, place=cast.school, currency=books.uren, member=cast.pupil_parent
    )
    teacher = services.account_open(
        actor=cast.school_worker, place=cast.school, currency=books.uren, member=cast.school_worker
    )
    services.transfer_post(
        actor=cast.school_worker,
        place=cast.school,
        currency=books.uren,
        from_account=teacher,
        to_account=school,
        amount="1.5",
        category=Category.EARN,
        idempotency_key="till-1-0001",
    )

    assert Transfer.objects.filter(idempotency_key="till-1-0001").count() == 2
