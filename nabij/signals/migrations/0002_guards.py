"""The answers' rules that span rows, kept by the database itself, whatever writes to it.

- A response is only added to a survey that is open, of the same place.
- An answer answers a question of its response's survey, while that survey is open.
- A picked choice is a choice of the question answered.

Errors are integrity errors (SQLSTATE 23000 on PostgreSQL, RAISE(ABORT) on SQLite), so
Django raises IntegrityError. Updates are only checked when the columns that tie rows
together change: a worker's account removed later (entered_by set to NULL) must not be
refused because the survey has closed since. SQLite rebuilds a table for many later schema
changes, which drops its triggers: a later migration altering these tables must recreate
them.
"""

from django.db import migrations

POSTGRES = [
    """
    CREATE FUNCTION signals_response_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        -- FOR SHARE: the survey cannot be closed while this answer is being stored.
        PERFORM 1 FROM signals_survey
         WHERE id = NEW.survey_id AND place_id = NEW.place_id AND status = 'open' FOR SHARE;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'signals: survey % is not open for answers', NEW.survey_id
                USING ERRCODE = '23000';
        END IF;
        RETURN NEW;
    END $$
    """,
    """
    CREATE TRIGGER signals_response_guard
    BEFORE INSERT OR UPDATE OF survey_id, place_id ON signals_response
    FOR EACH ROW EXECUTE FUNCTION signals_response_guard()
    """,
    """
    CREATE FUNCTION signals_answer_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM 1 FROM signals_response r
          JOIN signals_question q ON q.survey_id = r.survey_id
          JOIN signals_survey s ON s.id = r.survey_id
         WHERE r.id = NEW.response_id AND q.id = NEW.question_id
           AND r.place_id = NEW.place_id AND s.status = 'open';
        IF NOT FOUND THEN
            RAISE EXCEPTION 'signals: an answer answers a question of its open survey'
                USING ERRCODE = '23000';
        END IF;
        IF NEW.choice_id IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM signals_choice WHERE id = NEW.choice_id AND question_id = NEW.question_id
        ) THEN
            RAISE EXCEPTION 'signals: choice % is not of question %', NEW.choice_id, NEW.question_id
                USING ERRCODE = '23000';
        END IF;
        RETURN NEW;
    END $$
    """,
    """
    CREATE TRIGGER signals_answer_guard
    BEFORE INSERT OR UPDATE OF response_id, question_id, choice_id, place_id ON signals_answer
    FOR EACH ROW EXECUTE FUNCTION signals_answer_guard()
    """,
]

POSTGRES_REVERSE = [
    "DROP TRIGGER signals_answer_guard ON signals_answer",
    "DROP TRIGGER signals_response_guard ON signals_response",
    "DROP FUNCTION signals_answer_guard()",
    "DROP FUNCTION signals_response_guard()",
]

_RESPONSE_BAD = """NOT EXISTS (SELECT 1 FROM signals_survey
    WHERE id = NEW.survey_id AND place_id = NEW.place_id AND status = 'open')"""
_ANSWER_BAD = """NOT EXISTS (SELECT 1 FROM signals_response r
      JOIN signals_question q ON q.survey_id = r.survey_id
      JOIN signals_survey s ON s.id = r.survey_id
     WHERE r.id = NEW.response_id AND q.id = NEW.question_id
       AND r.place_id = NEW.place_id AND s.status = 'open')
    OR (NEW.choice_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM signals_choice
         WHERE id = NEW.choice_id AND question_id = NEW.question_id))"""
_ANSWER_COLUMNS = "response_id, question_id, choice_id, place_id"

SQLITE_TRIGGERS = {
    "signals_response_insert": (
        f"BEFORE INSERT ON signals_response WHEN {_RESPONSE_BAD}",
        "a response is only added to an open survey",
    ),
    "signals_response_update": (
        f"BEFORE UPDATE OF survey_id, place_id ON signals_response WHEN {_RESPONSE_BAD}",
        "a response is only added to an open survey",
    ),
    "signals_answer_insert": (
        f"BEFORE INSERT ON signals_answer WHEN {_ANSWER_BAD}",
        "an answer answers a question, and picks a choice, of its open survey",
    ),
    "signals_answer_update": (
        f"BEFORE UPDATE OF {_ANSWER_COLUMNS} ON signals_answer WHEN {_ANSWER_BAD}",
        "an answer answers a question, and picks a choice, of its open survey",
    ),
}


def _refuse(message: str) -> str:
    return f"BEGIN SELECT RAISE(ABORT, 'signals: {message}'); END"


SQLITE = [
    f"CREATE TRIGGER {name} {when} {_refuse(message)}"
    for name, (when, message) in SQLITE_TRIGGERS.items()
]
SQLITE_REVERSE = [f"DROP TRIGGER {name}" for name in SQLITE_TRIGGERS]


def _run(statements: dict[str, list[str]]):
    def run(apps, schema_editor) -> None:
        vendor = schema_editor.connection.vendor
        if vendor not in statements:
            raise NotImplementedError(f"the signals' guards are written for {sorted(statements)}")
        for sql in statements[vendor]:
            schema_editor.execute(sql, params=None)

    return run


class Migration(migrations.Migration):
    dependencies = [("signals", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"postgresql": POSTGRES, "sqlite": SQLITE}),
            _run({"postgresql": POSTGRES_REVERSE, "sqlite": SQLITE_REVERSE}),
        )
    ]
