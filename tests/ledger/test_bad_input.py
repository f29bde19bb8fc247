"""What is refused: each refusal names its reason in words a person can act on, in their
own language, and books nothing."""

import pytest
from django.utils.functional import Promise

from nabij.community.errors import CommunityError
from nabij.errors import DomainError
from nabij.ledger import services
from nabij.ledger.choices import VoucherState
from nabij.ledger.codes import account_code
from nabij.ledger.errors import LedgerError
from nabij.ledger.models import Voucher
from tests.ledger.conftest import key, rows


def pay(cast, books, **fields):
    return lambda: services.transfer_post(
        actor=fields.pop("actor", cast.resident),
        place=fields.pop("place", cast.rabot),
        currency=fields.pop("currency", books.toreke),
        from_account=fields.pop("from_account", books.amina),
        to_account=fields.pop("to_account", books.grocery),
        amount=fields.pop("amount", 10),
        idempotency_key=fields.pop("idempotency_key", key()),
        **fields,
    )


def batch(cast, books, count=3):
    return services.voucher_batch_issue(
        actor=cast.worker,
        place=cast.rabot,
        currency=books.toreke,
        denomination=10,
        count=count,
        idempotency_key=key(),
    )


def redeem(cast, books, code):
    return lambda: services.voucher_redeem(
        actor=cast.shop,
        place=cast.rabot,
        code=code,
        to_account=books.grocery,
        idempotency_key=key(),
    )


def forged_code(cast, books):
    code = services.voucher_code(batch(cast, books).vouchers.first())
    number, signature = code.split("-")
    return redeem(cast, books, f"{number}-{'A' if signature[0] != 'A' else 'B'}{signature[1:]}")


def another_vouchers_signature(cast, books):
    first, second = batch(cast, books).vouchers.order_by("pk")[:2]
    return redeem(cast, books, f"{first.pk:06d}-{services.voucher_code(second).split('-')[1]}")


def unknown_number(cast, books):
    code = services.voucher_code(batch(cast, books).vouchers.first())
    return redeem(cast, books, f"999999-{code.split('-')[1]}")


def redeemed_twice(cast, books):
    code = services.voucher_code(batch(cast, books).vouchers.first())
    redeem(cast, books, code)()
    return redeem(cast, books, code)


def neighbour_redeems_for_shop(cast, books):
    code = services.voucher_code(batch(cast, books).vouchers.first())
    return lambda: services.voucher_redeem(
        actor=cast.neighbour,
        place=cast.rabot,
        code=code,
        to_account=books.grocery,
        idempotency_key=key(),
    )


def voucher_of_cancelled_batch(cast, books):
    sheet = batch(cast, books)
    services.voucher_batch_cancel(
        actor=cast.worker, place=cast.rabot, batch=sheet, reason="Verloren"
    )
    return redeem(cast, books, services.voucher_code(sheet.vouchers.first()))


def cancelled_twice(cast, books):
    sheet = batch(cast, books)
    services.voucher_batch_cancel(
        actor=cast.worker, place=cast.rabot, batch=sheet, reason="Verloren"
    )
    return lambda: services.voucher_batch_cancel(
        actor=cast.worker,
        place=cast.rabot,
        batch=sheet,
        reason="Toch verloren",
        idempotency_key=key(),
    )


def cancelled_when_all_redeemed(cast, books):
    sheet = batch(cast, books, count=1)
    redeem(cast, books, services.voucher_code(sheet.vouchers.get()))()
    return lambda: services.voucher_batch_cancel(
        actor=cast.worker, place=cast.rabot, batch=sheet, reason="Verloren"
    )


def task(cast, books, **fields):
    return lambda: services.task_post(
        actor=fields.pop("actor", cast.worker),
        place=cast.rabot,
        payer=fields.pop("payer", books.buurtwerk),
        title=fields.pop("title", "Plantsoen wieden"),
        hours=fields.pop("hours", 2),
        reward=fields.pop("reward", 50),
    )


