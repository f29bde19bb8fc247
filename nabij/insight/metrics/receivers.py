"""Who receives: vulnerable people or others."""

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class ReceiverCounts:
    vulnerable: int  # vulnerable people who received
    others: int  # other people who received
    vulnerable_people: int  # vulnerable people, received or not
    other_people: int


def receiver_counts(
    *, people: np.ndarray, vulnerable: np.ndarray, receivers: np.ndarray
) -> ReceiverCounts:
    """`people`, `vulnerable` and `receivers` are sorted distinct ids; `vulnerable` may
    hold people outside `people`, who are not counted."""
    is_vulnerable = np.isin(people, vulnerable, assume_unique=True)
    got = np.isin(people, receivers, assume_unique=True)
    vulnerable_got = int(np.count_nonzero(got & is_vulnerable))
    vulnerable_people = int(np.count_nonzero(is_vulnerable))
    return ReceiverCounts(
        vulnerable=vulnerable_got,
        others=int(np.count_nonzero(got)) - vulnerable_got,
        vulnerable_people=vulnerable_people,
        other_people=len(people) - vulnerable_people,
    )
