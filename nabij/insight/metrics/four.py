"""The network of four: vulnerable people with fewer than four people to count on, and
who could become a new tie for them."""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from nabij.insight.metrics.ties import Ties, degrees

TARGET = 4  # social workers aim for at least four people around every vulnerable person
COMMON_LANGUAGE = "nl"  # shared by nearly everyone: a weak reason on its own


def short_of_four(*, ties: Ties, people: np.ndarray, target: int = TARGET) -> dict[int, int]:
    """Each of `people` with fewer than `target` distinct ties, with their count."""
    people = np.asarray(people, dtype=np.int64)
    counts = degrees(ties, people)
    short = counts < target
    return dict(zip(people[short].tolist(), counts[short].tolist(), strict=True))


@dataclass(frozen=True)
class Person:
    """What a suggestion may look at: never a special category."""

    id: int
    languages: frozenset[str] = frozenset()
    sector: str = ""
    groups: frozenset[int] = frozenset()
    ties: int = 0  # distinct ties in the window: active people first


@dataclass(frozen=True)
class Suggestion:
    id: int
    score: int
    reasons: tuple[tuple[str, str], ...]  # (code, detail): ("group", "3"), ("language", "ar")


@dataclass
class SuggestionIndex:
    """People of a place by language, sector and group, most active first."""

    people: Mapping[int, Person]
    near: Mapping[str, frozenset[str]] = field(default_factory=dict)  # sector -> nearby ones
    by_language: dict[str, list[int]] = field(default_factory=dict)
    by_sector: dict[str, list[int]] = field(default_factory=dict)
    by_group: dict[int, list[int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        ranked = sorted(self.people.values(), key=lambda p: (-p.ties, p.id))
        for person in ranked:
            for language in person.languages:
                self.by_language.setdefault(language, []).append(person.id)
            if person.sector:
                self.by_sector.setdefault(person.sector.casefold(), []).append(person.id)
            for group in person.groups:
                self.by_group.setdefault(group, []).append(person.id)


BUCKET = 40  # look at no more than this many people per shared trait, most active first


def _score(person: Person, other: Person, near: Iterable[str]) -> tuple[int, list]:
    reasons: list[tuple[str, str]] = []
    score = 0
    for group in sorted(person.groups & other.groups):
        reasons.append(("group", str(group)))
        score += 3
    for language in sorted(person.languages & other.languages):
        reasons.append(("language", language))
        score += 1 if language == COMMON_LANGUAGE else 2
    if person.sector and other.sector:
        if person.sector.casefold() == other.sector.casefold():
            reasons.append(("sector", other.sector))
            score += 2
        elif other.sector.casefold() in near:
            reasons.append(("nearby", other.sector))
            score += 1
    return score, reasons


def suggest_ties(
    *, person: Person, index: SuggestionIndex, exclude: Iterable[int] = (), limit: int = 3
) -> Sequence[Suggestion]:
    """Up to `limit` people who share most with `person`: a group they attend (3), a
    language (2; Dutch 1), the same street (2) or one nearby (1). Ties first to the more
    active, then the lower id, so the list is stable."""
    skip = {person.id, *exclude}
    near = index.near.get(person.sector.casefold(), frozenset()) if person.sector else frozenset()
    pool: dict[int, None] = {}
    buckets = [index.by_group.get(g, []) for g in sorted(person.groups)]
    # Nearly everyone speaks Dutch: that bucket would be the whole place. Dutch still
    # counts in the score of someone found through another trait.
    buckets += [
        index.by_language.get(lang, [])
        for lang in sorted(person.languages)
        if lang != COMMON_LANGUAGE
    ]
    if person.sector:
        buckets.append(index.by_sector.get(person.sector.casefold(), []))
        buckets += [index.by_sector.get(s, []) for s in sorted(near)]
    for bucket in buckets:
        taken = 0
        for other in bucket:
            if other in skip:
                continue
            pool[other] = None
            taken += 1
            if taken >= BUCKET:
                break
    scored = []
    for other_id in pool:
        other = index.people[other_id]
        score, reasons = _score(person, other, near)
        if score > 1:  # Dutch alone is no reason
            scored.append(Suggestion(other_id, score, tuple(reasons)))
    scored.sort(key=lambda s: (-s.score, -index.people[s.id].ties, s.id))
    return scored[:limit]
