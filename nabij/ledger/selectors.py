"""Every non-trivial read of the ledger: accounts, statements, the voucher register,
open tasks and settlement reports. Amounts are minor units (ints); `amounts.format_amount`
and `amounts.to_units` turn them into what people read."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from django.db.models import Count, Q, QuerySet, Sum
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from nabij.community.models import Member, Organisation, Place
from nabij.ledger import codes, demurrage
from nabij.ledger.amounts import to_units
from nabij.ledger.choices import COUNTED_STATES, AccountKind, TaskState, TransferState, VoucherState
from nabij.ledger.models import (
    Account,
    Card,
    Currency,
    Entry,
    LimitOverride,
    Settlement,
    Task,
    Transfer,
    Voucher,
    VoucherBatch,
)

SEVERAL = _("verschillende rekeningen")


def currencies_of(place: Place) -> QuerySet[Currency]:
    return Currency.objects.filter(place=place)


def system_account(currency: Currency, kind: AccountKind) -> Account:
    return Account.objects.get(currency=currency, kind=kind)


def account_for(
    *, currency: Currency, member: Member | None = None, organisation: Organisation | None = None
) -> Account | None:
    """A member's or an organisation's account in this currency, if opened."""
    owner = {"member": member} if member is not None else {"organisation": organisation}
    return Account.objects.filter(currency=currency, **owner).first()


def accounts_of(member: Member) -> QuerySet[Account]:
    """A member's accounts, one per currency, with the currency."""
    return Account.objects.filter(member=member).select_related("currency").order_by("currency")


def partner_accounts(
    currency: Currency, *, accepts: bool | None = None, pays_out: bool | None = None
) -> QuerySet[Account]:
    rows = Account.objects.filter(currency=currency, kind=AccountKind.ORGANISATION)
    if accepts is not None:
        rows = rows.filter(accepts=accepts)
    if pays_out is not None:
        rows = rows.filter(pays_out=pays_out)
    return rows.select_related("organisation").order_by("organisation__name")


@dataclass(frozen=True)
class CardFound:
    """What a scanned card code names: the account, and whether that card was replaced."""

    account: Account
    replaced: bool


def card_by_code(*, place: Place, code: str) -> CardFound | None:
    """The account a payment card's code names, if its signature is that of one of the
    account's cards; None for unknown and forged codes alike."""
    parts = codes.split(code)
    if parts is None:
        return None
    account = Account.objects.filter(place=place, pk=parts[0]).first()
    if account is None:
        return None
    cards = list(Card.objects.filter(account=account).values_list("serial", "revoked_at"))
    active = next((serial for serial, revoked in cards if revoked is None), 1)
    if codes.account_signed(account, parts[1], active):
        return CardFound(account=account, replaced=False)
    if any(codes.account_signed(account, parts[1], serial) for serial, _at in cards):
        return CardFound(account=account, replaced=True)
    return None


def account_by_code(*, place: Place, code: str) -> Account | None:
    """The account a payment card's code names, if it is the card in use."""
    found = card_by_code(place=place, code=code)
    return found.account if found is not None and not found.replaced else None


def cards_of(account: Account) -> QuerySet[Card]:
    """An account's replaced and current cards, newest first (empty: the first card)."""
    return Card.objects.filter(account=account).select_related("revoked_by").order_by("-serial")


def account_label(account: Account) -> str:
    if account.member_id is not None:
        return account.member.display_name
    if account.organisation_id is not None:
        return account.organisation.name
    return str(AccountKind(account.kind).label)


@dataclass(frozen=True)
class StatementLine:
    transfer_id: int
    at: datetime
    category: str
    category_label: str
    memo: str
    counterparty: str
    amount: int  # minor units, positive: received
    balance: int  # after this line
    reversed: bool


@dataclass(frozen=True)
class Statement:
    account: Account
    currency: Currency
    start: datetime | None
    end: datetime | None
    opening: int
    closing: int
    lines: tuple[StatementLine, ...]


