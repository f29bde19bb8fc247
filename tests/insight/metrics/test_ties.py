"""Exchanges become distinct ties: direction dropped, kinds kept as a mask, counts added."""

import numpy as np

from nabij.insight.choices import KIND_BITS
from nabij.insight.metrics.ties import degrees, ties_from, ties_merge

MATCH, TRANSFER, ENCOUNTER = KIND_BITS["match"], KIND_BITS["transfer"], KIND_BITS["encounter"]


def test_one_pair_is_one_tie_whatever_the_direction_and_kind():
    ties = ties_from(
        giver=np.array([1, 2, 3, 1, 4]),
        receiver=np.array([2, 1, 1, 2, 4]),  # 4 -> 4 is no tie
        kind_bit=np.array([MATCH, TRANSFER, ENCOUNTER, MATCH, MATCH]),
    )
    assert list(zip(ties.a.tolist(), ties.b.tolist(), strict=True)) == [(1, 2), (1, 3)]
    assert ties.kinds.tolist() == [MATCH | TRANSFER, ENCOUNTER]
    assert ties.count.tolist() == [3, 1]


def test_merging_two_days_adds_counts_and_joins_kinds():
    monday = ties_from(np.array([1]), np.array([2]), np.array([MATCH]))
    tuesday = ties_from(np.array([2, 3]), np.array([1, 2]), np.array([ENCOUNTER, MATCH]))
    week = ties_merge(monday, tuesday)
    assert list(zip(week.a.tolist(), week.b.tolist(), strict=True)) == [(1, 2), (2, 3)]
    assert week.kinds.tolist() == [MATCH | ENCOUNTER, MATCH]
    assert week.count.tolist() == [2, 1]


def test_degree_counts_distinct_people_not_exchanges():
    ties = ties_from(
        np.array([1, 1, 1, 2, 3]), np.array([2, 2, 3, 3, 1]), np.full(5, MATCH, dtype=np.uint8)
    )
    assert degrees(ties, np.array([1, 2, 3, 4])).tolist() == [2, 2, 2, 0]
