"""Words of a passage as the coder sees them: folded (lower case, no accents), tokenised,
and stemmed with the language's Snowball stemmer.

Stemming is the slow part (tens of microseconds a word), and a policy text repeats its
words, so each language keeps a memo of the stems it has seen."""

import re
import unicodedata
from functools import cache
from typing import NamedTuple

import snowballstemmer

STEMMERS = {"nl": "dutch", "fr": "french", "en": "english"}

# Letters only: digits, dates and amounts say nothing of a source or a tension field.
# An apostrophe or hyphen between letters splits the word (l'école, buurt-werking):
# each part is a word of its own, so both can trigger a cue.
_WORD = re.compile(r"[^\W\d_]+")
_MEMO_LIMIT = 200_000


def fold(text: str) -> str:
    """Lower case without accents: "Solidariteit" and "solidarité" become comparable."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


class Word(NamedTuple):
    text: str  # as it appears in the passage
    folded: str
    stem: str


class Stemmer:
    """One language's stemmer with a memo; shared through `stemmer(language)`."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._stemmer = snowballstemmer.stemmer(STEMMERS.get(language, "dutch"))
        self._memo: dict[str, str] = {}
        self._words: dict[str, Word | None] = {}

    def stem(self, folded: str) -> str:
        found = self._memo.get(folded)
        if found is None:
            if len(self._memo) > _MEMO_LIMIT:
                self._memo.clear()
            found = self._memo[folded] = self._stemmer.stemWord(folded)
        return found

    def word(self, original: str) -> Word | None:
        """A word as written, folded and stemmed (None when folding leaves nothing)."""
        if original in self._words:
            return self._words[original]
        if len(self._words) > _MEMO_LIMIT:
            self._words.clear()
        folded = fold(original)
        found = self._words[original] = (
            Word(original, folded, self.stem(folded)) if folded else None
        )
        return found


@cache
def stemmer(language: str) -> Stemmer:
    return Stemmer(language)


def words(text: str, language: str) -> list[Word]:
    """The passage's words in order, each with its folded form and its stem."""
    language_stemmer = stemmer(language)
    known, word = language_stemmer._words.get, language_stemmer.word
    found = [
        known(original) or word(original)
        for original in _WORD.findall(unicodedata.normalize("NFC", text))
    ]
    return [item for item in found if item is not None]


def normalise_space(text: str) -> str:
    """One space between words, no space at the ends."""
    return " ".join(text.split())
