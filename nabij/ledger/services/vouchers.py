"""Paper vouchers: batches issued into the voucher liability account, redeemed exactly once,
cancelled as a batch when lost."""

from datetime import datetime
from decimal import Decimal

from django.db import transaction

from nabij.community.models import Member, Place
from nabij.errors import DomainError
from nabij.ledger import codes, selectors
from nabij.ledger.amounts import to_minor
from nabij.ledger.choices import AccountKind, Category, CurrencyMode, VoucherState
from nabij.ledger.errors import LedgerError
from nabij.ledger.models import Account, Currency, Transfer, Voucher, VoucherBatch

from .common import (
    MEMO_LIMIT,
    clean_key,
    clean_text,
    lock_rows,
    now_or,
    require_account,
    require_acts_for,
    require_currency,
    require_staff,
)
from .posting import Posting, post, replay

BATCH_LIMIT = 1000
REASON_LIMIT = 300

voucher_code = codes.voucher_code


def voucher_batch_issue(
    *,
    actor: Member,
    place: Place,
    currency: Currency,
    denomination: Decimal | str | int,
    count: int,
    idempotency_key: str,
    now: datetime | None = None,
) -> VoucherBatch:
    """Staff issue a sheet of `count` vouchers of `denomination` units each: the units go
    from the issuance account to the voucher liability account, which holds exactly the
    value of the paper in circulation."""
    now = now_or(now)
    require_staff(actor, place)
    require_currency(currency, place)
    if currency.mode != CurrencyMode.ISSUED:
        raise DomainError(LedgerError.NOT_ISSUED, field="currency")
    value = to_minor(denomination, currency=currency)
    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= BATCH_LIMIT:
        raise DomainError(LedgerError.COUNT_INVALID, field="count", limit=BATCH_LIMIT)
    posting = Posting.pay(
        currency=currency,
        category=Category.ISSUE,
        payer=selectors.system_account(currency, AccountKind.ISSUANCE),
        payee=selectors.system_account(currency, AccountKind.VOUCHER_LIABILITY),
        amount=value * count,
        subject=f"voucher-batch:{count}x{value}",
    )
    key = clean_key(idempotency_key)
    with transaction.atomic():
        booked = post(actor=actor, place=place, key=key, posting=posting, now=now)
        if not booked.created:
            return VoucherBatch.objects.get(issue_transfer=booked.transfer)
        batch = VoucherBatch.objects.create(
            place=place,
            currency=currency,
            denomination=value,
            count=count,
            issue_transfer=booked.transfer,
            created_by=actor,
            created_at=now,
        )
        Voucher.objects.bulk_create(
            Voucher(place=place, batch=batch, amount=value, state=VoucherState.OUTSTANDING)
            for _ in range(count)
        )
    return batch


def _voucher_by_code(place: Place, code: str) -> Voucher:
    """The voucher a code names, if the signature is right; one refusal for unknown and
    forged codes alike, so that guessing teaches nothing."""
    parts = codes.split(code)
    voucher = (
        Voucher.objects.select_related("batch__currency").filter(place=place, pk=parts[0]).first()
        if parts is not None
        else None
    )
    if voucher is None or not codes.voucher_signed(voucher, parts[1]):
        raise DomainError(LedgerError.VOUCHER_UNKNOWN, field="code")
    return voucher


