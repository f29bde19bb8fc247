"""On PostgreSQL, booking a transfer is one call of `ledger_book`: one round trip instead of
nine, which is most of a transfer's cost (see docs/BENCHMARKS.md). It does what
nabij.ledger.services.posting._book does in Python on SQLite, in the same order:

1. a transfer booked earlier under the same key is returned ('exists'), untouched;
2. the accounts are locked in primary-key order and their limits checked on the fresh
   balances; a breach is returned ('below' / 'above', the account, the limit), nothing
   written;
3. the header is inserted pending (a concurrent insert under the same key waits, then
   returns 'exists'), the entries added, the cached balances moved, and the header
   committed, where the guard trigger checks once more that the entries sum to zero.

The caller checks that the posting balances and names each account once.
"""

from django.db import migrations

CREATE = """
CREATE FUNCTION ledger_book(
    p_place bigint, p_currency bigint, p_key text, p_fingerprint text, p_category text,
    p_memo text, p_reverses bigint, p_created_by bigint, p_at timestamptz,
    p_accounts bigint[], p_amounts bigint[]
) RETURNS TABLE (outcome text, transfer_id bigint, account_id bigint, bound bigint)
LANGUAGE plpgsql AS $$
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

    PERFORM 1 FROM ledger_account WHERE id = ANY(p_accounts) ORDER BY id FOR UPDATE;
    FOR moved IN
        SELECT a.id, a.balance + m.amount AS after, a.min_balance, a.max_balance
          FROM ledger_account a JOIN unnest(p_accounts, p_amounts) AS m(id, amount) ON m.id = a.id
         ORDER BY a.id
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

DROP = (
    "DROP FUNCTION ledger_book(bigint, bigint, text, text, text, text, bigint, bigint, "
    "timestamptz, bigint[], bigint[])"
)


def _on_postgres(sql: str):
    def run(apps, schema_editor) -> None:
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql, params=None)

    return run


class Migration(migrations.Migration):
    dependencies = [("ledger", "0002_guards")]

    operations = [migrations.RunPython(_on_postgres(CREATE), _on_postgres(DROP))]
