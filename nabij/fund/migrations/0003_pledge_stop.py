"""A pledge can be stopped (kept, with who stopped it and when), and the database keeps
every gift of a pledge inside the pledge's own fund and its days:

- a donation names a pledge of the same fund, received between its first and last day;
- a pledge's days never change so that a gift already recorded falls outside them.

Errors are integrity errors, as in 0002_guards. The SQLite triggers on fund_pledge are
created after the table was rebuilt for the new constraint (a rebuild drops triggers).
"""

import django.db.models.deletion
from django.db import migrations, models

_GIFT_OUTSIDE = """NEW.pledge_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM fund_pledge p
    WHERE p.id = NEW.pledge_id AND p.fund_id = NEW.fund_id
      AND p.starts_on <= NEW.received_on
      AND (p.ends_on IS NULL OR p.ends_on >= NEW.received_on))"""
_PLEDGE_LEAVES_GIFT = """EXISTS (SELECT 1 FROM fund_donation d WHERE d.pledge_id = NEW.id
    AND (d.fund_id <> NEW.fund_id OR d.received_on < NEW.starts_on
         OR (NEW.ends_on IS NOT NULL AND d.received_on > NEW.ends_on)))"""

POSTGRES = [
    f"""
    CREATE FUNCTION fund_donation_pledge_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF {_GIFT_OUTSIDE} THEN
            RAISE EXCEPTION 'fund: a gift of a pledge falls within the pledge and its fund'
                USING ERRCODE = '23000';
        END IF;
        RETURN NEW;
    END $$
    """,
    """
    CREATE TRIGGER fund_donation_pledge_guard BEFORE INSERT OR UPDATE ON fund_donation
    FOR EACH ROW EXECUTE FUNCTION fund_donation_pledge_guard()
    """,
    f"""
    CREATE FUNCTION fund_pledge_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF {_PLEDGE_LEAVES_GIFT} THEN
            RAISE EXCEPTION 'fund: pledge % would leave a recorded gift outside its days', NEW.id
                USING ERRCODE = '23000';
        END IF;
        RETURN NEW;
    END $$
    """,
    """
    CREATE TRIGGER fund_pledge_guard BEFORE UPDATE ON fund_pledge
    FOR EACH ROW EXECUTE FUNCTION fund_pledge_guard()
    """,
]
POSTGRES_REVERSE = [
    "DROP TRIGGER fund_pledge_guard ON fund_pledge",
    "DROP FUNCTION fund_pledge_guard()",
    "DROP TRIGGER fund_donation_pledge_guard ON fund_donation",
    "DROP FUNCTION fund_donation_pledge_guard()",
]


def _refuse(message: str) -> str:
    return f"BEGIN SELECT RAISE(ABORT, 'fund: {message}'); END"


SQLITE_TRIGGERS = {
    "fund_donation_pledge_insert": (
        f"BEFORE INSERT ON fund_donation WHEN {_GIFT_OUTSIDE}",
        "a gift of a pledge falls within the pledge and its fund",
    ),
    "fund_donation_pledge_update": (
        f"BEFORE UPDATE ON fund_donation WHEN {_GIFT_OUTSIDE}",
        "a gift of a pledge falls within the pledge and its fund",
    ),
    "fund_pledge_update": (
        f"BEFORE UPDATE ON fund_pledge WHEN {_PLEDGE_LEAVES_GIFT}",
        "a pledge never leaves a recorded gift outside its days",
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
    dependencies = [
        ("community", "0003_member_household_index"),
        ("fund", "0002_guards"),
    ]

    operations = [
        migrations.AddField(
            model_name="pledge",
            name="stopped_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="pledge",
            name="stopped_by",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="community.member",
            ),
        ),
        migrations.AddConstraint(
            model_name="pledge",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(("stopped_at__isnull", True), ("stopped_by__isnull", True)),
                    models.Q(
                        ("stopped_at__isnull", False),
                        ("stopped_by__isnull", False),
                        ("ends_on__isnull", False),
                    ),
                    _connector="OR",
                ),
                name="fund_pledge_stopped_with_end",
            ),
        ),
        migrations.RunPython(
            _run({"postgresql": POSTGRES, "sqlite": SQLITE}),
            _run({"postgresql": POSTGRES_REVERSE, "sqlite": SQLITE_REVERSE}),
        ),
    ]
