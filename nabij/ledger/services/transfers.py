"""Payments between accounts, issuance, reversals and demurrage."""

from datetime import datetime
from decimal import Decimal

from django.db import transaction
from django.db.models import Q

from nabij.community.models import Member, Place
from nabij.errors import DomainError
from nabij.ledger import demurrage, selectors
from nabij.ledger.amounts import to_minor
from nabij.ledger.choices import AccountKind, Category, CurrencyMode, TaskState, TransferState
from nabij.ledger.errors import LedgerError
from nabij.ledger.models import (
    Account,
    Currency,
    Settlement,
    Task,
    Transfer,
    Voucher,
    VoucherBatch,
)

from .common import (
    clean_key,
    clean_text,
    is_staff,
    lock_rows,
    now_or,
    require_account,
    require_acts_for,
    require_currency,
    require_staff,
)
from .posting import Posting, post, replay

PAYMENT_CATEGORIES = (Category.EARN, Category.SPEND)


def _two_accounts(currency: Currency, payer: Account, payee: Account) -> None:
    require_account(payer, currency, field="from_account")
    require_account(payee, currency, field="to_account")
    if payer.pk == payee.pk:
        raise DomainError(LedgerError.SAME_ACCOUNT, field="to_account")


def transfer_post(
    *,
    actor: Member,
    place: Place,
    currency: Currency,
    from_account: Account,
    to_account: Account,
    amount: Decimal | str | int,
    idempotency_key: str,
    category: Category = Category.SPEND,
    memo: str = "",
    now: datetime | None = None,
) -> Transfer:
    """Pay `amount` units from one account to another: a member from their own account,
    or staff from any account of the place (earn or spend)."""
    now = now_or(now)
    require_currency(currency, place)
    _two_accounts(currency, from_account, to_account)
    own = from_account.kind == AccountKind.MEMBER and from_account.member_id == actor.pk
    if not (own and not actor.is_erased) and not is_staff(actor, place):
        raise DomainError(LedgerError.NOT_YOUR_ACCOUNT, field="from_account")
    if category not in PAYMENT_CATEGORIES:
        raise ValueError(f"transfer_post books earn or spend, not {category}")
    posting = Posting.pay(
        currency=currency,
        category=category,
        payer=from_account,
        payee=to_account,
        amount=to_minor(amount, currency=currency),
        memo=clean_text(memo),
    )
    key = clean_key(idempotency_key)
    return post(actor=actor, place=place, key=key, posting=posting, now=now).transfer


def currency_issue(
    *,
    actor: Member,
    place: Place,
    currency: Currency,
    to_account: Account,
    amount: Decimal | str | int,
    idempotency_key: str,
    memo: str = "",
    now: datetime | None = None,
) -> Transfer:
    """Staff bring new units into circulation: from the issuance account to an account
    (an earning partner's budget, a member's start)."""
    now = now_or(now)
    require_staff(actor, place)
    require_currency(currency, place)
    if currency.mode != CurrencyMode.ISSUED:
        raise DomainError(LedgerError.NOT_ISSUED, field="currency")
    issuance = selectors.system_account(currency, AccountKind.ISSUANCE)
    _two_accounts(currency, issuance, to_account)
    posting = Posting.pay(
        currency=currency,
        category=Category.ISSUE,
        payer=issuance,
        payee=to_account,
        amount=to_minor(amount, currency=currency),
        memo=clean_text(memo),
    )
    key = clean_key(idempotency_key)
    return post(actor=actor, place=place, key=key, posting=posting, now=now).transfer


def payment_take(
    *,
    actor: Member,
    place: Place,
    shop_account: Account,
    payer_code: str,
    amount: Decimal | str | int,
    idempotency_key: str,
    memo: str = "",
    now: datetime | None = None,
) -> Transfer:
    """A shop takes a payment by scanning the code on a member's card (its QR code).

    The signed code is the member's consent, as a bank card is: without it no partner can
    charge an account."""
    now = now_or(now)
    currency = shop_account.currency
    require_currency(currency, place)
    if not shop_account.accepts:
        raise DomainError(LedgerError.NOT_A_SHOP, field="shop_account")
    require_acts_for(actor, place, shop_account, field="shop_account")
    card = selectors.card_by_code(place=place, code=payer_code)
    if card is None:
        raise DomainError(LedgerError.ACCOUNT_CODE_UNKNOWN, field="payer_code")
    if card.replaced:
        raise DomainError(LedgerError.CARD_REPLACED, field="payer_code")
    payer = card.account
    _two_accounts(currency, payer, shop_account)
    posting = Posting.pay(
        currency=currency,
        category=Category.SPEND,
        payer=payer,
        payee=shop_account,
        amount=to_minor(amount, currency=currency),
        memo=clean_text(memo),
    )
    key = clean_key(idempotency_key)
    return post(actor=actor, place=place, key=key, posting=posting, now=now).transfer


