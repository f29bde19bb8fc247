"""What the repair café's rows must agree with in other tables, kept by the database:

- an item is recorded at an event of its own place, and that event is a repair café;
- who brought it (when a member) and who fixed it hold a role in that place.

Check constraints cannot look at other rows, so these are triggers. Errors are integrity
errors (SQLSTATE 23514 on PostgreSQL, RAISE(ABORT) on SQLite), so Django raises
IntegrityError. SQLite drops a table's triggers when a later migration rebuilds it
(AlterField): such a migration must run this file's SQLite statements again.
"""

from django.db import migrations

POSTGRES = [
    """
    CREATE FUNCTION repair_item_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF NOT EXISTS (SELECT 1 FROM community_event
                        WHERE id = NEW.event_id AND place_id = NEW.place_id
                          AND kind = 'repair_cafe') THEN
            RAISE EXCEPTION 'repair: an item is recorded at a repair café of its own place'
                USING ERRCODE = '23514';
        END IF;
        IF NEW.owner_id IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM community_role WHERE member_id = NEW.owner_id AND place_id = NEW.place_id
        ) THEN
            RAISE EXCEPTION 'repair: who brought the item is not in its place'
                USING ERRCODE = '23514';
        END IF;
        IF NEW.fixer_id IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM community_role WHERE member_id = NEW.fixer_id AND place_id = NEW.place_id
        ) THEN
            RAISE EXCEPTION 'repair: the fixer is not in the item''s place'
                USING ERRCODE = '23514';
        END IF;
        RETURN NEW;
    END $$
    """,
    """
    CREATE TRIGGER repair_item_guard BEFORE INSERT OR UPDATE ON repair_repairitem
    FOR EACH ROW EXECUTE FUNCTION repair_item_guard()
    """,
]
POSTGRES_REVERSE = [
    "DROP TRIGGER repair_item_guard ON repair_repairitem",
    "DROP FUNCTION repair_item_guard()",
]

_EVENT = (
    "NOT EXISTS (SELECT 1 FROM community_event WHERE id = NEW.event_id "
    "AND place_id = NEW.place_id AND kind = 'repair_cafe')"
)
_OWNER = (
    "NEW.owner_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM community_role "
    "WHERE member_id = NEW.owner_id AND place_id = NEW.place_id)"
)
_FIXER = (
    "NEW.fixer_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM community_role "
    "WHERE member_id = NEW.fixer_id AND place_id = NEW.place_id)"
)
SQLITE_TRIGGERS = {
    f"repair_item_{when.lower()}_{name}": (when, condition, message)
    for when in ("INSERT", "UPDATE")
    for name, condition, message in (
        ("event", _EVENT, "an item is recorded at a repair café of its own place"),
        ("owner", _OWNER, "who brought the item is not in its place"),
        ("fixer", _FIXER, "the fixer is not in the item''s place"),
    )
}
SQLITE = [
    f"CREATE TRIGGER {name} BEFORE {when} ON repair_repairitem WHEN {condition} "
    f"BEGIN SELECT RAISE(ABORT, 'repair: {message}'); END"
    for name, (when, condition, message) in SQLITE_TRIGGERS.items()
]
SQLITE_REVERSE = [f"DROP TRIGGER {name}" for name in SQLITE_TRIGGERS]


def _run(statements: dict[str, list[str]]):
    def run(apps, schema_editor) -> None:
        vendor = schema_editor.connection.vendor
        if vendor not in statements:
            raise NotImplementedError(f"the repair guards are written for {sorted(statements)}")
        for sql in statements[vendor]:
            schema_editor.execute(sql, params=None)

    return run


class Migration(migrations.Migration):
    dependencies = [("repair", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"postgresql": POSTGRES, "sqlite": SQLITE}),
            _run({"postgresql": POSTGRES_REVERSE, "sqlite": SQLITE_REVERSE}),
        )
    ]