def voucher_redeem(
    *,
    actor: Member,
    place: Place,
    code: str,
    to_account: Account,
    idempotency_key: str,
    now: datetime | None = None,
) -> Transfer:
    """A shop (or staff, or the holder for their own account) redeems a paper voucher:
    its value goes from the voucher liability account to `to_account`. Exactly once: the
    voucher row is locked, and the database refuses a second redemption anyway."""
    now = now_or(now)
    own = to_account.kind == AccountKind.MEMBER and to_account.member_id == actor.pk
    if not own or actor.is_erased:
        require_acts_for(actor, place, to_account, field="to_account")
    voucher = _voucher_by_code(place, code)
    currency = voucher.batch.currency
    require_account(to_account, currency, field="to_account")
    posting = Posting.pay(
        currency=currency,
        category=Category.SPEND,
        payer=selectors.system_account(currency, AccountKind.VOUCHER_LIABILITY),
        payee=to_account,
        amount=voucher.amount,
        memo=clean_text(f"#{voucher.pk:06d}"),
        subject=f"voucher:{voucher.pk}",
    )
    key = clean_key(idempotency_key)
    existing = replay(place=place, key=key, posting=posting)
    if existing is not None:
        return existing
    with transaction.atomic():
        voucher = lock_rows(vouchers=[voucher.pk]).vouchers[voucher.pk]
        if voucher.state == VoucherState.CANCELLED:
            raise DomainError(LedgerError.VOUCHER_CANCELLED, field="code")
        if voucher.state == VoucherState.REDEEMED:
            # The same request, sent twice at once, gets the first one's answer.
            existing = replay(place=place, key=key, posting=posting)
            if existing is not None:
                return existing
            raise DomainError(LedgerError.VOUCHER_REDEEMED, field="code")
        transfer = post(actor=actor, place=place, key=key, posting=posting, now=now).transfer
        Voucher.objects.filter(pk=voucher.pk).update(
            state=VoucherState.REDEEMED, redemption=transfer, redeemed_at=now
        )
    return transfer


def voucher_batch_cancel(
    *,
    actor: Member,
    place: Place,
    batch: VoucherBatch,
    reason: str,
    idempotency_key: str | None = None,
    now: datetime | None = None,
) -> VoucherBatch:
    """Staff cancel a lost batch: its vouchers still outstanding become void, and their
    value goes back from the voucher liability account to the issuance account. Vouchers
    of the batch already redeemed stay redeemed."""
    now = now_or(now)
    require_staff(actor, place)
    if batch.place_id != place.pk:
        raise DomainError(LedgerError.OTHER_PLACE, field="batch")
    reason = clean_text(reason, limit=REASON_LIMIT, field="reason")
    if not reason:
        raise DomainError(LedgerError.REASON_EMPTY, field="reason")
    key = clean_key(idempotency_key or f"voucher-batch-cancel:{batch.pk}")
    currency = batch.currency
    with transaction.atomic():
        locked = lock_rows(batches=[batch.pk])
        batch = locked.batches[batch.pk]
        if batch.cancel_transfer_id is not None:
            if batch.cancel_transfer.idempotency_key == key:
                return batch
            raise DomainError(LedgerError.BATCH_CANCELLED, field="batch")
        outstanding = list(
            batch.vouchers.filter(state=VoucherState.OUTSTANDING).values_list("pk", flat=True)
        )
        vouchers = lock_rows(vouchers=outstanding).vouchers
        still = [v for v in vouchers.values() if v.state == VoucherState.OUTSTANDING]
        if not still:
            raise DomainError(LedgerError.BATCH_ALL_REDEEMED, field="batch")
        posting = Posting.pay(
            currency=currency,
            category=Category.REVERSAL,
            payer=selectors.system_account(currency, AccountKind.VOUCHER_LIABILITY),
            payee=selectors.system_account(currency, AccountKind.ISSUANCE),
            amount=sum(v.amount for v in still),
            memo=reason[:MEMO_LIMIT],
            subject=f"voucher-batch-cancel:{batch.pk}",
        )
        transfer = post(actor=actor, place=place, key=key, posting=posting, now=now).transfer
        Voucher.objects.filter(pk__in=[v.pk for v in still]).update(state=VoucherState.CANCELLED)
        batch.cancel_transfer = transfer
        batch.cancelled_by = actor
        batch.cancelled_at = now
        batch.cancel_reason = reason
        batch.save(
            update_fields=["cancel_transfer", "cancelled_by", "cancelled_at", "cancel_reason"]
        )
    return batch
