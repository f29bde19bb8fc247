"""An account stays within its limits; an admin can override them, and that is logged."""

import pytest
from django.utils.functional import Promise

from nabij.community.errors import CommunityError
from nabij.errors import DomainError
from nabij.ledger import services
from nabij.ledger.errors import LedgerError
from nabij.ledger.models import LimitOverride
from tests.ledger.conftest import balance, key, rows


def pay(cast, books, *, payer, payee, amount):
    return services.transfer_post(
        actor=cast.worker,
        place=cast.rabot,
        currency=books.toreke,
        from_account=payer,
        to_account=payee,
        amount=amount,
        idempotency_key=key(),
    )


def test_spending_below_the_minimum_is_refused_in_words(cast, books):
    before = rows()

    with pytest.raises(DomainError) as refused:
        pay(cast, books, payer=books.jef, payee=books.grocery, amount=51)

    assert refused.value.code == LedgerError.BELOW_MINIMUM
    assert refused.value.params == {"account": "Jef", "limit": "0 T"}
    assert "Jef" in refused.value.message
    assert rows() == before


def test_receiving_above_the_maximum_is_refused(cast, books):
    pay(cast, books, payer=books.buurtwerk, payee=books.amina, amount=800)
    before = rows()

    with pytest.raises(DomainError) as refused:
        pay(cast, books, payer=books.buurtwerk, payee=books.amina, amount=1)

    assert refused.value.code == LedgerError.ABOVE_MAXIMUM
    assert balance(books.amina) == 1000
    assert rows() == before


def test_an_admin_lets_someone_go_below_zero_and_it_is_logged(cast, books):
    override = services.limit_override(
        actor=cast.admin,
        place=cast.rabot,
        account=books.jef,
        min_balance=-100,
        max_balance=1000,
        reason="Huur tuinperceel, terugbetaling afgesproken",
    )

    pay(cast, books, payer=books.jef, payee=books.grocery, amount=150)

    assert balance(books.jef) == -100
    logged = LimitOverride.objects.get()
    assert logged == override
    assert (logged.previous_min_balance, logged.previous_max_balance) == (0, 1000)
    assert (logged.min_balance, logged.max_balance, logged.actor) == (-100, 1000, cast.admin)


def test_the_override_must_allow_the_balance_as_it_is(cast, books):
    with pytest.raises(DomainError) as refused:
        services.limit_override(
            actor=cast.admin,
            place=cast.rabot,
            account=books.amina,
            min_balance=0,
            max_balance=100,
            reason="Te veel gespaard",
        )

    assert refused.value.code == LedgerError.LIMITS_EXCLUDE_BALANCE
    assert LimitOverride.objects.count() == 0


def test_only_an_admin_overrides(cast, books):
    with pytest.raises(DomainError) as refused:
        services.limit_override(
            actor=cast.worker,
            place=cast.rabot,
            account=books.jef,
            min_balance=-100,
            max_balance=None,
            reason="Even lenen",
        )

    assert refused.value.code == CommunityError.NOT_YOUR_PLACE
    assert isinstance(refused.value.code.message, Promise)


def test_an_override_needs_a_reason(cast, books):
    with pytest.raises(DomainError) as refused:
        services.limit_override(
            actor=cast.admin,
            place=cast.rabot,
            account=books.jef,
            min_balance=-1,
            max_balance=None,
            reason=" ",
        )

    assert refused.value.code == LedgerError.REASON_EMPTY
