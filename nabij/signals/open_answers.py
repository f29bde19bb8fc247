"""Open answers grouped by theme, without any outside service.

Each answer is cut into words, common words are dropped, the rest stemmed (Snowball, in
the answer's language). Then, greedily, the stem shared by most of the answers not yet
grouped becomes a theme and takes those answers. A theme needs at least five answers;
what is left goes together under "Andere antwoorden". Pure: no ORM, no network.
"""

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

import snowballstemmer
from django.utils.translation import gettext_lazy as _

from nabij.community.suppression import MIN_CELL

OTHER_ANSWERS = _("Andere antwoorden")
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
WORD_MIN = 3

STEMMERS = {"nl": "dutch", "fr": "french", "en": "english", "ar": "arabic", "tr": "turkish"}

# Small lists: the words that say nothing about a theme.
STOP_WORDS = {
    "nl": """aan al alle alles als altijd ben bij binnen dan dat de deze die dit doen door
        dus een eens en er ga gaan geen goed had heb hebben heeft hem het hier hij hoe hun
        iemand iets ik in is ja je jij kan kon kunnen maar me meer men met mij mijn moet
        na naar nee niet niets nog nu of om omdat ook op over te tegen toch toen tot u uit
        van veel voor vooral want was wat we wel werd wie wij wil worden wordt zal ze zeer
        zelf zich zij zijn zo zoals zonder zou""",
    "fr": """au aux avec ce ces cette dans de des du elle en est et eux il ils je la le les
        leur lui ma mais me mes moi mon ne nos notre nous on ou par pas pour qu que qui sa
        se ses son sur ta te tes toi ton tu un une vos votre vous très plus bien aussi""",
    "en": """about after all also and any are because been but can could did does for from
        had has have her him his how its just more most not now our out over she some than
        that the their them then there they this very was were what when which who will
        with would you your""",
    "ar": """في من على إلى عن مع هذا هذه ذلك التي الذي هو هي هم نحن أنا أنت كان كانت لا ما
        لم لن أن إن أو ثم قد كل بعد قبل عند بين حتى هل يا لكن أي وهو وهي ولا""",
    "tr": """ama bir biz bu çok da de diye daha en gibi hem her için ile ise kadar ki mi mu
        ne neden o olan olarak sen siz şey şu ve veya ya yok var ben benim bizim""",
}


@dataclass(frozen=True)
class OpenAnswer:
    language: str
    text: str


@dataclass(frozen=True)
class AnswerGroup:
    """A theme (the word its answers share, as most of them write it) and its answers.
    The theme of the pooled rest is empty."""

    theme: str
    texts: tuple[str, ...]

    @property
    def label(self) -> str:
        return self.theme or str(OTHER_ANSWERS)

    @property
    def is_rest(self) -> bool:
        return not self.theme


@cache
def _stop_words(language: str) -> frozenset[str]:
    return frozenset(STOP_WORDS.get(language, "").split())


@cache
def _stemmer(language: str):
    algorithm = STEMMERS.get(language)
    return snowballstemmer.stemmer(algorithm) if algorithm else None


@lru_cache(maxsize=50_000)
def _stem(language: str, word: str) -> str:
    # Answers repeat the same words; stemming in pure Python is the slow part.
    stemmer = _stemmer(language)
    return stemmer.stemWord(word) if stemmer else word


def words(answer: OpenAnswer) -> dict[str, str]:
    """The answer's stems, each with the first word it came from."""
    stop = _stop_words(answer.language)
    found: dict[str, str] = {}
    for word in WORD.findall(answer.text.casefold()):
        if len(word) < WORD_MIN or word in stop:
            continue
        stem = _stem(answer.language, word)
        if len(stem) >= 2:
            found.setdefault(f"{answer.language}:{stem}", word)
    return found


def group_answers(answers: Sequence[OpenAnswer], *, minimum: int = MIN_CELL) -> list[AnswerGroup]:
    """Themes with at least `minimum` answers, largest first, then the rest pooled (when
    there is any). Answers within a group are in alphabetical order, never in the order
    they came in."""
    stems = [words(answer) for answer in answers]
    holders: dict[str, set[int]] = {}
    for index, found in enumerate(stems):
        for stem in found:
            holders.setdefault(stem, set()).add(index)
    left = set(range(len(answers)))
    groups: list[AnswerGroup] = []
    while holders:
        # Most answers first; among equals the alphabetically first stem, so it is stable.
        stem, members_left = min(holders.items(), key=lambda item: (-len(item[1]), item[0]))
        if len(members_left) < minimum:
            break
        members = sorted(members_left)
        forms = Counter(stems[index][stem] for index in members)
        theme = min(forms.items(), key=lambda item: (-item[1], item[0]))[0]
        groups.append(AnswerGroup(theme=theme, texts=_ordered(answers, members)))
        left.difference_update(members)
        for index in members:
            for other in stems[index]:
                holders[other].discard(index)
        holders = {key: value for key, value in holders.items() if value}
    if left:
        groups.append(AnswerGroup(theme="", texts=_ordered(answers, left)))
    return groups


def _ordered(answers: Sequence[OpenAnswer], indexes) -> tuple[str, ...]:
    return tuple(sorted((answers[index].text.strip() for index in indexes), key=str.casefold))
