"""`ledger_book` (migration 0003) again, doing the same steps in the same order, cheaper:

- Its statements run with generic plans (`SET plan_cache_mode = force_generic_plan`).
  They take arrays of accounts and amounts; for a custom plan the planner knows the two
  elements of a payment's arrays, for a generic one it guesses ten, so its cost estimate
  always lost and every statement was planned again on every call (a fifth of the
  server's work per transfer). The generic plans are the same index lookups.
- Those plans are made once per connection and kept, also by the guard triggers that run
  inside the call. Every statement finds its rows by key, through an index; but on a
  table that was still tiny when a plan was made (a new ledger, a new place) the planner
  prefers a sequential scan, and that plan would stay while the table grows. Hence
  `SET enable_seqscan = off`: index scans at any size.
- The accounts are locked and their fresh balances read in one statement (`FOR UPDATE
  OF a`, in primary-key order: the rows are locked as they leave the sort) instead of a
  lock followed by a second read.

Everything else (the retry lookup first, the limit checks before anything is written,
the pending header, entries, balances, commit) is as in 0003.
"""

import importlib

from django.db import migrations

CREATE = """
CREATE OR REPLACE FUNCTION ledger_book(
    p_place bigint, p_currency bigint, p_key text, p_fingerprint text, p_category text,
    p_memo text, p_reverses bigint, p_created_by bigint, p_at timestamptz,
    p_accounts bigint[], p_amounts bigint[]
) RETURNS TABLE (outcome text, transfer_id bigint, account_id bigint, bound bigint)
LANGUAGE plpgsql
SET plan_cache_mode = force_generic_plan
SET enable_seqscan = off
AS $$
DECLARE
    found_id bigint;
    moved record;
BEGIN
    SELECT id INTO found_id FROM ledger_transfer
     WHERE place_id = p_place AND idempotency_key = p_key;
    IF found_id IS NOT NULL THEN
        RETURN QUERY SELECT 'exists', found_id, NULL::bigint, NULL::bigint;
        RETURN;
    END IF;

    FOR moved IN
        SELECT a.id, a.balance + m.amount AS after, a.min_balance, a.max_balance
          FROM ledger_account a JOIN unnest(p_accounts, p_amounts) AS m(id, amount) ON m.id = a.id
         ORDER BY a.id
           FOR UPDATE OF a
    LOOP
        IF moved.min_balance IS NOT NULL AND moved.after < moved.min_balance THEN
            RETURN QUERY SELECT 'below', NULL::bigint, moved.id, moved.min_balance;
            RETURN;
        END IF;
        IF moved.max_balance IS NOT NULL AND moved.after > moved.max_balance THEN
            RETURN QUERY SELECT 'above', NULL::bigint, moved.id, moved.max_balance;
            RETURN;
        END IF;
    END LOOP;

    INSERT INTO ledger_transfer (place_id, currency_id, idempotency_key, fingerprint, state,
                                 category, memo, reverses_id, created_by_id, created_at)
    VALUES (p_place, p_currency, p_key, p_fingerprint, 'pending',
            p_category, p_memo, p_reverses, p_created_by, p_at)
    ON CONFLICT (place_id, idempotency_key) DO NOTHING
    RETURNING id INTO found_id;
    IF found_id IS NULL THEN
        SELECT id INTO found_id FROM ledger_transfer
         WHERE place_id = p_place AND idempotency_key = p_key;
        RETURN QUERY SELECT 'exists', found_id, NULL::bigint, NULL::bigint;
        RETURN;
    END IF;

    INSERT INTO ledger_entry (transfer_id, account_id, amount)
    SELECT found_id, m.id, m.amount FROM unnest(p_accounts, p_amounts) AS m(id, amount);
    UPDATE ledger_account a SET balance = a.balance + m.amount
      FROM unnest(p_accounts, p_amounts) AS m(id, amount) WHERE a.id = m.id;
    UPDATE ledger_transfer SET state = 'committed', committed_at = p_at WHERE id = found_id;
    RETURN QUERY SELECT 'booked', found_id, NULL::bigint, NULL::bigint;
END $$
"""


def _previous() -> str:
    return importlib.import_module("nabij.ledger.migrations.0003_book_function").CREATE.replace(
        "CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1
    )


def _on_postgres(sql):
    def run(apps, schema_editor) -> None:
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql() if callable(sql) else sql, params=None)

    return run


class Migration(migrations.Migration):
    dependencies = [("ledger", "0004_card")]

    operations = [migrations.RunPython(_on_postgres(CREATE), _on_postgres(_previous))]
