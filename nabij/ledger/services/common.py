"""What every ledger service needs: who may act, this place's rows, clean keys and memos,
and row locks in one fixed order."""

from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Model

from nabij.community.choices import STAFF_ROLES, RoleKind
from nabij.community.models import Member, Place, Role
from nabij.community.services.common import is_staff, now_or, require_in_place, require_role
from nabij.errors import DomainError
from nabij.ledger.errors import LedgerError
from nabij.ledger.models import Account, Currency, Task, Transfer, Voucher, VoucherBatch

__all__ = [
    "Locked",
    "clean_key",
    "clean_text",
    "is_staff",
    "lock_rows",
    "now_or",
    "require_account",
    "require_acts_for",
    "require_admin",
    "require_currency",
    "require_in_place",
    "require_partner_or_staff",
    "require_staff",
]

KEY_LIMIT = 80
MEMO_LIMIT = 200
PARTNER_OR_STAFF = frozenset({*STAFF_ROLES, RoleKind.PARTNER})


def require_staff(actor: Member, place: Place) -> None:
    """A worker or admin of this very place."""
    require_role(actor, place)


def require_admin(actor: Member, place: Place) -> None:
    require_role(actor, place, {RoleKind.ADMIN})


def require_partner_or_staff(actor: Member, place: Place) -> None:
    """Staff, or someone who runs a partner (a shop, an earning partner) in this place."""
    require_role(actor, place, PARTNER_OR_STAFF)


def require_acts_for(actor: Member, place: Place, account: Account, *, field: str) -> None:
    """Staff may use any account of the place; a partner only the accounts of the
    organisations their partner role names (a shop's till, an earning partner's budget)."""
    if is_staff(actor, place):
        return
    require_partner_or_staff(actor, place)
    if (
        account.organisation_id is None
        or not Role.objects.filter(
            place=place,
            member=actor,
            kind=RoleKind.PARTNER,
            organisation_id=account.organisation_id,
        ).exists()
    ):
        raise DomainError(LedgerError.NOT_YOUR_ORGANISATION, field=field)


def require_currency(currency: Currency, place: Place) -> None:
    if currency.place_id != place.pk:
        raise DomainError(LedgerError.OTHER_PLACE, field="currency")


def require_account(account: Account, currency: Currency, *, field: str = "account") -> None:
    """An account of this currency (and so of its place)."""
    if account.place_id != currency.place_id:
        raise DomainError(LedgerError.OTHER_PLACE, field=field)
    if account.currency_id != currency.pk:
        raise DomainError(LedgerError.OTHER_CURRENCY, field=field)


def clean_key(key: str) -> str:
    key = str(key or "").strip()
    if not key or len(key) > KEY_LIMIT:
        raise DomainError(LedgerError.KEY_MISSING, field="idempotency_key")
    return key


def clean_text(text: str, *, limit: int = MEMO_LIMIT, field: str = "memo") -> str:
    text = str(text or "").strip()
    if len(text) > limit:
        raise DomainError(LedgerError.MEMO_TOO_LONG, field=field, limit=limit)
    return text


@dataclass(frozen=True)
class Locked:
    tasks: dict[int, Task]
    batches: dict[int, VoucherBatch]
    vouchers: dict[int, Voucher]
    transfers: dict[int, Transfer]
    accounts: dict[int, Account]


def lock_rows(
    *,
    tasks: Iterable[int] = (),
    batches: Iterable[int] = (),
    vouchers: Iterable[int] = (),
    transfers: Iterable[int] = (),
    accounts: Iterable[int] = (),
) -> Locked:
    """Lock rows table by table (tasks, voucher batches, vouchers, transfers, accounts), each
    in primary-key order. Every ledger service takes its locks through here, and accounts
    always last, so two services never wait on each other in a circle. The rows come
    back fresh: what was read before locking may be stale. (On PostgreSQL, booking a
    transfer locks its accounts inside the database function ledger_book, in the same
    primary-key order, after the caller's rows.)"""

    def lock(model: type[Model], ids: Iterable[int]) -> dict:
        wanted = set(ids)
        if not wanted:
            return {}
        rows = model.objects.select_for_update().filter(pk__in=wanted).order_by("pk")
        return {row.pk: row for row in rows}

    return Locked(
        tasks=lock(Task, tasks),
        batches=lock(VoucherBatch, batches),
        vouchers=lock(Voucher, vouchers),
        transfers=lock(Transfer, transfers),
        accounts=lock(Account, accounts),
    )
