"""The fund's rules that span rows, kept by the database itself, whatever writes to it.

- Budget periods of one fund never overlap (exclusion constraint on PostgreSQL, trigger on
  SQLite), and a budget is never lowered below what its decisions granted.
- An application asks at most its criterion's maximum.
- A proposal or decision grants at most the criterion's maximum and the amount asked, uses
  a criterion of the same fund, and is made by committee members seated at that moment who
  are neither the worker who applied nor the person helped (conflict of interest).
- The decisions charged to a budget period never grant more than its amount.
- A decision never changes once recorded.
- The payouts of a decision never add up to more than it granted.

Errors are integrity errors (SQLSTATE 23000/23P01 on PostgreSQL, RAISE(ABORT) on SQLite),
so Django raises IntegrityError. SQLite rebuilds a table for many later schema changes,
which drops its triggers: a later migration altering these tables must recreate them.
"""

from django.db import migrations

SEATED = """EXISTS (SELECT 1 FROM fund_fundcommitteeseat s
    WHERE s.fund_id = {fund} AND s.member_id = {member}
      AND s.since <= {at} AND (s.until IS NULL OR s.until > {at}))"""

POSTGRES = [
    "CREATE EXTENSION IF NOT EXISTS btree_gist",
    """
    ALTER TABLE fund_budgetperiod ADD CONSTRAINT fund_budget_no_overlap
    EXCLUDE USING gist (fund_id WITH =, daterange(starts_on, ends_on, '[]') WITH &&)
    """,
    """
    CREATE FUNCTION fund_budget_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF NEW.amount_cents < (SELECT coalesce(sum(amount_cents), 0) FROM fund_decision
                                WHERE budget_id = NEW.id) THEN
            RAISE EXCEPTION 'fund: budget % would be below what was granted', NEW.id
                USING ERRCODE = '23000';
        END IF;
        RETURN NEW;
    END $$
    """,
    """
    CREATE TRIGGER fund_budget_guard BEFORE UPDATE ON fund_budgetperiod
    FOR EACH ROW EXECUTE FUNCTION fund_budget_guard()
    """,
    """
    CREATE FUNCTION fund_application_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF NOT EXISTS (SELECT 1 FROM fund_criterion WHERE id = NEW.criterion_id
                        AND fund_id = NEW.fund_id AND max_amount_cents >= NEW.amount_cents) THEN
            RAISE EXCEPTION 'fund: application asks more than its criterion allows'
                USING ERRCODE = '23000';
        END IF;
        RETURN NEW;
    END $$
    """,
    """
    CREATE TRIGGER fund_application_guard BEFORE INSERT OR UPDATE ON fund_application
    FOR EACH ROW EXECUTE FUNCTION fund_application_guard()
    """,
    f"""
    CREATE FUNCTION fund_proposal_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        app fund_application%ROWTYPE;
    BEGIN
        SELECT * INTO app FROM fund_application WHERE id = NEW.application_id;
        IF NOT EXISTS (SELECT 1 FROM fund_criterion WHERE id = NEW.criterion_id
                        AND fund_id = app.fund_id AND max_amount_cents >= NEW.amount_cents)
           OR NEW.amount_cents > app.amount_cents THEN
            RAISE EXCEPTION 'fund: a proposal grants at most the criterion maximum and the amount asked'
                USING ERRCODE = '23000';
        END IF;
        IF NEW.proposed_by_id IN (app.applied_by_id, app.person_id)
           OR NOT {SEATED.format(fund="app.fund_id", member="NEW.proposed_by_id", at="NEW.proposed_at")}
        THEN
            RAISE EXCEPTION 'fund: only a seated committee member without a stake in the case proposes'
                USING ERRCODE = '23000';
        END IF;
        RETURN NEW;
    END $$
    """,
    """
    CREATE TRIGGER fund_proposal_guard BEFORE INSERT ON fund_proposal
    FOR EACH ROW EXECUTE FUNCTION fund_proposal_guard()
    """,
    f"""
    CREATE FUNCTION fund_decision_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        app fund_application%ROWTYPE;
        budget_cents bigint;
    BEGIN
        IF TG_OP = 'UPDATE' THEN
            RAISE EXCEPTION 'fund: decision % never changes', OLD.id USING ERRCODE = '23000';
        END IF;
        SELECT * INTO app FROM fund_application WHERE id = NEW.application_id;
        IF app.fund_id IS DISTINCT FROM NEW.fund_id
           OR NOT EXISTS (SELECT 1 FROM fund_criterion WHERE id = NEW.criterion_id
                           AND fund_id = NEW.fund_id AND max_amount_cents >= NEW.amount_cents)
           OR NEW.amount_cents > app.amount_cents THEN
            RAISE EXCEPTION 'fund: a decision grants at most the criterion maximum and the amount asked'
                USING ERRCODE = '23000';
        END IF;
        IF NEW.proposed_by_id IN (app.applied_by_id, app.person_id)
           OR NEW.confirmed_by_id IN (app.applied_by_id, app.person_id)
           OR NOT {SEATED.format(fund="NEW.fund_id", member="NEW.proposed_by_id", at="NEW.proposed_at")}
           OR NOT {SEATED.format(fund="NEW.fund_id", member="NEW.confirmed_by_id", at="NEW.decided_at")}
        THEN
            RAISE EXCEPTION 'fund: two seated committee members without a stake in the case decide'
                USING ERRCODE = '23000';
        END IF;
        IF NEW.budget_id IS NOT NULL THEN
            -- FOR UPDATE: two grants on one budget are counted one after the other.
            SELECT amount_cents INTO budget_cents FROM fund_budgetperiod
             WHERE id = NEW.budget_id AND fund_id = NEW.fund_id FOR UPDATE;
            IF budget_cents IS NULL OR budget_cents < NEW.amount_cents + (
                SELECT coalesce(sum(amount_cents), 0) FROM fund_decision
                 WHERE budget_id = NEW.budget_id) THEN
                RAISE EXCEPTION 'fund: decision grants more than its budget has left'
                    USING ERRCODE = '23000';
            END IF;
        END IF;
        RETURN NEW;
    END $$
    """,
    """
    CREATE TRIGGER fund_decision_guard BEFORE INSERT OR UPDATE ON fund_decision
    FOR EACH ROW EXECUTE FUNCTION fund_decision_guard()
    """,
    """
    CREATE FUNCTION fund_payout_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        granted bigint;
    BEGIN
        -- FOR UPDATE: two payouts on one decision are counted one after the other.
        SELECT amount_cents INTO granted FROM fund_decision
         WHERE id = NEW.decision_id AND fund_id = NEW.fund_id FOR UPDATE;
        IF granted IS NULL OR granted < NEW.amount_cents + (
            SELECT coalesce(sum(amount_cents), 0) FROM fund_payout
             WHERE decision_id = NEW.decision_id AND id IS DISTINCT FROM NEW.id) THEN
            RAISE EXCEPTION 'fund: payouts would exceed what was granted' USING ERRCODE = '23000';
        END IF;
        RETURN NEW;
    END $$
    """,
    """
    CREATE TRIGGER fund_payout_guard BEFORE INSERT OR UPDATE ON fund_payout
    FOR EACH ROW EXECUTE FUNCTION fund_payout_guard()
    """,
]

