"""Paper vouchers: a batch is issued into the voucher liability account, each voucher is
redeemed once with its signed code, a lost batch is cancelled, and the register says what
paper is still out there."""

import pytest

from nabij.errors import DomainError
from nabij.ledger import codes, selectors, services
from nabij.ledger.choices import Category, TransferState, VoucherState
from nabij.ledger.errors import LedgerError
from nabij.ledger.models import Voucher
from nabij.ledger.reconcile import reconcile
from tests.ledger.conftest import balance, key, legs


def sheet(cast, books, count=5, denomination=10, idempotency_key=None):
    return services.voucher_batch_issue(
        actor=cast.worker,
        place=cast.rabot,
        currency=books.toreke,
        denomination=denomination,
        count=count,
        idempotency_key=idempotency_key or key(),
    )


def redeem(cast, books, voucher, *, to_account=None, actor=None, idempotency_key=None):
    return services.voucher_redeem(
        actor=actor or cast.shop,
        place=cast.rabot,
        code=services.voucher_code(voucher),
        to_account=to_account or books.grocery,
        idempotency_key=idempotency_key or key(),
    )


def test_a_batch_moves_its_value_into_the_liability_account(cast, books):
    batch = sheet(cast, books, count=5, denomination=20)

    assert batch.vouchers.count() == 5
    assert set(batch.vouchers.values_list("amount", "state")) == {(20, VoucherState.OUTSTANDING)}
    assert legs(batch.issue_transfer) == {books.issuance.pk: -100, books.liability.pk: 100}
    assert batch.issue_transfer.category == Category.ISSUE
    assert balance(books.liability) == 100
    assert reconcile(place=cast.rabot).ok


def test_a_retried_batch_is_issued_once(cast, books):
    first = sheet(cast, books, idempotency_key="drukwerk-maart")

    assert sheet(cast, books, idempotency_key="drukwerk-maart").pk == first.pk
    assert Voucher.objects.count() == 5


def test_a_shop_redeems_a_voucher_into_its_account(cast, books):
    voucher = sheet(cast, books).vouchers.first()

    transfer = redeem(cast, books, voucher)

    voucher.refresh_from_db()
    assert voucher.state == VoucherState.REDEEMED
    assert voucher.redemption == transfer
    assert legs(transfer) == {books.liability.pk: -10, books.grocery.pk: 10}
    assert balance(books.grocery) == 10
    assert reconcile(place=cast.rabot).ok


def test_a_member_pays_in_a_voucher_into_her_own_account(cast, books):
    voucher = sheet(cast, books).vouchers.first()

    redeem(cast, books, voucher, actor=cast.neighbour, to_account=books.jef)

    assert balance(books.jef) == 60


def test_the_code_is_forgiving_of_spaces_and_case(cast, books):
    voucher = sheet(cast, books).vouchers.first()
    code = services.voucher_code(voucher)

    services.voucher_redeem(
        actor=cast.shop,
        place=cast.rabot,
        code=f"  {code[:4]} {code[4:].lower()} ",
        to_account=books.grocery,
        idempotency_key=key(),
    )

    assert Voucher.objects.get(pk=voucher.pk).state == VoucherState.REDEEMED


def test_a_retried_redemption_returns_the_first(cast, books):
    voucher = sheet(cast, books).vouchers.first()
    first = redeem(cast, books, voucher, idempotency_key="kassa-7")

    assert redeem(cast, books, voucher, idempotency_key="kassa-7").pk == first.pk
    assert balance(books.grocery) == 10


def test_the_codes_differ_per_voucher_and_are_signed(cast, books):
    vouchers = list(sheet(cast, books, count=3).vouchers.all())
    signatures = {codes.split(services.voucher_code(v))[1] for v in vouchers}

    assert len(signatures) == 3
    assert all(codes.voucher_signed(v, codes.split(services.voucher_code(v))[1]) for v in vouchers)
    assert not codes.voucher_signed(vouchers[0], codes.split(services.voucher_code(vouchers[1]))[1])


def test_a_code_signed_with_another_secret_is_refused(cast, books, settings):
    voucher = sheet(cast, books).vouchers.first()
    settings.SECRET_KEY = "a-different-installation"
    forged = services.voucher_code(voucher)
    settings.SECRET_KEY = settings.SECRET_KEY + "-x"

    with pytest.raises(DomainError) as refused:
        services.voucher_redeem(
            actor=cast.shop,
            place=cast.rabot,
            code=forged,
            to_account=books.grocery,
            idempotency_key=key(),
        )

    assert refused.value.code == LedgerError.VOUCHER_UNKNOWN


def test_a_lost_batch_is_cancelled_but_redeemed_vouchers_stand(cast, books):
    batch = sheet(cast, books, count=4)
    kept = batch.vouchers.first()
    redeem(cast, books, kept)

    cancelled = services.voucher_batch_cancel(
        actor=cast.worker, place=cast.rabot, batch=batch, reason="Tas met bonnen verloren"
    )

    states = dict(batch.vouchers.values_list("pk", "state"))
    assert states.pop(kept.pk) == VoucherState.REDEEMED
    assert set(states.values()) == {VoucherState.CANCELLED}
    assert cancelled.cancel_transfer.category == Category.REVERSAL
    assert legs(cancelled.cancel_transfer) == {books.liability.pk: -30, books.issuance.pk: 30}
    assert balance(books.liability) == 0
    assert batch.issue_transfer.state == TransferState.COMMITTED
    assert reconcile(place=cast.rabot).ok


def test_a_retried_cancellation_returns_the_batch(cast, books):
    batch = sheet(cast, books)
    services.voucher_batch_cancel(
        actor=cast.worker, place=cast.rabot, batch=batch, reason="Verloren"
    )

    again = services.voucher_batch_cancel(
        actor=cast.worker, place=cast.rabot, batch=batch, reason="Verloren"
    )

    assert again.cancel_transfer_id is not None
    assert balance(books.liability) == 0


def test_the_register_shows_the_paper_still_out_there(cast, books):
    first = sheet(cast, books, count=3, denomination=10)
    second = sheet(cast, books, count=2, denomination=50)
    redeem(cast, books, first.vouchers.first())
    lost = sheet(cast, books, count=4, denomination=5)
    services.voucher_batch_cancel(
        actor=cast.worker, place=cast.rabot, batch=lost, reason="Verloren"
    )

    register = selectors.vouchers_outstanding(currency=books.toreke)

    lines = {line.batch.pk: line for line in register.batches}
    assert (lines[first.pk].outstanding, lines[first.pk].redeemed) == (2, 1)
    assert lines[second.pk].outstanding_amount == 100
    assert (lines[lost.pk].outstanding, lines[lost.pk].cancelled) == (0, 4)
    assert (register.outstanding, register.outstanding_amount) == (4, 120)
    assert register.outstanding_amount == balance(books.liability)


def test_voucher_transfers_are_not_undone_by_a_plain_reversal(cast, books):
    batch = sheet(cast, books)
    transfer = redeem(cast, books, batch.vouchers.first())

    for booked in (batch.issue_transfer, transfer):
        with pytest.raises(DomainError) as refused:
            services.transfer_reverse(
                actor=cast.worker, place=cast.rabot, transfer=booked, idempotency_key=key()
            )
        assert refused.value.code == LedgerError.HAS_OWN_UNDO
