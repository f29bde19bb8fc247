"""How well coders agree on one dimension (source or tension field): Cohen's kappa
between two reviewers, between reviewer and machine, and where the machine errs.

A pure core over dataclasses. A passage brings the machine's label and its reviewers'
labels in the order they reviewed (None: no source / no tension field)."""

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from nabij.practices.coding.kappa import cohen_kappa

# Fewer pairs than this say little: the page shows "not enough reviews yet".
MIN_PAIRS = 10


@dataclass(frozen=True)
class ReviewedPassage:
    machine: str | None
    reviews: Sequence[str | None]  # the reviewers' labels, first review first


@dataclass(frozen=True)
class Agreement:
    kappa: float | None  # None when undefined (nothing to compare, or one category only)
    pairs: int

    least = MIN_PAIRS

    @property
    def too_few(self) -> bool:
        return self.pairs < MIN_PAIRS

    @property
    def enough(self) -> bool:
        return self.kappa is not None and not self.too_few


@dataclass(frozen=True)
class Confusion:
    """Counts of reviews by the machine's label (rows) and the reviewer's (columns)."""

    labels: tuple[str | None, ...]
    counts: dict[tuple[str | None, str | None], int]

    def row(self, machine: str | None) -> list[int]:
        return [self.counts[machine, reviewer] for reviewer in self.labels]


def between_reviewers(passages: Iterable[ReviewedPassage]) -> Agreement:
    """The first two reviewers of every passage that two people reviewed."""
    pairs = [(p.reviews[0], p.reviews[1]) for p in passages if len(p.reviews) >= 2]
    return _agreement(pairs)


def reviewer_machine(passages: Iterable[ReviewedPassage]) -> Agreement:
    """Every review against the machine's label of its passage."""
    pairs = [(p.machine, review) for p in passages for review in p.reviews]
    return _agreement(pairs)


def confusion(passages: Iterable[ReviewedPassage], labels: Sequence[str | None]) -> Confusion:
    counts: Counter = Counter((p.machine, review) for p in passages for review in p.reviews)
    keys = tuple(labels)
    return Confusion(labels=keys, counts={(m, r): counts[m, r] for m in keys for r in keys})


def _agreement(pairs: list[tuple[str | None, str | None]]) -> Agreement:
    if not pairs:
        return Agreement(kappa=None, pairs=0)
    first, second = zip(*pairs, strict=True)
    return Agreement(kappa=cohen_kappa(list(first), list(second)), pairs=len(pairs))
