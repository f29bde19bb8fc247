"""Full-text search finds a practice by any form of a Dutch word, on SQLite and on
PostgreSQL alike (the same tests run on both), best match first."""

import pytest
from django.db import connection

from nabij.practices.models import Practice
from nabij.practices.search import practices_matching
from nabij.practices.selectors.practices import practices_search
from nabij.practices.services.practices import practice_update
from tests.practices.bank import record


@pytest.fixture
def bank(cast):
    """Three practices of Rabot and one of the school."""
    return {
        "garden": record(
            cast.worker,
            cast.rabot,
            name="Moestuin aan de Wondelgemstraat",
            description="Buren kweken samen groenten op een braakliggend terrein.",
            organisations="Stad Gent",
        ),
        "volunteers": record(
            cast.worker,
            cast.rabot,
            name="Boodschappendienst",
            description="Vrijwilligers doen boodschappen voor buren die slecht te been zijn.",
            organisations="Buurtwerk Rabot vzw",
        ),
        "language": record(
            cast.worker,
            cast.rabot,
            name="Taalcafé",
            description=(
                "Wekelijkse ontmoetingen om Nederlands te oefenen, in vele talen uitgelegd."
            ),
            organisations="Huis van het Nederlands",
        ),
        "school": record(
            cast.school_worker,
            cast.school,
            name="Moestuin op school",
            description="Kinderen en ouders van alle buurten verzorgen de moestuin.",
        ),
    }


def _names(place, query: str) -> list[str]:
    return [practice.name for practice in practices_search(place=place, query=query)]


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("ontmoeten", "Taalcafé"),  # "ontmoetingen" in the description
        ("taal", "Taalcafé"),  # "talen"
        ("vrijwilliger", "Boodschappendienst"),  # "vrijwilligers"
        ("groente", "Moestuin aan de Wondelgemstraat"),  # "groenten"
        ("gent", "Moestuin aan de Wondelgemstraat"),  # an organisation
    ],
)
def test_a_search_finds_another_form_of_the_word(cast, bank, query, found):
    assert _names(cast.rabot, query) == [found]


def test_a_plural_finds_the_singular(cast, bank):
    # "buurten" is in the school's description only; on the open catalogue the school's
    # practice is internal, so this searches the school's own bank.
    assert _names(cast.school, "buurt") == ["Moestuin op school"]


def test_every_word_of_the_search_must_be_found(cast, bank):
    assert _names(cast.rabot, "buren boodschappen") == ["Boodschappendienst"]
    assert _names(cast.rabot, "boodschappen groenten") == []


def test_a_search_of_only_common_words_finds_nothing(cast, bank):
    assert _names(cast.rabot, "de en het") == []


def test_punctuation_in_a_search_is_not_read_as_an_operator(cast, bank):
    assert _names(cast.rabot, '"taal*" (^') == ["Taalcafé"]


def test_a_match_in_the_name_ranks_above_one_in_the_description(cast, bank):
    record(
        cast.worker,
        cast.rabot,
        name="Fietsherstel",
        description="Kinderen leren hun fiets herstellen bij de moestuin van het buurthuis.",
    )

    assert _names(cast.rabot, "moestuin") == ["Moestuin aan de Wondelgemstraat", "Fietsherstel"]


def test_a_place_searches_its_own_bank_and_the_catalogue_only_public_practices(cast, bank):
    Practice.objects.filter(pk=bank["school"].pk).update(visibility="internal")

    assert _names(cast.rabot, "moestuin") == ["Moestuin aan de Wondelgemstraat"]
    assert _names(cast.school, "moestuin") == ["Moestuin op school"]
    assert _names(None, "moestuin") == ["Moestuin aan de Wondelgemstraat"]


def test_a_changed_practice_is_found_by_its_new_words_only(cast, bank):
    garden = bank["garden"]
    practice_update(
        actor=cast.worker,
        practice=garden,
        name="Stadsboerderij",
        domain="living",
        description="Kippen en geiten midden in de wijk.",
        level="meso",
        solidarity="direct",
        community_kind="tight",
        bond="project",
    )

    assert _names(cast.rabot, "geit") == ["Stadsboerderij"]
    assert _names(cast.rabot, "groenten") == []


def test_a_deleted_practice_is_not_found(cast, bank):
    bank["volunteers"].delete()

    assert _names(cast.rabot, "vrijwilligers") == []


@pytest.mark.postgres
@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL")
def test_postgresql_searches_through_the_gin_index(cast, bank):
    # The search's expression must be the very one the index of 0002_search is built on.
    practices = practices_matching(Practice.objects.all(), "vrijwilligers")
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        sql, params = practices.query.sql_with_params()
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())

    assert "Bitmap Index Scan on practices_practice_search" in plan


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the FTS5 table is SQLite's")
def test_sqlite_keeps_the_stems_of_every_practice_in_its_full_text_table(cast, bank):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT description FROM practices_practice_fts WHERE rowid = %s",
            [bank["volunteers"].pk],
        )
        (description,) = cursor.fetchone()

    # "doen" is a stop word, left out as PostgreSQL leaves it out.
    assert description.split()[:3] == ["vrijwilliger", "boodschapp", "bur"]