def confirmed_twice(cast, books):
    posted = task(cast, books)()
    services.task_confirm(
        actor=cast.worker,
        place=cast.rabot,
        task=posted,
        member=cast.neighbour,
        idempotency_key=key(),
    )
    return lambda: services.task_confirm(
        actor=cast.worker,
        place=cast.rabot,
        task=posted,
        member=cast.volunteer,
        idempotency_key=key(),
    )


def payer_without_money(cast, books):
    """Buurtwerk spent its budget at the grocery; 10 Torekes are left for a task of 20."""
    pay(cast, books, actor=cast.worker, from_account=books.buurtwerk, amount=4990)()
    posted = task(cast, books, reward=20)()
    return lambda: services.task_confirm(
        actor=cast.worker,
        place=cast.rabot,
        task=posted,
        member=cast.volunteer,
        idempotency_key=key(),
    )


def into_another_currency(cast, books):
    """Rabot's second currency: Amina has an account in it too."""
    groen = services.currency_create(
        actor=cast.admin, place=cast.rabot, name="Groenmunt", symbol="G", mode="mutual_credit"
    )
    other = services.account_open(
        actor=cast.worker, place=cast.rabot, currency=groen, member=cast.neighbour
    )
    return pay(cast, books, to_account=other)


def currency(cast, **fields):
    return lambda: services.currency_create(
        actor=cast.admin,
        place=cast.rabot,
        **{"name": "Buurtuur", "symbol": "bu", "mode": "time", **fields},
    )


def issued_time(cast, books):
    parent = services.account_open(
        actor=cast.school_worker, place=cast.school, currency=books.uren, member=cast.pupil_parent
    )
    return lambda: services.currency_issue(
        actor=cast.school_worker,
        place=cast.school,
        currency=books.uren,
        to_account=parent,
        amount=10,
        idempotency_key=key(),
    )


def take(cast, books, **fields):
    return lambda: services.payment_take(
        actor=fields.pop("actor", cast.shop),
        place=cast.rabot,
        shop_account=fields.pop("shop_account", books.grocery),
        payer_code=fields.pop("payer_code", account_code(books.amina)),
        amount=fields.pop("amount", 10),
        idempotency_key=key(),
    )


def settle(cast, books, **fields):
    return lambda: services.settlement_create(
        actor=cast.worker,
        place=cast.rabot,
        currency=fields.pop("currency", books.toreke),
        shop_account=fields.pop("shop_account", books.grocery),
    )


