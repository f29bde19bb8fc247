"""Currencies, accounts and their limits."""

from datetime import datetime
from decimal import Decimal

from django.db import transaction

from nabij.community.models import Member, Organisation, Place, Role
from nabij.errors import DomainError
from nabij.ledger.amounts import format_amount, limit_to_minor, parse_decimal
from nabij.ledger.choices import AccountKind, CurrencyMode
from nabij.ledger.errors import LedgerError
from nabij.ledger.models import Account, Currency, LimitOverride

from .common import (
    clean_text,
    lock_rows,
    now_or,
    require_account,
    require_admin,
    require_currency,
    require_staff,
)

NAME_LIMIT = 60
SYMBOL_LIMIT = 8
REASON_LIMIT = 300

# The system accounts of every currency, and their limits: issuance only ever gives out
# (its balance is minus what is in circulation); the others only hold.
SYSTEM_LIMITS: dict[AccountKind, tuple[int | None, int | None]] = {
    AccountKind.ISSUANCE: (None, 0),
    AccountKind.DEMURRAGE_FUND: (0, None),
    AccountKind.EURO_SETTLEMENT: (0, None),
    AccountKind.VOUCHER_LIABILITY: (0, None),
}


def _rate(value: Decimal | str | int | None, error: LedgerError, field: str) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = parse_decimal(value)
    except DomainError:
        raise DomainError(error, field=field) from None
    if number <= 0:
        raise DomainError(error, field=field)
    return number


def currency_create(
    *,
    actor: Member,
    place: Place,
    name: str,
    symbol: str,
    mode: CurrencyMode | str,
    minor_units: int = 0,
    units_per_euro: Decimal | str | int | None = None,
    demurrage_percent: Decimal | str | int | None = None,
    demurrage_period_days: int = 30,
    default_min_balance: Decimal | str | int = 0,
    default_max_balance: Decimal | str | int | None = None,
    now: datetime | None = None,
) -> Currency:
    """An admin starts a currency for the place, with its four system accounts."""
    now = now_or(now)
    require_admin(actor, place)
    name = clean_text(name, limit=NAME_LIMIT, field="name")
    if not name:
        raise DomainError(LedgerError.NAME_EMPTY, field="name")
    symbol = str(symbol or "").strip()
    if not 1 <= len(symbol) <= SYMBOL_LIMIT:
        raise DomainError(LedgerError.SYMBOL_INVALID, field="symbol")
    if mode not in CurrencyMode.values:
        raise DomainError(LedgerError.MODE_UNKNOWN, field="mode")
    if (
        isinstance(minor_units, bool)
        or not isinstance(minor_units, int)
        or not 0 <= minor_units <= 4
    ):
        raise DomainError(LedgerError.MINOR_UNITS_INVALID, field="minor_units")
    rate = _rate(units_per_euro, LedgerError.RATE_INVALID, "units_per_euro")
    demurrage = _rate(demurrage_percent, LedgerError.DEMURRAGE_INVALID, "demurrage_percent")
    if (demurrage is not None and demurrage >= 100) or not 1 <= demurrage_period_days <= 366:
        raise DomainError(LedgerError.DEMURRAGE_INVALID, field="demurrage_percent")
    currency = Currency(
        place=place,
        name=name,
        symbol=symbol,
        mode=mode,
        minor_units=minor_units,
        units_per_euro=rate,
        demurrage_percent=demurrage,
        demurrage_period_days=demurrage_period_days,
        created_at=now,
    )
    low = limit_to_minor(default_min_balance, currency=currency) or 0
    high = limit_to_minor(default_max_balance, currency=currency)
    if low > 0 or (high is not None and high < 0):
        raise DomainError(LedgerError.LIMITS_INVALID, field="default_min_balance")
    currency.default_min_balance, currency.default_max_balance = low, high
    if Currency.objects.filter(place=place, name=name).exists():
        raise DomainError(LedgerError.NAME_TAKEN, field="name")
    with transaction.atomic():
        currency.save()
        Account.objects.bulk_create(
            Account(
                place=place,
                currency=currency,
                kind=kind,
                min_balance=low_limit,
                max_balance=high_limit,
                opened_at=now,
            )
            for kind, (low_limit, high_limit) in SYSTEM_LIMITS.items()
        )
    return currency


