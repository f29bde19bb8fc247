"""Counting coded passages: per source, per tension field, and the two crossed.

A pure core over dataclasses. Each passage arrives with the code that counts for it —
the reviewer's where a person checked it, the machine's otherwise — and whether a
person checked it, so the page can say how much of what it shows a person saw."""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from nabij.practices.coding.labels import SOURCES, TENSION_FIELDS

# Every label of a dimension, and None (no source, no tension field) last.
SOURCE_KEYS: tuple[str | None, ...] = (*SOURCES, None)
FIELD_KEYS: tuple[str | None, ...] = (*TENSION_FIELDS, None)


@dataclass(frozen=True)
class CodedPassage:
    source: str | None
    tension_field: str | None
    reviewed: bool


@dataclass(frozen=True)
class Summary:
    total: int
    reviewed: int
    by_source: dict[str | None, int]  # every key of SOURCE_KEYS, in that order
    by_field: dict[str | None, int]  # every key of FIELD_KEYS, in that order
    cross: dict[tuple[str | None, str | None], int]  # (source, field) for every pair


def summarise(passages: Iterable[CodedPassage]) -> Summary:
    total = reviewed = 0
    sources: Counter = Counter()
    fields: Counter = Counter()
    pairs: Counter = Counter()
    for passage in passages:
        total += 1
        reviewed += passage.reviewed
        sources[passage.source] += 1
        fields[passage.tension_field] += 1
        pairs[passage.source, passage.tension_field] += 1
    return Summary(
        total=total,
        reviewed=reviewed,
        by_source={key: sources[key] for key in SOURCE_KEYS},
        by_field={key: fields[key] for key in FIELD_KEYS},
        cross={(s, f): pairs[s, f] for s in SOURCE_KEYS for f in FIELD_KEYS},
    )
