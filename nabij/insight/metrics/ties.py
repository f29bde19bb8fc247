"""Distinct ties from exchanges, and merging the ties of several days or months."""

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Ties:
    """Distinct undirected pairs, sorted by (a, b), with a < b."""

    a: np.ndarray  # int64 member ids
    b: np.ndarray  # int64
    kinds: np.ndarray  # uint8: KIND_BITS of the kinds seen
    count: np.ndarray  # int64: exchanges between the two

    def __len__(self) -> int:
        return len(self.a)

    @classmethod
    def empty(cls) -> "Ties":
        i = np.zeros(0, dtype=np.int64)
        return cls(i, i.copy(), np.zeros(0, dtype=np.uint8), i.copy())

    def members(self) -> np.ndarray:
        """Sorted ids of everyone with at least one tie."""
        return np.union1d(self.a, self.b)


def _collapse(a: np.ndarray, b: np.ndarray, kinds: np.ndarray, count: np.ndarray) -> Ties:
    if len(a) == 0:
        return Ties.empty()
    # One int64 key per pair: ids stay far below 2**31 in any deployment we plan for.
    key = a.astype(np.int64) << 32 | b.astype(np.int64)
    order = np.argsort(key)
    key, kinds, count = key[order], kinds[order], count[order]
    starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    unique = key[starts]
    return Ties(
        a=unique >> 32,
        b=unique & 0xFFFFFFFF,
        kinds=np.bitwise_or.reduceat(kinds, starts).astype(np.uint8),
        count=np.add.reduceat(count, starts).astype(np.int64),
    )


def ties_from(giver: np.ndarray, receiver: np.ndarray, kind_bit: np.ndarray) -> Ties:
    """The distinct ties of a list of exchanges (direction dropped)."""
    giver = np.asarray(giver, dtype=np.int64)
    receiver = np.asarray(receiver, dtype=np.int64)
    keep = giver != receiver
    lo = np.minimum(giver, receiver)[keep]
    hi = np.maximum(giver, receiver)[keep]
    bits = np.asarray(kind_bit, dtype=np.uint8)[keep]
    return _collapse(lo, hi, bits, np.ones(len(lo), dtype=np.int64))


def ties_merge(*parts: Ties) -> Ties:
    """The ties of several spans together: masks or-ed, counts added."""
    parts = tuple(p for p in parts if len(p))
    if not parts:
        return Ties.empty()
    if len(parts) == 1:
        return parts[0]
    return _collapse(
        np.concatenate([p.a for p in parts]),
        np.concatenate([p.b for p in parts]),
        np.concatenate([p.kinds for p in parts]),
        np.concatenate([p.count for p in parts]),
    )


def ids_merge(*parts: np.ndarray) -> np.ndarray:
    """Sorted distinct ids of several sorted id arrays."""
    parts = tuple(p for p in parts if len(p))
    if not parts:
        return np.zeros(0, dtype=np.int64)
    return np.unique(np.concatenate(parts))


def degrees(ties: Ties, of: np.ndarray) -> np.ndarray:
    """How many distinct people each id in `of` has a tie with."""
    ends = np.concatenate([ties.a, ties.b])
    ends.sort()
    of = np.asarray(of, dtype=np.int64)
    return np.searchsorted(ends, of, side="right") - np.searchsorted(ends, of, side="left")
