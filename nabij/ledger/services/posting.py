"""The one way money moves: a posting booked as a balanced transfer, exactly once.

Every service that moves money builds a `Posting` and hands it to `post`, which
- returns the original transfer when the idempotency key was used before for the same
  posting, and refuses the key when it was used for a different one;
- locks the accounts (primary-key order), checks their limits on the fresh balances,
- writes the header (pending), the entries, moves the cached balances, and commits the
  header, all in one transaction. The database checks the sum (trigger) and the limits
  (check constraint) again, whatever the code above does.

On PostgreSQL the booking is one call of the database function `ledger_book` (migrations
0003 and 0005), written step for step like `_book` here, which SQLite runs: one round trip
instead of eight, and no Django query building, is most of the cost of a transfer (see
docs/BENCHMARKS.md). The tests run both, each on its database.
"""

import hashlib
import json
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property

import psycopg
from django.db import DEFAULT_DB_ALIAS, IntegrityError, connection, connections, transaction
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models.base import ModelState
from django.db.models.signals import post_init, pre_init
from psycopg import pq

from nabij.community.models import Member, Place
from nabij.errors import DomainError
from nabij.ledger.amounts import format_amount
from nabij.ledger.choices import Category, TransferState
from nabij.ledger.errors import LedgerError
from nabij.ledger.models import Account, Currency, Transfer

from .common import lock_rows

# What json.dumps(..., sort_keys=True) writes, without building an encoder on every call.
_JSON = json.JSONEncoder(sort_keys=True)


@dataclass(frozen=True)
class Posting:
    """What a transfer books: signed amounts in minor units per account, summing to zero.

    `subject` names what else makes this request itself (a voucher, a task), so that the
    same key for another voucher of the same value is not taken for a retry.
    """

    currency: Currency
    category: Category
    legs: Sequence[tuple[Account, int]]
    memo: str = ""
    reverses: Transfer | None = None
    subject: str = ""

    @classmethod
    def pay(
        cls,
        *,
        currency: Currency,
        category: Category,
        payer: Account,
        payee: Account,
        amount: int,
        memo: str = "",
        subject: str = "",
    ) -> "Posting":
        return cls(
            currency=currency,
            category=category,
            legs=((payer, -amount), (payee, amount)),
            memo=memo,
            subject=subject,
        )

    @cached_property
    def fingerprint(self) -> str:
        """What the request was, for telling a retry from a different request."""
        request = {
            "currency": self.currency.pk,
            "category": str(self.category),
            "legs": sorted([account.pk, amount] for account, amount in self.legs),
            "memo": self.memo,
            "reverses": self.reverses.pk if self.reverses is not None else None,
            "subject": self.subject,
        }
        return hashlib.sha256(_JSON.encode(request).encode()).hexdigest()


def replay(*, place: Place, key: str, posting: Posting | None) -> Transfer | None:
    """The transfer booked earlier under this key, if any. With a posting, refuse a key
    that was used for a different one; without, any transfer under the key is returned
    (for postings whose amounts depend on balances at the time: demurrage, settlements)."""
    existing = Transfer.objects.filter(place=place, idempotency_key=key).first()
    if existing is not None and posting is not None and existing.fingerprint != posting.fingerprint:
        raise DomainError(LedgerError.KEY_REUSED, field="idempotency_key")
    return existing


def refuse_limit(account: Account, bound: int, currency: Currency, *, below: bool) -> None:
    """Refuse, in words, what the database would refuse as a broken check constraint."""
    raise DomainError(
        LedgerError.BELOW_MINIMUM if below else LedgerError.ABOVE_MAXIMUM,
        field="amount",
        account=str(account),
        limit=format_amount(bound, currency=currency),
    )


def _moves(posting: Posting) -> dict[int, int]:
    moves: dict[int, int] = {}
    for account, amount in posting.legs:
        if account.pk in moves:
            raise DomainError(LedgerError.SAME_ACCOUNT, field="account")
        moves[account.pk] = amount
    if sum(moves.values()) != 0 or len(moves) < 2 or 0 in moves.values():
        raise ValueError(f"an unbalanced posting: {moves}")
    return moves


_TRANSFER_FIELDS = [
    "id",
    "place_id",
    "currency_id",
    "idempotency_key",
    "fingerprint",
    "state",
    "category",
    "memo",
    "reverses_id",
    "created_by_id",
    "created_at",
    "committed_at",
]


