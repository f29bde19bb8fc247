"""Full-text search of practices, one way per database.

PostgreSQL: a GIN index over the weighted Dutch tsvector that nabij.practices.search
queries (the expression must stay identical to practice_vector()).
SQLite: an FTS5 table of stemmed text, kept in step by triggers that call the Dutch
stemmer registered on every connection (nabij.practices.dutch)."""

from django.db import migrations

POSTGRESQL_FORWARD = [
    """
    CREATE INDEX practices_practice_search ON practices_practice USING gin ((
        setweight(to_tsvector('dutch'::regconfig, COALESCE(name, '')), 'A')
        || setweight(to_tsvector('dutch'::regconfig, COALESCE(description, '')), 'B')
        || setweight(to_tsvector('dutch'::regconfig, COALESCE(organisations, '')), 'C')
    ))
    """,
]
POSTGRESQL_BACKWARD = ["DROP INDEX IF EXISTS practices_practice_search"]

# remove_diacritics 0: PostgreSQL's 'dutch' configuration keeps accents too.
SQLITE_FORWARD = [
    """
    CREATE VIRTUAL TABLE practices_practice_fts USING fts5(
        name, description, organisations, tokenize = 'unicode61 remove_diacritics 0'
    )
    """,
    """
    INSERT INTO practices_practice_fts (rowid, name, description, organisations)
    SELECT id, nabij_dutch_stems(name), nabij_dutch_stems(description),
           nabij_dutch_stems(organisations)
    FROM practices_practice
    """,
    """
    CREATE TRIGGER practices_practice_fts_insert AFTER INSERT ON practices_practice BEGIN
        INSERT INTO practices_practice_fts (rowid, name, description, organisations)
        VALUES (new.id, nabij_dutch_stems(new.name), nabij_dutch_stems(new.description),
                nabij_dutch_stems(new.organisations));
    END
    """,
    """
    CREATE TRIGGER practices_practice_fts_update
    AFTER UPDATE OF name, description, organisations ON practices_practice BEGIN
        UPDATE practices_practice_fts
        SET name = nabij_dutch_stems(new.name),
            description = nabij_dutch_stems(new.description),
            organisations = nabij_dutch_stems(new.organisations)
        WHERE rowid = new.id;
    END
    """,
    """
    CREATE TRIGGER practices_practice_fts_delete AFTER DELETE ON practices_practice BEGIN
        DELETE FROM practices_practice_fts WHERE rowid = old.id;
    END
    """,
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS practices_practice_fts_delete",
    "DROP TRIGGER IF EXISTS practices_practice_fts_update",
    "DROP TRIGGER IF EXISTS practices_practice_fts_insert",
    "DROP TABLE IF EXISTS practices_practice_fts",
]


def _run(statements: dict[str, list[str]]):
    def run(apps, schema_editor) -> None:
        for statement in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("practices", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"postgresql": POSTGRESQL_FORWARD, "sqlite": SQLITE_FORWARD}),
            _run({"postgresql": POSTGRESQL_BACKWARD, "sqlite": SQLITE_BACKWARD}),
        ),
    ]
