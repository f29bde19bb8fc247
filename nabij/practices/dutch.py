"""Dutch words as the full-text search sees them: split, stop words left out, stemmed.

PostgreSQL's 'dutch' configuration does this inside the database. On SQLite the same is
done here, with the same Snowball algorithm and stop list, so that a search finds the
same practices on both databases. SQLite calls `stems` from its triggers (see migration
0002_search), which is why the function is registered on every SQLite connection."""

import re
from functools import lru_cache

import snowballstemmer
from django.db.backends.signals import connection_created
from django.dispatch import receiver

# The older Dutch Snowball stemmer, the one PostgreSQL's 'dutch' configuration uses.
_STEMMER = snowballstemmer.stemmer("dutch_porter")

# PostgreSQL's dutch.stop (the Snowball list): words too common to search for.
STOP_WORDS = frozenset(
    """
    de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er
    maar om hem dan zou of wat mijn men dit zo door over ze zich bij ook tot je mij uit
    der daar haar naar heb hoe heeft hebben deze u want nog zal me zij nu ge geen omdat
    iets worden toch al waren veel meer doen toen moet ben zonder kan hun dus alles
    onder ja eens hier wie werd altijd doch wordt wezen kunnen ons zelf tegen na reeds
    wil kon niets uw iemand geweest andere
    """.split()  # noqa: SIM905  (the list as PostgreSQL ships it)
)

# Letters and digits; an underscore separates words, as it does for SQLite's tokenizer.
WORD = re.compile(r"[^\W_]+")

SQLITE_FUNCTION = "nabij_dutch_stems"


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    return _STEMMER.stemWord(word)


def terms(text: str | None) -> list[str]:
    """The stems of the words of a text, in order, without stop words."""
    words = WORD.findall((text or "").lower())
    return [stem(word) for word in words if word not in STOP_WORDS]


def stems(text: str | None) -> str:
    """The text as SQLite's full-text table keeps it: its stems, separated by spaces."""
    return " ".join(terms(text))


@receiver(connection_created)
def _register_on_sqlite(sender, connection, **kwargs) -> None:
    if connection.vendor == "sqlite":
        connection.connection.create_function(SQLITE_FUNCTION, 1, stems, deterministic=True)