def account_statement(
    *, account: Account, start: datetime | None = None, end: datetime | None = None
) -> Statement:
    """The booked lines of an account between `start` (inclusive) and `end` (exclusive),
    oldest first, each with the other side and the balance after it. Four queries at most,
    however many lines."""
    counted = Entry.objects.filter(account=account, transfer__state__in=COUNTED_STATES)
    opening = 0
    if start is not None:
        opening = counted.filter(transfer__committed_at__lt=start).aggregate(
            total=Coalesce(Sum("amount"), 0)
        )["total"]
        counted = counted.filter(transfer__committed_at__gte=start)
    if end is not None:
        counted = counted.filter(transfer__committed_at__lt=end)
    # Transfers on one account take its lock, so their numbers follow their booking order.
    entries = list(counted.select_related("transfer").order_by("transfer_id"))
    others: dict[int, list[Account]] = defaultdict(list)
    for other in (
        Entry.objects.filter(transfer_id__in=[e.transfer_id for e in entries])
        .exclude(account=account)
        .select_related("account__member", "account__organisation")
    ):
        others[other.transfer_id].append(other.account)
    balance = opening
    lines = []
    for entry in entries:
        balance += entry.amount
        transfer = entry.transfer
        sides = others[entry.transfer_id]
        lines.append(
            StatementLine(
                transfer_id=transfer.pk,
                at=transfer.committed_at,
                category=transfer.category,
                category_label=str(transfer.get_category_display()),
                memo=transfer.memo,
                counterparty=account_label(sides[0]) if len(sides) == 1 else str(SEVERAL),
                amount=entry.amount,
                balance=balance,
                reversed=transfer.state == TransferState.REVERSED,
            )
        )
    return Statement(
        account=account,
        currency=account.currency,
        start=start,
        end=end,
        opening=opening,
        closing=balance,
        lines=tuple(lines),
    )


@dataclass(frozen=True)
class BatchLine:
    batch: VoucherBatch
    outstanding: int  # vouchers still in circulation
    outstanding_amount: int
    redeemed: int
    cancelled: int


@dataclass(frozen=True)
class VoucherRegister:
    """The paper money of a currency: per batch, what is still out there."""

    currency: Currency
    batches: tuple[BatchLine, ...]
    outstanding: int
    outstanding_amount: int


def vouchers_outstanding(*, currency: Currency) -> VoucherRegister:
    batches = (
        VoucherBatch.objects.filter(currency=currency)
        .annotate(
            n_outstanding=Count("vouchers", filter=Q(vouchers__state=VoucherState.OUTSTANDING)),
            amount_outstanding=Coalesce(
                Sum("vouchers__amount", filter=Q(vouchers__state=VoucherState.OUTSTANDING)), 0
            ),
            n_redeemed=Count("vouchers", filter=Q(vouchers__state=VoucherState.REDEEMED)),
            n_cancelled=Count("vouchers", filter=Q(vouchers__state=VoucherState.CANCELLED)),
        )
        .order_by("-created_at", "-pk")
    )
    lines = tuple(
        BatchLine(
            batch=batch,
            outstanding=batch.n_outstanding,
            outstanding_amount=batch.amount_outstanding,
            redeemed=batch.n_redeemed,
            cancelled=batch.n_cancelled,
        )
        for batch in batches
    )
    return VoucherRegister(
        currency=currency,
        batches=lines,
        outstanding=sum(line.outstanding for line in lines),
        outstanding_amount=sum(line.outstanding_amount for line in lines),
    )


def vouchers_of(batch: VoucherBatch) -> QuerySet[Voucher]:
    """A batch's vouchers, in number order: what a printed sheet shows."""
    return batch.vouchers.order_by("pk")


def tasks_open(*, place: Place, currency: Currency | None = None) -> QuerySet[Task]:
    rows = Task.objects.filter(place=place, state=TaskState.OPEN)
    if currency is not None:
        rows = rows.filter(currency=currency)
    return rows.select_related("payer__organisation", "currency").order_by("-posted_at", "-pk")


@dataclass(frozen=True)
class SettlementLine:
    transfer_id: int
    at: datetime
    category: str
    memo: str
    amount: Decimal  # units