POSTGRES_REVERSE = [
    "DROP TRIGGER fund_payout_guard ON fund_payout",
    "DROP TRIGGER fund_decision_guard ON fund_decision",
    "DROP TRIGGER fund_proposal_guard ON fund_proposal",
    "DROP TRIGGER fund_application_guard ON fund_application",
    "DROP TRIGGER fund_budget_guard ON fund_budgetperiod",
    "DROP FUNCTION fund_payout_guard()",
    "DROP FUNCTION fund_decision_guard()",
    "DROP FUNCTION fund_proposal_guard()",
    "DROP FUNCTION fund_application_guard()",
    "DROP FUNCTION fund_budget_guard()",
    "ALTER TABLE fund_budgetperiod DROP CONSTRAINT fund_budget_no_overlap",
]


def _refuse(message: str) -> str:
    return f"BEGIN SELECT RAISE(ABORT, 'fund: {message}'); END"


_APP = "(SELECT {column} FROM fund_application WHERE id = NEW.application_id)"
_BUDGET_OVERLAP = """EXISTS (SELECT 1 FROM fund_budgetperiod b
    WHERE b.fund_id = NEW.fund_id AND b.id IS NOT NEW.id
      AND b.starts_on <= NEW.ends_on AND NEW.starts_on <= b.ends_on)"""
