"""The ledger's rules, kept by the database itself, whatever writes to it.

- A transfer is inserted `pending`; its state only moves pending -> committed or rejected,
  committed -> reversed; nothing else about it ever changes; it is never deleted.
- Committing refuses a transfer with fewer than two entries or entries not summing to zero.
- Entries are added only to a pending transfer, on accounts of the transfer's currency,
  and are never changed or deleted.
- A redeemed or cancelled voucher never changes again; vouchers are never deleted.
- The log of limit overrides is append-only.
- A transfer's currency exists and belongs to its place, and its author exists (in place
  of foreign keys, which would share-lock those rows on every booking).

The account limits are a check constraint (0001). Errors are integrity errors (SQLSTATE
23000 on PostgreSQL, RAISE(ABORT) on SQLite), so Django raises IntegrityError.

On SQLite, deletes are refused while `nabij_ledger_guarded()` is true: Django's flush
lifts it (see nabij.ledger.guard). Note: SQLite rebuilds a table for many later schema
changes (AlterField), which drops its triggers: a later migration that alters one of these
tables must run this file's SQLite statements again. The guard tests catch a missing one.
"""

from django.db import migrations

TRANSFER_COLUMNS = (
    "place_id",
    "currency_id",
    "idempotency_key",
    "fingerprint",
    "category",
    "memo",
    "reverses_id",
    "created_by_id",
    "created_at",
)