@dataclass(frozen=True)
class SettlementReport:
    """What a settlement report (PDF, CSV) shows: a shop's takings since its previous
    settlement, changed to euros. The lines sum to `units`."""

    settlement_id: int
    place: str
    currency: str
    symbol: str
    shop: str
    period_start: datetime
    period_end: datetime
    units: Decimal
    units_per_euro: Decimal
    euros: Decimal
    transfer_id: int
    created_by: str
    lines: tuple[SettlementLine, ...]


def settlement_report(settlement: Settlement) -> SettlementReport:
    currency = settlement.currency
    previous = (
        Settlement.objects.filter(
            account=settlement.account, transfer_id__lt=settlement.transfer_id
        )
        .order_by("-transfer_id")
        .values_list("transfer_id", flat=True)
        .first()
    )
    # Transfers on one account take its lock, so their numbers follow their booking order.
    entries = (
        Entry.objects.filter(
            account=settlement.account,
            transfer__state__in=COUNTED_STATES,
            transfer_id__lt=settlement.transfer_id,
            transfer_id__gt=previous or 0,
        )
        .select_related("transfer")
        .order_by("transfer_id")
    )
    lines = tuple(
        SettlementLine(
            transfer_id=entry.transfer_id,
            at=entry.transfer.committed_at,
            category=str(entry.transfer.get_category_display()),
            memo=entry.transfer.memo,
            amount=to_units(entry.amount, currency=currency),
        )
        for entry in entries
    )
    return SettlementReport(
        settlement_id=settlement.pk,
        place=settlement.place.name,
        currency=currency.name,
        symbol=currency.symbol,
        shop=account_label(settlement.account),
        period_start=settlement.period_start,
        period_end=settlement.period_end,
        units=to_units(settlement.amount, currency=currency),
        units_per_euro=settlement.units_per_euro,
        euros=settlement.euros,
        transfer_id=settlement.transfer_id,
        created_by=settlement.created_by.display_name,
        lines=lines,
    )


def settlements_of(account: Account) -> QuerySet[Settlement]:
    return Settlement.objects.filter(account=account).order_by("-period_end", "-pk")


@dataclass(frozen=True)
class DemurrageLine:
    account: Account
    balance: int
    charge: int  # minor units the account gives to the community fund


@dataclass(frozen=True)
class DemurragePreview:
    """What running demurrage now would book: the period, and who gives how much. The
    booking computes the same numbers again, on the balances of that moment."""

    currency: Currency
    period: int
    start: datetime
    end: datetime
    lines: tuple[DemurrageLine, ...]  # the largest charges first
    total: int
    booked: Transfer | None  # this period's demurrage, when it was already booked


def demurrage_preview(*, currency: Currency, now: datetime) -> DemurragePreview:
    """For a currency with demurrage: three queries, however many accounts."""
    period = demurrage.period_of(
        created_at=currency.created_at, period_days=currency.demurrage_period_days, now=now
    )
    start, end = demurrage.period_bounds(
        created_at=currency.created_at, period_days=currency.demurrage_period_days, period=period
    )
    booked = Transfer.objects.filter(
        place_id=currency.place_id, idempotency_key=demurrage.period_key(currency.pk, period)
    ).first()
    holders = (
        Account.objects.filter(
            currency=currency,
            kind__in=[AccountKind.MEMBER, AccountKind.ORGANISATION],
            balance__gt=0,
        )
        .select_related("member", "organisation")
        .order_by("-balance", "pk")
    )
    lines = []
    for account in holders:
        amount = demurrage.charge(
            balance=account.balance,
            min_balance=account.min_balance,
            percent=currency.demurrage_percent,
        )
        if amount > 0:
            lines.append(DemurrageLine(account=account, balance=account.balance, charge=amount))
    lines.sort(key=lambda line: (-line.charge, line.account.pk))
    return DemurragePreview(
        currency=currency,
        period=period,
        start=start,
        end=end,
        lines=tuple(lines),
        total=sum(line.charge for line in lines),
        booked=booked,
    )


def limit_overrides_of(account: Account) -> QuerySet[LimitOverride]:
    """The log of an account's limit overrides, newest first."""
    return LimitOverride.objects.filter(account=account).select_related("actor")
