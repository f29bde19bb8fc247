"""Reservations of one item that hold it (booked or lent) never overlap: on PostgreSQL an
exclusion constraint over the item and the period, which needs btree_gist for the item's
equality. SQLite has no exclusion constraints; there the reservation service checks under
SQLite's write lock (every transaction starts IMMEDIATE), which serialises all writers.
"""

from django.contrib.postgres.operations import BtreeGistExtension
from django.db import migrations

ADD = """
    ALTER TABLE sharing_reservation ADD CONSTRAINT sharing_reservation_no_overlap
    EXCLUDE USING gist (item_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&)
    WHERE (state IN ('booked', 'lent'))
"""
DROP = "ALTER TABLE sharing_reservation DROP CONSTRAINT sharing_reservation_no_overlap"


class KeepBtreeGist(BtreeGistExtension):
    """Created on PostgreSQL only (the parent skips other databases); never dropped on the
    way back, since other tables may use it, and nothing to undo on SQLite."""

    def database_backwards(self, app_label, schema_editor, from_state, to_state) -> None:
        return None


def _on_postgres(sql: str):
    def run(apps, schema_editor) -> None:
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql, params=None)

    return run


class Migration(migrations.Migration):
    dependencies = [("sharing", "0001_initial")]

    operations = [
        KeepBtreeGist(),
        migrations.RunPython(_on_postgres(ADD), _on_postgres(DROP)),
    ]