POSTGRES = [
    """
    CREATE FUNCTION ledger_transfer_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        total numeric;
        legs integer;
    BEGIN
        IF TG_OP = 'DELETE' THEN
            RAISE EXCEPTION 'ledger: transfer % is never deleted; book a reversal', OLD.id
                USING ERRCODE = '23000';
        END IF;
        IF TG_OP = 'INSERT' THEN
            IF NEW.state <> 'pending' THEN
                RAISE EXCEPTION 'ledger: a transfer starts pending' USING ERRCODE = '23000';
            END IF;
            -- In place of foreign keys (see the Transfer model): plain reads, no share locks.
            IF NOT EXISTS (SELECT 1 FROM ledger_currency
                            WHERE id = NEW.currency_id AND place_id = NEW.place_id)
               OR (NEW.created_by_id IS NOT NULL
                   AND NOT EXISTS (SELECT 1 FROM community_member WHERE id = NEW.created_by_id))
            THEN
                RAISE EXCEPTION 'ledger: a transfer names a currency, place or author that does not exist'
                    USING ERRCODE = '23503';
            END IF;
            RETURN NEW;
        END IF;
        IF (NEW_COLUMNS) IS DISTINCT FROM (OLD_COLUMNS) THEN
            RAISE EXCEPTION 'ledger: only the state of transfer % changes', OLD.id
                USING ERRCODE = '23000';
        END IF;
        IF NEW.state <> OLD.state AND NOT (
            (OLD.state = 'pending' AND NEW.state IN ('committed', 'rejected'))
            OR (OLD.state = 'committed' AND NEW.state = 'reversed')
        ) THEN
            RAISE EXCEPTION 'ledger: transfer % cannot go from % to %', OLD.id, OLD.state, NEW.state
                USING ERRCODE = '23000';
        END IF;
        IF NEW.committed_at IS DISTINCT FROM OLD.committed_at
           AND NOT (OLD.state = 'pending' AND NEW.state = 'committed') THEN
            RAISE EXCEPTION 'ledger: transfer % keeps its booking time', OLD.id
                USING ERRCODE = '23000';
        END IF;
        IF OLD.state = 'pending' AND NEW.state = 'committed' THEN
            SELECT coalesce(sum(amount), 0), count(*) INTO total, legs
              FROM ledger_entry WHERE transfer_id = NEW.id;
            IF legs < 2 OR total <> 0 THEN
                RAISE EXCEPTION 'ledger: transfer % does not balance (% entries, sum %)',
                    NEW.id, legs, total USING ERRCODE = '23000';
            END IF;
        END IF;
        RETURN NEW;
    END $$
    """.replace("NEW_COLUMNS", ", ".join(f"NEW.{c}" for c in TRANSFER_COLUMNS)).replace(
        "OLD_COLUMNS", ", ".join(f"OLD.{c}" for c in TRANSFER_COLUMNS)
    ),
    """
    CREATE TRIGGER ledger_transfer_guard BEFORE INSERT OR UPDATE OR DELETE ON ledger_transfer
    FOR EACH ROW EXECUTE FUNCTION ledger_transfer_guard()
    """,
    """
    CREATE FUNCTION ledger_entry_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        transfer_state text;
        transfer_currency bigint;
    BEGIN
        IF TG_OP <> 'INSERT' THEN
            RAISE EXCEPTION 'ledger: entries are never changed or deleted; book a reversal'
                USING ERRCODE = '23000';
        END IF;
        -- FOR SHARE: a transfer cannot be committed while another transaction adds to it.
        SELECT state, currency_id INTO transfer_state, transfer_currency
          FROM ledger_transfer WHERE id = NEW.transfer_id FOR SHARE;
        IF transfer_state IS DISTINCT FROM 'pending' THEN
            RAISE EXCEPTION 'ledger: transfer % is not pending; entries cannot be added',
                NEW.transfer_id USING ERRCODE = '23000';
        END IF;
        IF (SELECT currency_id FROM ledger_account WHERE id = NEW.account_id)
           IS DISTINCT FROM transfer_currency THEN
            RAISE EXCEPTION 'ledger: account % is in another currency than transfer %',
                NEW.account_id, NEW.transfer_id USING ERRCODE = '23000';
        END IF;
        RETURN NEW;
    END $$
    """,
    """
    CREATE TRIGGER ledger_entry_guard BEFORE INSERT OR UPDATE OR DELETE ON ledger_entry
    FOR EACH ROW EXECUTE FUNCTION ledger_entry_guard()
    """,
    """
    CREATE FUNCTION ledger_voucher_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'DELETE' THEN
            RAISE EXCEPTION 'ledger: voucher % is never deleted', OLD.id USING ERRCODE = '23000';
        END IF;
        IF OLD.state <> 'outstanding' THEN
            RAISE EXCEPTION 'ledger: voucher % is % and cannot change', OLD.id, OLD.state
                USING ERRCODE = '23000';
        END IF;
        RETURN NEW;
    END $$
    """,
    """
    CREATE TRIGGER ledger_voucher_guard BEFORE UPDATE OR DELETE ON ledger_voucher
    FOR EACH ROW EXECUTE FUNCTION ledger_voucher_guard()
    """,
    """
    CREATE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION 'ledger: % is append-only', TG_TABLE_NAME USING ERRCODE = '23000';
    END $$
    """,
    """
    CREATE TRIGGER ledger_limitoverride_guard BEFORE UPDATE OR DELETE ON ledger_limitoverride
    FOR EACH ROW EXECUTE FUNCTION ledger_append_only()
    """,
]

POSTGRES_REVERSE = [
    "DROP TRIGGER ledger_limitoverride_guard ON ledger_limitoverride",
    "DROP TRIGGER ledger_voucher_guard ON ledger_voucher",
    "DROP TRIGGER ledger_entry_guard ON ledger_entry",
    "DROP TRIGGER ledger_transfer_guard ON ledger_transfer",
    "DROP FUNCTION ledger_append_only()",
    "DROP FUNCTION ledger_voucher_guard()",
    "DROP FUNCTION ledger_entry_guard()",
    "DROP FUNCTION ledger_transfer_guard()",
]


def _refuse(message: str) -> str:
    return f"BEGIN SELECT RAISE(ABORT, 'ledger: {message}'); END"