REFUSALS = {
    # Amounts
    "a zero amount": (lambda c, b: pay(c, b, amount=0), LedgerError.AMOUNT_NOT_POSITIVE),
    "a negative amount": (lambda c, b: pay(c, b, amount="-10"), LedgerError.AMOUNT_NOT_POSITIVE),
    "half a Toreke": (lambda c, b: pay(c, b, amount="0,5"), LedgerError.AMOUNT_TOO_PRECISE),
    "words for an amount": (lambda c, b: pay(c, b, amount="tien"), LedgerError.AMOUNT_INVALID),
    "a float": (lambda c, b: pay(c, b, amount=10.0), LedgerError.AMOUNT_INVALID),
    # Who and where
    "paying oneself": (
        lambda c, b: pay(c, b, to_account=b.amina),
        LedgerError.SAME_ACCOUNT,
    ),
    "a currency of another place": (
        lambda c, b: pay(c, b, currency=b.uren),
        LedgerError.OTHER_PLACE,
    ),
    "the currency from the place it does not belong to": (
        lambda c, b: pay(c, b, place=c.school, actor=c.school_worker),
        LedgerError.OTHER_PLACE,
    ),
    "an account in another currency": (into_another_currency, LedgerError.OTHER_CURRENCY),
    "spending past the minimum": (lambda c, b: pay(c, b, amount=201), LedgerError.BELOW_MINIMUM),
    "receiving past the maximum": (
        lambda c, b: pay(
            c, b, actor=c.worker, from_account=b.buurtwerk, to_account=b.amina, amount=801
        ),
        LedgerError.ABOVE_MAXIMUM,
    ),
    "paying from someone else's account": (
        lambda c, b: pay(c, b, actor=c.neighbour),
        LedgerError.NOT_YOUR_ACCOUNT,
    ),
    "no idempotency key": (lambda c, b: pay(c, b, idempotency_key=" "), LedgerError.KEY_MISSING),
    "a memo of a book's length": (
        lambda c, b: pay(c, b, memo="x" * 201),
        LedgerError.MEMO_TOO_LONG,
    ),
    "issuing as a resident": (
        lambda c, b: (
            lambda: services.currency_issue(
                actor=c.resident,
                place=c.rabot,
                currency=b.toreke,
                to_account=b.amina,
                amount=10,
                idempotency_key=key(),
            )
        ),
        CommunityError.NOT_YOUR_PLACE,
    ),
    "issuing a time-bank currency": (issued_time, LedgerError.NOT_ISSUED),
    # Vouchers
    "a forged voucher code": (forged_code, LedgerError.VOUCHER_UNKNOWN),
    "one voucher's number with another's signature": (
        another_vouchers_signature,
        LedgerError.VOUCHER_UNKNOWN,
    ),
    "an unknown voucher number": (unknown_number, LedgerError.VOUCHER_UNKNOWN),
    "gibberish for a voucher code": (
        lambda c, b: redeem(c, b, "hallo"),
        LedgerError.VOUCHER_UNKNOWN,
    ),
    "a voucher already redeemed": (redeemed_twice, LedgerError.VOUCHER_REDEEMED),
    "a voucher of a lost batch": (voucher_of_cancelled_batch, LedgerError.VOUCHER_CANCELLED),
    "a voucher redeemed by a neighbour for the shop": (
        neighbour_redeems_for_shop,
        CommunityError.NOT_YOUR_PLACE,
    ),
    "a sheet of no vouchers": (
        lambda c, b: lambda: batch(c, b, count=0),
        LedgerError.COUNT_INVALID,
    ),
    "a sheet of ten thousand vouchers": (
        lambda c, b: lambda: batch(c, b, count=10_000),
        LedgerError.COUNT_INVALID,
    ),
    "cancelling a batch twice": (cancelled_twice, LedgerError.BATCH_CANCELLED),
    "cancelling a batch all redeemed": (
        cancelled_when_all_redeemed,
        LedgerError.BATCH_ALL_REDEEMED,
    ),
    # Tasks
    "a task without a title": (lambda c, b: task(c, b, title="  "), LedgerError.TITLE_EMPTY),
    "a task of no hours": (lambda c, b: task(c, b, hours=0), LedgerError.HOURS_INVALID),
    "a task of two days": (lambda c, b: task(c, b, hours=48), LedgerError.HOURS_INVALID),
    "a task without reward": (lambda c, b: task(c, b, reward=0), LedgerError.AMOUNT_NOT_POSITIVE),
    "a task paid by the shop": (lambda c, b: task(c, b, payer=b.grocery), LedgerError.NOT_A_PAYER),
    "a task posted by a neighbour": (
        lambda c, b: task(c, b, actor=c.neighbour),
        CommunityError.NOT_YOUR_PLACE,
    ),
    "confirming a task twice": (confirmed_twice, LedgerError.TASK_NOT_OPEN),
    "a partner without the money to pay": (payer_without_money, LedgerError.BELOW_MINIMUM),
    # Shops
    "a payment into a member's account as if a shop": (
        lambda c, b: take(c, b, shop_account=b.youssef),
        LedgerError.NOT_A_SHOP,
    ),
    "a payment card code that was forged": (
        lambda c, b: take(c, b, payer_code=account_code(b.amina)[:-1] + "Q"),
        LedgerError.ACCOUNT_CODE_UNKNOWN,
    ),
    "a payment taken by a neighbour": (
        lambda c, b: take(c, b, actor=c.neighbour),
        CommunityError.NOT_YOUR_PLACE,
    ),
    "settling an empty till": (settle, LedgerError.NOTHING_TO_SETTLE),
    "settling a member as if a shop": (
        lambda c, b: settle(c, b, shop_account=b.amina),
        LedgerError.NOT_A_SHOP,
    ),
    # Currencies
    "a currency without a name": (
        lambda c, b: (
            lambda: services.currency_create(
                actor=c.admin, place=c.rabot, name=" ", symbol="X", mode="issued"
            )
        ),
        LedgerError.NAME_EMPTY,
    ),
    "a second Toreke": (
        lambda c, b: (
            lambda: services.currency_create(
                actor=c.admin, place=c.rabot, name="Toreke", symbol="T", mode="issued"
            )
        ),
        LedgerError.NAME_TAKEN,
    ),
    "a currency started by a worker": (
        lambda c, b: (
            lambda: services.currency_create(
                actor=c.worker, place=c.rabot, name="Buurtuur", symbol="bu", mode="time"
            )
        ),
        CommunityError.NOT_YOUR_PLACE,
    ),
    "a minimum above zero": (
        lambda c, b: (
            lambda: services.currency_create(
                actor=c.admin,
                place=c.rabot,
                name="Buurtuur",
                symbol="bu",
                mode="time",
                default_min_balance=5,
            )
        ),
        LedgerError.LIMITS_INVALID,
    ),
    "a currency without a symbol": (
        lambda c, b: currency(c, symbol=""),
        LedgerError.SYMBOL_INVALID,
    ),
    "a symbol of a word": (
        lambda c, b: currency(c, symbol="buurtuurtjes"),
        LedgerError.SYMBOL_INVALID,
    ),
    "seven decimals": (lambda c, b: currency(c, minor_units=7), LedgerError.MINOR_UNITS_INVALID),
    "a currency of unknown kind": (
        lambda c, b: currency(c, mode="barter"),
        LedgerError.MODE_UNKNOWN,
    ),
    "an account for a member and an organisation at once": (
        lambda c, b: (
            lambda: services.account_open(
                actor=c.worker,
                place=c.rabot,
                currency=b.toreke,
                member=c.resident,
                organisation=b.grocery.organisation,
            )
        ),
        LedgerError.OWNER_INVALID,
    ),
    "an account for nobody": (
        lambda c, b: (
            lambda: services.account_open(actor=c.worker, place=c.rabot, currency=b.toreke)
        ),
        LedgerError.OWNER_INVALID,
    ),
    "a negative euro rate": (
        lambda c, b: (
            lambda: services.currency_create(
                actor=c.admin,
                place=c.rabot,
                name="Buurtuur",
                symbol="bu",
                mode="time",
                units_per_euro=-1,
            )
        ),
        LedgerError.RATE_INVALID,
    ),
    "demurrage of all": (
        lambda c, b: (
            lambda: services.currency_create(
                actor=c.admin,
                place=c.rabot,
                name="Buurtuur",
                symbol="bu",
                mode="time",
                demurrage_percent=100,
            )
        ),
        LedgerError.DEMURRAGE_INVALID,
    ),
    "an account for someone of another place": (
        lambda c, b: (
            lambda: services.account_open(
                actor=c.worker, place=c.rabot, currency=b.toreke, member=c.pupil_parent
            )
        ),
        LedgerError.OWNER_NOT_HERE,
    ),
}


@pytest.mark.parametrize("case", REFUSALS)
def test_refused_with_a_reason_and_nothing_booked(cast, books, case):
    prepare, code = REFUSALS[case]
    attempt = prepare(cast, books)
    before = rows()

    with pytest.raises(DomainError) as refused:
        attempt()

    assert refused.value.code == code
    assert isinstance(code.message, Promise), f"{code} is not marked for translation"
    assert refused.value.message
    assert rows() == before


def test_a_refused_voucher_stays_outstanding(cast, books):
    forged_code(cast, books)
    assert set(Voucher.objects.values_list("state", flat=True)) == {VoucherState.OUTSTANDING}


def test_every_ledger_refusal_is_translatable():
    for code in LedgerError:
        assert isinstance(code.message, Promise), code