def _has_own_undo(transfer: Transfer) -> bool:
    """Vouchers and settlements are undone through their own services, which also keep
    the voucher register and the settlement reports true."""
    return (
        VoucherBatch.objects.filter(
            Q(issue_transfer=transfer) | Q(cancel_transfer=transfer)
        ).exists()
        or Voucher.objects.filter(redemption=transfer).exists()
        or Settlement.objects.filter(transfer=transfer).exists()
    )


def transfer_reverse(
    *,
    actor: Member,
    place: Place,
    transfer: Transfer,
    idempotency_key: str,
    memo: str = "",
    now: datetime | None = None,
) -> Transfer:
    """Staff undo a mistake: a reversal transfer books the opposite entries, and the
    original is marked reversed. Nothing is deleted. A reversed task payment reopens the
    task, so that the right person can be paid."""
    now = now_or(now)
    require_staff(actor, place)
    if transfer.place_id != place.pk:
        raise DomainError(LedgerError.OTHER_PLACE, field="transfer")
    entries = list(transfer.entries.select_related("account"))
    posting = Posting(
        currency=transfer.currency,
        category=Category.REVERSAL,
        legs=tuple((entry.account, -entry.amount) for entry in entries),
        memo=clean_text(memo),
        reverses=transfer,
    )
    key = clean_key(idempotency_key)
    existing = replay(place=place, key=key, posting=posting)
    if existing is not None:
        return existing
    if transfer.category == Category.REVERSAL:
        raise DomainError(LedgerError.REVERSAL_OF_REVERSAL, field="transfer")
    if _has_own_undo(transfer):
        raise DomainError(LedgerError.HAS_OWN_UNDO, field="transfer")
    task_ids = list(Task.objects.filter(payment=transfer).values_list("pk", flat=True))
    with transaction.atomic():
        locked = lock_rows(tasks=task_ids, transfers=[transfer.pk])
        if locked.transfers[transfer.pk].state != TransferState.COMMITTED:
            raise DomainError(LedgerError.NOT_COMMITTED, field="transfer")
        reversal = post(actor=actor, place=place, key=key, posting=posting, now=now).transfer
        Transfer.objects.filter(pk=transfer.pk).update(state=TransferState.REVERSED)
        Task.objects.filter(pk__in=task_ids).update(
            state=TaskState.OPEN, worker=None, confirmed_by=None, done_at=None, payment=None
        )
    transfer.state = TransferState.REVERSED
    return reversal


def demurrage_apply(
    *, actor: Member, place: Place, currency: Currency, now: datetime | None = None
) -> Transfer | None:
    """Once per demurrage period: every member and partner with a positive balance gives
    the currency's percentage of it (rounded down to the minor unit, never below the
    account's minimum) to the community fund, in one transfer. Running it again in the
    same period returns that transfer; None when nobody had anything to give."""
    now = now_or(now)
    require_staff(actor, place)
    require_currency(currency, place)
    if currency.demurrage_percent is None:
        raise DomainError(LedgerError.NO_DEMURRAGE, field="currency")
    period = demurrage.period_of(
        created_at=currency.created_at, period_days=currency.demurrage_period_days, now=now
    )
    key = demurrage.period_key(currency.pk, period)
    existing = replay(place=place, key=key, posting=None)
    if existing is not None:
        return existing
    fund = selectors.system_account(currency, AccountKind.DEMURRAGE_FUND)
    holders = Account.objects.filter(
        currency=currency,
        kind__in=[AccountKind.MEMBER, AccountKind.ORGANISATION],
        balance__gt=0,
    ).values_list("pk", flat=True)
    with transaction.atomic():
        accounts = lock_rows(accounts=[*holders, fund.pk]).accounts
        # Someone else may have run it while we waited for the locks.
        existing = replay(place=place, key=key, posting=None)
        if existing is not None:
            return existing
        legs = []
        for account in accounts.values():
            if account.pk == fund.pk:
                continue
            amount = demurrage.charge(
                balance=account.balance,
                min_balance=account.min_balance,
                percent=currency.demurrage_percent,
            )
            if amount > 0:
                legs.append((account, -amount))
        if not legs:
            return None
        legs.append((accounts[fund.pk], -sum(amount for _, amount in legs)))
        posting = Posting(currency=currency, category=Category.DEMURRAGE, legs=tuple(legs))
        return post(actor=actor, place=place, key=key, posting=posting, now=now).transfer