SQLITE_TRIGGERS = {
    "ledger_transfer_insert": (
        "BEFORE INSERT ON ledger_transfer WHEN NEW.state <> 'pending'",
        "a transfer starts pending",
    ),
    "ledger_transfer_refers": (
        "BEFORE INSERT ON ledger_transfer WHEN NOT EXISTS (SELECT 1 FROM ledger_currency "
        "WHERE id = NEW.currency_id AND place_id = NEW.place_id) OR (NEW.created_by_id IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM community_member WHERE id = NEW.created_by_id))",
        "a transfer names a currency, place or author that does not exist",
    ),
    "ledger_transfer_fixed": (
        "BEFORE UPDATE ON ledger_transfer WHEN "
        + " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in TRANSFER_COLUMNS),
        "only the state of a transfer changes",
    ),
    "ledger_transfer_state": (
        "BEFORE UPDATE ON ledger_transfer WHEN NEW.state <> OLD.state AND NOT ("
        "(OLD.state = 'pending' AND NEW.state IN ('committed', 'rejected')) "
        "OR (OLD.state = 'committed' AND NEW.state = 'reversed'))",
        "this change of state is not allowed",
    ),
    "ledger_transfer_committed_at": (
        "BEFORE UPDATE ON ledger_transfer WHEN NEW.committed_at IS NOT OLD.committed_at "
        "AND NOT (OLD.state = 'pending' AND NEW.state = 'committed')",
        "a transfer keeps its booking time",
    ),
    "ledger_transfer_balanced": (
        "BEFORE UPDATE ON ledger_transfer WHEN OLD.state = 'pending' AND NEW.state = 'committed' "
        "AND ((SELECT count(*) FROM ledger_entry WHERE transfer_id = NEW.id) < 2 "
        "OR (SELECT coalesce(sum(amount), 0) FROM ledger_entry WHERE transfer_id = NEW.id) <> 0)",
        "the transfer does not balance",
    ),
    "ledger_transfer_delete": (
        "BEFORE DELETE ON ledger_transfer WHEN nabij_ledger_guarded()",
        "a transfer is never deleted; book a reversal",
    ),
    "ledger_entry_pending": (
        "BEFORE INSERT ON ledger_entry WHEN "
        "(SELECT state FROM ledger_transfer WHERE id = NEW.transfer_id) IS NOT 'pending'",
        "entries are added only to a pending transfer",
    ),
    "ledger_entry_currency": (
        "BEFORE INSERT ON ledger_entry WHEN "
        "(SELECT currency_id FROM ledger_account WHERE id = NEW.account_id) IS NOT "
        "(SELECT currency_id FROM ledger_transfer WHERE id = NEW.transfer_id)",
        "the account is in another currency than the transfer",
    ),
    "ledger_entry_update": (
        "BEFORE UPDATE ON ledger_entry",
        "entries are never changed; book a reversal",
    ),
    "ledger_entry_delete": (
        "BEFORE DELETE ON ledger_entry WHEN nabij_ledger_guarded()",
        "entries are never deleted; book a reversal",
    ),
    "ledger_voucher_final": (
        "BEFORE UPDATE ON ledger_voucher WHEN OLD.state <> 'outstanding'",
        "a redeemed or cancelled voucher cannot change",
    ),
    "ledger_voucher_delete": (
        "BEFORE DELETE ON ledger_voucher WHEN nabij_ledger_guarded()",
        "a voucher is never deleted",
    ),
    "ledger_limitoverride_update": (
        "BEFORE UPDATE ON ledger_limitoverride",
        "the log of limit overrides is append-only",
    ),
    "ledger_limitoverride_delete": (
        "BEFORE DELETE ON ledger_limitoverride WHEN nabij_ledger_guarded()",
        "the log of limit overrides is append-only",
    ),
}

SQLITE = [
    f"CREATE TRIGGER {name} {when} {_refuse(message)}"
    for name, (when, message) in SQLITE_TRIGGERS.items()
]
SQLITE_REVERSE = [f"DROP TRIGGER {name}" for name in SQLITE_TRIGGERS]


def _run(statements: dict[str, list[str]]):
    def run(apps, schema_editor) -> None:
        vendor = schema_editor.connection.vendor
        if vendor not in statements:
            raise NotImplementedError(f"the ledger's guards are written for {sorted(statements)}")
        for sql in statements[vendor]:
            schema_editor.execute(sql, params=None)

    return run


class Migration(migrations.Migration):
    dependencies = [("ledger", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"postgresql": POSTGRES, "sqlite": SQLITE}),
            _run({"postgresql": POSTGRES_REVERSE, "sqlite": SQLITE_REVERSE}),
        )
    ]