_PROPOSAL_BAD = f"""
    NOT EXISTS (SELECT 1 FROM fund_criterion WHERE id = NEW.criterion_id
                 AND fund_id = {_APP.format(column="fund_id")}
                 AND max_amount_cents >= NEW.amount_cents)
    OR NEW.amount_cents > {_APP.format(column="amount_cents")}
    OR NEW.proposed_by_id IN ({_APP.format(column="applied_by_id")},
                              {_APP.format(column="person_id")})
    OR NOT {SEATED.format(fund=_APP.format(column="fund_id"), member="NEW.proposed_by_id", at="NEW.proposed_at")}
"""
_DECISION_BAD = f"""
    {_APP.format(column="fund_id")} IS NOT NEW.fund_id
    OR NOT EXISTS (SELECT 1 FROM fund_criterion WHERE id = NEW.criterion_id
                    AND fund_id = NEW.fund_id AND max_amount_cents >= NEW.amount_cents)
    OR NEW.amount_cents > {_APP.format(column="amount_cents")}
    OR NEW.proposed_by_id IN ({_APP.format(column="applied_by_id")},
                              {_APP.format(column="person_id")})
    OR NEW.confirmed_by_id IN ({_APP.format(column="applied_by_id")},
                               {_APP.format(column="person_id")})
    OR NOT {SEATED.format(fund="NEW.fund_id", member="NEW.proposed_by_id", at="NEW.proposed_at")}
    OR NOT {SEATED.format(fund="NEW.fund_id", member="NEW.confirmed_by_id", at="NEW.decided_at")}
    OR (NEW.budget_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM fund_budgetperiod b WHERE b.id = NEW.budget_id AND b.fund_id = NEW.fund_id
           AND b.amount_cents >= NEW.amount_cents + (
               SELECT coalesce(sum(amount_cents), 0) FROM fund_decision
                WHERE budget_id = NEW.budget_id)))
"""
_APPLICATION_BAD = """NOT EXISTS (SELECT 1 FROM fund_criterion WHERE id = NEW.criterion_id
    AND fund_id = NEW.fund_id AND max_amount_cents >= NEW.amount_cents)"""
_PAYOUT_BAD = """NOT EXISTS (SELECT 1 FROM fund_decision d
    WHERE d.id = NEW.decision_id AND d.fund_id = NEW.fund_id
      AND d.amount_cents >= NEW.amount_cents + (
          SELECT coalesce(sum(amount_cents), 0) FROM fund_payout
           WHERE decision_id = NEW.decision_id AND id IS NOT NEW.id))"""
_BUDGET_BELOW_GRANTED = """NEW.amount_cents < (SELECT coalesce(sum(amount_cents), 0)
    FROM fund_decision WHERE budget_id = NEW.id)"""

SQLITE_TRIGGERS = {
    "fund_budget_insert": (
        f"BEFORE INSERT ON fund_budgetperiod WHEN {_BUDGET_OVERLAP}",
        "budget periods of one fund do not overlap",
    ),
    "fund_budget_update": (
        f"BEFORE UPDATE ON fund_budgetperiod WHEN {_BUDGET_OVERLAP} OR {_BUDGET_BELOW_GRANTED}",
        "budget periods do not overlap nor fall below what was granted",
    ),
    "fund_application_insert": (
        f"BEFORE INSERT ON fund_application WHEN {_APPLICATION_BAD}",
        "application asks more than its criterion allows",
    ),
    "fund_application_update": (
        f"BEFORE UPDATE ON fund_application WHEN {_APPLICATION_BAD}",
        "application asks more than its criterion allows",
    ),
    "fund_proposal_insert": (
        f"BEFORE INSERT ON fund_proposal WHEN {_PROPOSAL_BAD}",
        "a seated committee member without a stake proposes within the criterion",
    ),
    "fund_decision_insert": (
        f"BEFORE INSERT ON fund_decision WHEN {_DECISION_BAD}",
        "two seated committee members without a stake decide within criterion and budget",
    ),
    "fund_decision_update": ("BEFORE UPDATE ON fund_decision", "a decision never changes"),
    "fund_payout_insert": (
        f"BEFORE INSERT ON fund_payout WHEN {_PAYOUT_BAD}",
        "payouts would exceed what was granted",
    ),
    "fund_payout_update": (
        f"BEFORE UPDATE ON fund_payout WHEN {_PAYOUT_BAD}",
        "payouts would exceed what was granted",
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
            raise NotImplementedError(f"the fund's guards are written for {sorted(statements)}")
        for sql in statements[vendor]:
            schema_editor.execute(sql, params=None)

    return run


class Migration(migrations.Migration):
    dependencies = [("fund", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"postgresql": POSTGRES, "sqlite": SQLITE}),
            _run({"postgresql": POSTGRES_REVERSE, "sqlite": SQLITE_REVERSE}),
        )
    ]