def _transfer(
    pk: int,
    *,
    actor: Member | None,
    place: Place,
    key: str,
    posting: Posting,
    now: datetime,
    alias: str = DEFAULT_DB_ALIAS,
) -> Transfer:
    """The booked transfer as a model instance, without reading it back."""
    values = (
        pk,
        place.pk,
        posting.currency.pk,
        key,
        posting.fingerprint,
        TransferState.COMMITTED,
        posting.category,
        posting.memo,
        posting.reverses.pk if posting.reverses is not None else None,
        actor.pk if actor is not None else None,
        now,
        now,
    )
    if pre_init.has_listeners(Transfer) or post_init.has_listeners(Transfer):
        transfer = Transfer.from_db(alias, _TRANSFER_FIELDS, values)
    else:
        # What from_db builds, without walking the model's fields one by one: one
        # transfer per booking, and that walk was a fifth of a booking's Python.
        transfer = Transfer.__new__(Transfer)
        transfer.__dict__.update(zip(_TRANSFER_FIELDS, values, strict=True))
        transfer._state = ModelState()
        transfer._state.adding = False
        transfer._state.db = alias
    transfer._state.fields_cache.update(place=place, currency=posting.currency, created_by=actor)
    return transfer


def _book(
    *, actor: Member | None, place: Place, key: str, posting: Posting, now: datetime
) -> Transfer:
    """Lock, check, write and commit, inside the caller's transaction. The statements
    are written out (they run on SQLite and PostgreSQL alike) so that they read side by
    side with the function ledger_book."""
    moves = _moves(posting)
    accounts = lock_rows(accounts=moves).accounts
    for pk, amount in sorted(moves.items()):  # the order ledger_book checks in
        account = accounts[pk]
        after = account.balance + amount
        if account.min_balance is not None and after < account.min_balance:
            refuse_limit(account, account.min_balance, posting.currency, below=True)
        if account.max_balance is not None and after > account.max_balance:
            refuse_limit(account, account.max_balance, posting.currency, below=False)
    at = connection.ops.adapt_datetimefield_value(now)
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO ledger_transfer (place_id, currency_id, idempotency_key, fingerprint, "
            "state, category, memo, reverses_id, created_by_id, created_at) "
            "VALUES (%s, %s, %s, %s, 'pending', %s, %s, %s, %s, %s) RETURNING id",
            [
                place.pk,
                posting.currency.pk,
                key,
                posting.fingerprint,
                str(posting.category),
                posting.memo,
                posting.reverses.pk if posting.reverses is not None else None,
                actor.pk if actor is not None else None,
                at,
            ],
        )
        pk = cursor.fetchone()[0]
        cursor.execute(
            "INSERT INTO ledger_entry (transfer_id, account_id, amount) VALUES "
            + ", ".join(["(%s, %s, %s)"] * len(moves)),
            [value for account, amount in moves.items() for value in (pk, account, amount)],
        )
        cursor.execute(
            "UPDATE ledger_account SET balance = balance + CASE id "
            + " ".join(["WHEN %s THEN %s"] * len(moves))
            + f" END WHERE id IN ({', '.join(['%s'] * len(moves))})",
            [value for account, amount in moves.items() for value in (account, amount)]
            + list(moves),
        )
        # The guard trigger checks here that the entries sum to zero.
        cursor.execute(
            "UPDATE ledger_transfer SET state = 'committed', committed_at = %s WHERE id = %s",
            [at, pk],
        )
    return _transfer(pk, actor=actor, place=place, key=key, posting=posting, now=now)


# The call of ledger_book, prepared once on each connection at the protocol level (as
# psycopg prepares statements), so that the server parses and plans it once, and sent
# with its parameters as text straight through libpq: no cursor, adapters or loaders,
# which cost the client more than the rest of a transfer. (Django turns psycopg's own
# preparing off, for connection poolers; PgBouncer keeps prepared statements since 1.21.)
_BOOK = b"nabij_ledger_book"
_BOOK_CALL = (
    "SELECT outcome, transfer_id, account_id, bound FROM ledger_book("
    "{0}::bigint, {0}::bigint, {0}::text, {0}::text, {0}::text, {0}::text, {0}::bigint, "
    "{0}::bigint, {0}::timestamptz, {0}::bigint[], {0}::bigint[])"
)
_BOOK_PREPARED = _BOOK_CALL.replace("{0}", "${}").format(*range(1, 12)).encode()
_BOOK_WITH_CURSOR = _BOOK_CALL.format("%s")
_prepared_on: "weakref.WeakSet[psycopg.Connection]" = weakref.WeakSet()


