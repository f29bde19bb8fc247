"""Drawing one value with a chance proportional to its weight (cumulative weights, bisect)."""

import random
from bisect import bisect
from collections.abc import Sequence
from itertools import accumulate
from typing import Generic, TypeVar

T = TypeVar("T")


class Weighted(Generic[T]):
    """Draw one value with a chance proportional to its weight."""

    def __init__(self, pairs: Sequence[tuple[T, float]]) -> None:
        self.values = [value for value, _weight in pairs]
        self.cumulative = list(accumulate(weight for _value, weight in pairs))
        self.total = self.cumulative[-1]

    def draw(self, rng: random.Random) -> T:
        # min(): a float product can round up to the total itself.
        index = bisect(self.cumulative, rng.random() * self.total)
        return self.values[min(index, len(self.values) - 1)]
