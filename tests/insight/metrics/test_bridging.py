"""Bonding, bridging and the E-I index on a graph worked out by hand.

People 1 and 2 are in A, 3 in B, 4 in both, 5 in none. Ties: 1-2, 1-3, 2-4, 3-4, 4-5, 1-5.
Ties with 5 don't count (no value). 1-2 bonds (A), 2-4 bonds (A), 3-4 bonds (B), 1-3
bridges: 4 ties, 3 bonding, 1 bridging, E-I = (1 - 3) / 4 = -0.5.
Per value: A has internal 1-2 and 2-4, external 1-3 (from 1) and 3-4 (from 4): E-I 0.
B has internal 3-4, external 1-3 (from 3) and 2-4 (from 4): E-I (2 - 1) / 3.
"""

import numpy as np
import pytest

from nabij.insight.metrics.bridging import bridging_counts, membership_of
from nabij.insight.metrics.cells import ei_index
from nabij.insight.metrics.ties import ties_from

A, B = 0, 1


@pytest.fixture
def counts():
    ties = ties_from(
        giver=np.array([1, 1, 2, 3, 4, 1]),
        receiver=np.array([2, 3, 4, 4, 5, 5]),
        kind_bit=np.ones(6, dtype=np.uint8),
    )
    membership = membership_of(
        member=np.array([1, 2, 3, 4, 4]), value=np.array([A, A, B, A, B]), values=2
    )
    return bridging_counts(ties=ties, membership=membership)


def test_ties_with_someone_without_a_value_do_not_count(counts):
    assert counts.members == 4
    assert counts.ties == 4


def test_a_tie_bonds_when_the_two_share_any_value(counts):
    assert (counts.bonding, counts.bridging) == (3, 1)
    assert ei_index(counts.bridging, counts.bonding) == -0.5


def test_per_value_internal_and_external_ties(counts):
    assert counts.members_by_value.tolist() == [3, 2]
    assert counts.internal.tolist() == [2, 1]
    assert counts.external.tolist() == [2, 2]
    assert ei_index(int(counts.external[A]), int(counts.internal[A])) == 0.0
    assert ei_index(int(counts.external[B]), int(counts.internal[B])) == pytest.approx(1 / 3)


def test_no_ties_no_index():
    counts = bridging_counts(
        ties=ties_from(np.array([1]), np.array([2]), np.array([1])),
        membership=membership_of(member=np.array([3]), value=np.array([A]), values=1),
    )
    assert counts.ties == 0
    assert ei_index(counts.bridging, counts.bonding) is None


def test_values_beyond_one_word_of_bits_count_the_same():
    # 70 values: value 65 lives in the second word of each person's bits.
    ties = ties_from(np.array([1, 1]), np.array([2, 3]), np.ones(2, dtype=np.uint8))
    membership = membership_of(
        member=np.array([1, 2, 3, 3]), value=np.array([65, 65, 3, 69]), values=70
    )
    counts = bridging_counts(ties=ties, membership=membership)
    assert (counts.bonding, counts.bridging) == (1, 1)
    assert counts.internal[65] == 1 and counts.external[65] == 1
    assert counts.external[3] == 1 and counts.external[69] == 1
    assert counts.members_by_value[[3, 65, 69]].tolist() == [1, 2, 1]
