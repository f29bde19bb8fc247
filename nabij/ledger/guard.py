"""The one way ledger rows may be deleted: flushing a whole database (tests, `nabij flush`).

PostgreSQL flushes with TRUNCATE, which row triggers do not see. SQLite flushes with
DELETE, so its delete-refusing triggers ask `nabij_ledger_guarded()`, a function every
Django connection to SQLite carries; the `flush` command lifts the guard while it runs.
A connection without the function (the sqlite3 shell) cannot delete ledger rows at all.
"""

from collections.abc import Iterator
from contextlib import contextmanager

_lifted = False


def _guarded() -> int:
    return 0 if _lifted else 1


def install_sqlite_guard(sender, connection, **kwargs) -> None:
    if connection.vendor == "sqlite":
        connection.connection.create_function("nabij_ledger_guarded", 0, _guarded)


@contextmanager
def lifted() -> Iterator[None]:
    global _lifted
    _lifted = True
    try:
        yield
    finally:
        _lifted = False
