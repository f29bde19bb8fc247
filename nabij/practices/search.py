"""Full-text search of practices, ranked: Dutch stemming on both databases.

PostgreSQL searches a weighted tsvector (name A, description B, organisations C) through
the GIN expression index of migration 0002_search; the expression below must stay the
one that index is built on. SQLite searches an FTS5 table of stemmed text that triggers
keep in step with the practices (same migration), ranked by bm25 with like weights."""

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import F, FloatField, QuerySet
from django.db.models.expressions import RawSQL

from nabij.practices import dutch

CONFIG = "dutch"
FTS_TABLE = "practices_practice_fts"
# bm25 weights of the FTS columns (name, description, organisations), as A, B, C above.
FTS_WEIGHTS = (1.0, 0.4, 0.2)


def practice_vector() -> SearchVector:
    return (
        SearchVector("name", weight="A", config=CONFIG)
        + SearchVector("description", weight="B", config=CONFIG)
        + SearchVector("organisations", weight="C", config=CONFIG)
    )


def query_words(text: str) -> list[str]:
    """The words of a search that count: lower case, without stop words."""
    return [word for word in dutch.WORD.findall(text.lower()) if word not in dutch.STOP_WORDS]


def _postgresql(practices: QuerySet, words: list[str]) -> QuerySet:
    query = SearchQuery(words[0], config=CONFIG)
    for word in words[1:]:
        query &= SearchQuery(word, config=CONFIG)
    vector = practice_vector()
    return (
        practices.alias(search_vector=vector)
        .filter(search_vector=query)
        .annotate(search_rank=SearchRank(vector, query))
    )


def _sqlite(practices: QuerySet, words: list[str]) -> QuerySet:
    # Every word must be there (stemmed, as the table keeps it); quoted, so no word is
    # read as an FTS operator.
    match = " ".join(f'"{dutch.stem(word)}"' for word in words)
    table = practices.model._meta.db_table
    weights = ", ".join(str(weight) for weight in FTS_WEIGHTS)
    found = RawSQL(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s", [match])
    # bm25 is lower for a better match; negated, so that higher is better on both.
    rank = RawSQL(
        f"SELECT -bm25({FTS_TABLE}, {weights}) FROM {FTS_TABLE} "
        f'WHERE {FTS_TABLE} MATCH %s AND rowid = "{table}"."id"',
        [match],
        output_field=FloatField(),
    )
    return practices.filter(pk__in=found).annotate(search_rank=rank)


def practices_matching(practices: QuerySet, text: str) -> QuerySet:
    """The practices whose name, description or organisations hold every word of the
    search (in any form of the word), best match first. A search of only stop words
    finds nothing, as on PostgreSQL."""
    words = query_words(text)
    if not words:
        return practices.none()
    if connection.vendor == "postgresql":
        found = _postgresql(practices, words)
    else:
        found = _sqlite(practices, words)
    return found.order_by(F("search_rank").desc(), "name", "pk")