def _owner_here(place: Place, member: Member | None, organisation: Organisation | None) -> None:
    if (member is None) == (organisation is None):
        raise DomainError(LedgerError.OWNER_INVALID, field="member")
    if member is not None and (
        member.is_erased or not Role.objects.filter(place=place, member=member).exists()
    ):
        raise DomainError(LedgerError.OWNER_NOT_HERE, field="member")
    if organisation is not None and not organisation.places.filter(pk=place.pk).exists():
        raise DomainError(LedgerError.OWNER_NOT_HERE, field="organisation")


def open_account(
    *,
    currency: Currency,
    member: Member | None = None,
    organisation: Organisation | None = None,
    now: datetime,
) -> Account:
    """The owner's account in this currency, opened with the currency's limits if new.
    No permission check: for services that already checked theirs."""
    if member is not None:
        owner = {"kind": AccountKind.MEMBER, "member": member}
        limits = {
            "min_balance": currency.default_min_balance,
            "max_balance": currency.default_max_balance,
        }
    else:
        owner = {"kind": AccountKind.ORGANISATION, "organisation": organisation}
        # A partner's account has no ceiling: a shop collects until it is settled.
        limits = {"min_balance": currency.default_min_balance, "max_balance": None}
    account, _created = Account.objects.get_or_create(
        currency=currency,
        **owner,
        defaults={"place_id": currency.place_id, "opened_at": now, **limits},
    )
    return account


def account_open(
    *,
    actor: Member,
    place: Place,
    currency: Currency,
    member: Member | None = None,
    organisation: Organisation | None = None,
    pays_out: bool = False,
    accepts: bool = False,
    now: datetime | None = None,
) -> Account:
    """Staff open (or return) the account of a member or a partner organisation.

    `pays_out`: an earning partner, which pays members for tasks. `accepts`: a spending
    partner (a shop), which takes payments and is settled in euros. Given for an existing
    organisation account, they are switched on."""
    now = now_or(now)
    require_staff(actor, place)
    require_currency(currency, place)
    _owner_here(place, member, organisation)
    if member is not None and (pays_out or accepts):
        raise DomainError(LedgerError.OWNER_INVALID, field="member")
    with transaction.atomic():
        account = open_account(currency=currency, member=member, organisation=organisation, now=now)
        if (pays_out and not account.pays_out) or (accepts and not account.accepts):
            account.pays_out = account.pays_out or pays_out
            account.accepts = account.accepts or accepts
            account.save(update_fields=["pays_out", "accepts"])
    return account


def limit_override(
    *,
    actor: Member,
    place: Place,
    account: Account,
    min_balance: Decimal | str | int | None,
    max_balance: Decimal | str | int | None,
    reason: str,
    now: datetime | None = None,
) -> LimitOverride:
    """An admin sets an account's limits (empty: no limit), with a reason, in the log.

    It stays until the next override; setting the currency's defaults again ends it. The
    new limits must allow the balance the account has now."""
    now = now_or(now)
    require_admin(actor, place)
    currency = account.currency
    require_currency(currency, place)
    require_account(account, currency)
    reason = clean_text(reason, limit=REASON_LIMIT, field="reason")
    if not reason:
        raise DomainError(LedgerError.REASON_EMPTY, field="reason")
    low = limit_to_minor(min_balance, currency=currency)
    high = limit_to_minor(max_balance, currency=currency)
    if low is not None and high is not None and low > high:
        raise DomainError(LedgerError.LIMITS_INVALID, field="min_balance")
    with transaction.atomic():
        locked = lock_rows(accounts=[account.pk]).accounts[account.pk]
        if (low is not None and locked.balance < low) or (
            high is not None and locked.balance > high
        ):
            raise DomainError(
                LedgerError.LIMITS_EXCLUDE_BALANCE,
                field="min_balance",
                account=str(locked),
                balance=format_amount(locked.balance, currency=currency),
            )
        override = LimitOverride.objects.create(
            place=place,
            account=locked,
            min_balance=low,
            max_balance=high,
            previous_min_balance=locked.min_balance,
            previous_max_balance=locked.max_balance,
            reason=reason,
            actor=actor,
            at=now,
        )
        locked.min_balance, locked.max_balance = low, high
        locked.save(update_fields=["min_balance", "max_balance"])
    account.min_balance, account.max_balance, account.balance = low, high, locked.balance
    return override


__all__ = ["account_open", "currency_create", "limit_override", "open_account"]