def _checked(result: pq.abc.PGresult, pgconn: pq.abc.PGconn) -> pq.abc.PGresult:
    """The result, or the error psycopg raises for it (Django's connection is UTF-8)."""
    if result.status in (pq.ExecStatus.TUPLES_OK, pq.ExecStatus.COMMAND_OK):
        return result
    error = psycopg.errors.error_from_result(result, encoding="utf-8")
    if pgconn.status == pq.ConnStatus.BAD and not isinstance(error, psycopg.OperationalError):
        error = psycopg.OperationalError(str(error))  # the connection is lost
    raise error


def _call_book(db: BaseDatabaseWrapper, values: list[str | None]) -> tuple:
    """One call of ledger_book: (outcome, transfer id, account id, bound)."""
    db.validate_no_broken_transaction()
    db.ensure_connection()
    raw = db.connection
    with db.wrap_database_errors:
        if not raw.autocommit and raw.pgconn.transaction_status == pq.TransactionStatus.IDLE:
            # Django's transaction has not begun on the server yet: psycopg begins it
            # (as the connection is configured) before a statement sent through a cursor.
            with psycopg.Cursor(raw) as cursor:
                cursor.execute(_BOOK_WITH_CURSOR, values)
                return cursor.fetchone()
        pgconn = raw.pgconn
        if raw not in _prepared_on:
            _checked(pgconn.prepare(_BOOK, _BOOK_PREPARED), pgconn)
            _prepared_on.add(raw)
        result = _checked(
            pgconn.exec_prepared(_BOOK, [None if v is None else v.encode() for v in values]),
            pgconn,
        )
    outcome, pk, account_id, bound = (result.get_value(0, column) for column in range(4))
    return (
        outcome.decode(),
        int(pk) if pk is not None else None,
        int(account_id) if account_id is not None else None,
        int(bound) if bound is not None else None,
    )


def _book_in_database(
    db: BaseDatabaseWrapper,
    *,
    actor: Member | None,
    place: Place,
    key: str,
    posting: Posting,
    now: datetime,
) -> Transfer | None:
    """`_book` as one call of the PostgreSQL function ledger_book; None when a transfer
    under the key exists already. The call bypasses Django's cursor, so it is not in
    Django's query log (assertNumQueries counts one query fewer)."""
    moves = _moves(posting)
    # Inside a caller's transaction an error leaves it to be rolled back, as Django's own
    # queries do; a refusal (below, above) writes nothing and leaves it usable.
    with transaction.mark_for_rollback_on_error(db.alias):
        outcome, pk, account_id, bound = _call_book(
            db,
            [
                str(place.pk),
                str(posting.currency.pk),
                key,
                posting.fingerprint,
                str(posting.category),
                posting.memo,
                str(posting.reverses.pk) if posting.reverses is not None else None,
                str(actor.pk) if actor is not None else None,
                now.isoformat(),
                "{" + ",".join(str(int(account)) for account in moves) + "}",
                "{" + ",".join(str(int(amount)) for amount in moves.values()) + "}",
            ],
        )
    if outcome == "exists":
        return None
    if outcome in ("below", "above"):
        account = next(a for a, _ in posting.legs if a.pk == account_id)
        refuse_limit(account, bound, posting.currency, below=outcome == "below")
    return _transfer(
        pk, actor=actor, place=place, key=key, posting=posting, now=now, alias=db.alias
    )


@dataclass(frozen=True)
class Booked:
    transfer: Transfer
    created: bool  # False: the key was used before and this is the original transfer


def post(
    *, actor: Member | None, place: Place, key: str, posting: Posting, now: datetime
) -> Booked:
    """Book a posting exactly once under `key` (see the module's docstring).

    Inside a caller's transaction the caller locks its own rows (tasks, vouchers, ...)
    first, as `lock_rows` orders, and accounts are locked here. On SQLite the booking runs
    in a savepoint, so that a key taken meanwhile by another request can be looked up
    after the IntegrityError; on PostgreSQL ledger_book settles that race itself (the
    insert waits for the other request and returns its transfer), nothing is written
    when it refuses, and so no savepoint is needed: outside a transaction the call is
    one autocommitted statement, one round trip."""
    db = connections[DEFAULT_DB_ALIAS]
    fields = dict(actor=actor, place=place, key=key, posting=posting, now=now)
    if db.vendor == "postgresql":
        transfer = _book_in_database(db, **fields)
        if transfer is None:
            return Booked(replay(place=place, key=key, posting=posting), False)
        return Booked(transfer, True)
    existing = replay(place=place, key=key, posting=posting)
    if existing is not None:
        return Booked(existing, False)
    try:
        with transaction.atomic():
            transfer = _book(**fields)
    except IntegrityError:
        # Another request with the same key committed between our look and our insert.
        if replay(place=place, key=key, posting=None) is None:
            raise
        return Booked(replay(place=place, key=key, posting=posting), False)
    return Booked(transfer, True)
