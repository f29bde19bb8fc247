"""Bonding and bridging: do ties stay inside groups or cross them (the E-I index)?

An attribute may hold several values per person (someone speaks Arabic and Dutch, or is
in two groups). A tie bonds when its two people share at least one value and bridges
otherwise; ties with a person without any value don't count. Per value, a tie is
internal when both people have the value, external when only one has it.

Each person's values are a row of bits (64 values to a word), so a tie's shared values
are one AND of two rows, and per-value counts are sums of bit columns.
"""

from dataclasses import dataclass

import numpy as np

from nabij.insight.metrics.ties import Ties

_CHUNK = 250_000  # ties per step: bounds the memory of unpacked bits


@dataclass(frozen=True)
class Membership:
    people: np.ndarray  # sorted ids of people with at least one value
    bits: np.ndarray  # (people, words) little-endian uint64: bit v set when value v held
    values: int

    @property
    def counts(self) -> np.ndarray:
        """People per value."""
        return _column_sums(self.bits, self.values)


def membership_of(*, member: np.ndarray, value: np.ndarray, values: int) -> Membership:
    """From pairs: person `member[i]` has value code `value[i]` (0 <= code < values)."""
    member = np.asarray(member, dtype=np.int64)
    value = np.asarray(value, dtype=np.int64)
    people = np.unique(member)
    words = max(1, -(-values // 64))
    bits = np.zeros((len(people), words), dtype="<u8")
    row = np.searchsorted(people, member)
    np.bitwise_or.at(bits, (row, value // 64), np.left_shift(1, value % 64).astype("<u8"))
    return Membership(people=people, bits=bits, values=values)


def _column_sums(bits: np.ndarray, values: int) -> np.ndarray:
    total = np.zeros(bits.shape[1] * 64, dtype=np.int64)
    for start in range(0, len(bits), _CHUNK):
        chunk = np.ascontiguousarray(bits[start : start + _CHUNK]).view(np.uint8)
        total += np.unpackbits(chunk, axis=1, bitorder="little").sum(axis=0, dtype=np.int64)
    return total[:values]


@dataclass(frozen=True)
class BridgingCounts:
    members: int  # people with at least one value
    ties: int  # ties between two such people
    bonding: int
    bridging: int
    members_by_value: np.ndarray  # int64, one per value code
    internal: np.ndarray  # ties inside each value
    external: np.ndarray  # ties from each value to people without it


def _rows(membership: Membership, ids: np.ndarray) -> np.ndarray:
    """Each id's row in the membership, or -1 for someone without a value."""
    people = membership.people
    if len(people) == 0:
        return np.full(len(ids), -1)
    row = np.minimum(np.searchsorted(people, ids), len(people) - 1)
    return np.where(people[row] == ids, row, -1)


def bridging_counts(*, ties: Ties, membership: Membership) -> BridgingCounts:
    ra, rb = _rows(membership, ties.a), _rows(membership, ties.b)
    both = (ra >= 0) & (rb >= 0)
    bits_a, bits_b = membership.bits[ra[both]], membership.bits[rb[both]]
    shared = bits_a & bits_b
    bonding = int(np.count_nonzero(shared.any(axis=1)))
    n = int(np.count_nonzero(both))
    values = membership.values
    return BridgingCounts(
        members=len(membership.people),
        ties=n,
        bonding=bonding,
        bridging=n - bonding,
        members_by_value=membership.counts,
        internal=_column_sums(shared, values),
        external=_column_sums(bits_a & ~bits_b, values) + _column_sums(bits_b & ~bits_a, values),
    )
