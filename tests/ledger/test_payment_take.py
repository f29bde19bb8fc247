"""A shop takes a payment by scanning the QR code on a member's card."""

import pytest

from nabij.errors import DomainError
from nabij.ledger import selectors, services
from nabij.ledger.codes import account_code
from nabij.ledger.errors import LedgerError
from tests.ledger.conftest import balance, key, legs


def take(cast, books, code, amount=12, idempotency_key=None):
    return services.payment_take(
        actor=cast.shop,
        place=cast.rabot,
        shop_account=books.grocery,
        payer_code=code,
        amount=amount,
        memo="Brood en melk",
        idempotency_key=idempotency_key or key(),
    )


def test_mehmet_scans_aminas_card(cast, books):
    transfer = take(cast, books, account_code(books.amina))

    assert legs(transfer) == {books.amina.pk: -12, books.grocery.pk: 12}
    assert transfer.created_by == cast.shop
    assert balance(books.amina) == 188


def test_the_card_code_names_the_account(cast, books):
    assert selectors.account_by_code(place=cast.rabot, code=account_code(books.jef)) == books.jef
    assert selectors.account_by_code(place=cast.school, code=account_code(books.jef)) is None


def test_a_card_cannot_pay_more_than_its_balance(cast, books):
    with pytest.raises(DomainError) as refused:
        take(cast, books, account_code(books.jef), amount=51)

    assert refused.value.code == LedgerError.BELOW_MINIMUM
    assert balance(books.jef) == 50


def test_a_scan_sent_twice_pays_once(cast, books):
    take(cast, books, account_code(books.amina), idempotency_key="scan-1")
    take(cast, books, account_code(books.amina), idempotency_key="scan-1")

    assert balance(books.amina) == 188
