"""Settling a shop: its balance changes to euros, paid by the issuing organisation."""

from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from django.db import transaction

from nabij.community.models import Member, Place
from nabij.errors import DomainError
from nabij.ledger import selectors
from nabij.ledger.amounts import to_units
from nabij.ledger.choices import AccountKind, Category
from nabij.ledger.errors import LedgerError
from nabij.ledger.models import Account, Currency, Settlement
from nabij.ledger.selectors import SettlementReport, settlement_report

from .common import (
    clean_key,
    lock_rows,
    now_or,
    require_account,
    require_currency,
    require_staff,
)
from .posting import Posting, post, replay

CENT = Decimal("0.01")


def settlement_create(
    *,
    actor: Member,
    place: Place,
    currency: Currency,
    shop_account: Account,
    idempotency_key: str | None = None,
    now: datetime | None = None,
) -> SettlementReport:
    """Staff settle a spending partner: its whole balance moves to the euro-settlement
    account (category redeem to euro), and the report says how many euros the issuing
    organisation owes the shop (rounded to the cent) and which payments make it up.

    With an idempotency key, a retry returns the first report."""
    now = now_or(now)
    require_staff(actor, place)
    require_currency(currency, place)
    require_account(shop_account, currency, field="shop_account")
    if shop_account.kind != AccountKind.ORGANISATION or not shop_account.accepts:
        raise DomainError(LedgerError.NOT_A_SHOP, field="shop_account")
    if currency.units_per_euro is None:
        raise DomainError(LedgerError.NO_EURO_RATE, field="currency")
    key = clean_key(idempotency_key or f"settlement:{shop_account.pk}:{now.isoformat()}")
    euro = selectors.system_account(currency, AccountKind.EURO_SETTLEMENT)
    with transaction.atomic():
        accounts = lock_rows(accounts=[shop_account.pk, euro.pk]).accounts
        existing = replay(place=place, key=key, posting=None)
        if existing is not None:
            settlement = Settlement.objects.filter(transfer=existing, account=shop_account).first()
            if settlement is None:
                raise DomainError(LedgerError.KEY_REUSED, field="idempotency_key")
            return settlement_report(settlement)
        shop = accounts[shop_account.pk]
        if shop.balance <= 0:
            raise DomainError(LedgerError.NOTHING_TO_SETTLE, field="shop_account")
        posting = Posting.pay(
            currency=currency,
            category=Category.REDEEM_TO_EURO,
            payer=shop,
            payee=accounts[euro.pk],
            amount=shop.balance,
        )
        amount = shop.balance
        transfer = post(actor=actor, place=place, key=key, posting=posting, now=now).transfer
        previous = (
            Settlement.objects.filter(account=shop_account)
            .order_by("-period_end")
            .values_list("period_end", flat=True)
            .first()
        )
        settlement = Settlement.objects.create(
            place=place,
            currency=currency,
            account=shop_account,
            transfer=transfer,
            amount=amount,
            units_per_euro=currency.units_per_euro,
            euros=(to_units(amount, currency=currency) / currency.units_per_euro).quantize(
                CENT, rounding=ROUND_HALF_UP
            ),
            period_start=min(previous or shop.opened_at, now),
            period_end=now,
            created_by=actor,
        )
    return settlement_report(settlement)
