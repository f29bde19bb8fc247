"""Reciprocity: who only gives, only receives, does both, or neither."""

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class ReciprocityCounts:
    give_only: int
    receive_only: int
    both: int
    neither: int

    @property
    def total(self) -> int:
        return self.give_only + self.receive_only + self.both + self.neither

    def as_dict(self) -> dict[str, int]:
        return {
            "give_only": self.give_only,
            "receive_only": self.receive_only,
            "both": self.both,
            "neither": self.neither,
        }


def reciprocity_counts(
    *, people: np.ndarray, givers: np.ndarray, receivers: np.ndarray
) -> ReciprocityCounts:
    """Count `people` (sorted distinct ids) by whether they are among the givers and the
    receivers (sorted distinct ids of the span); others outside `people` don't count."""
    gave = np.isin(people, givers, assume_unique=True)
    got = np.isin(people, receivers, assume_unique=True)
    both = int(np.count_nonzero(gave & got))
    give_only = int(np.count_nonzero(gave)) - both
    receive_only = int(np.count_nonzero(got)) - both
    return ReciprocityCounts(
        give_only=give_only,
        receive_only=receive_only,
        both=both,
        neither=len(people) - give_only - receive_only - both,
    )
