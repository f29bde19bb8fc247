"""Reciprocity on a hand-worked street of six residents."""

import numpy as np

from nabij.insight.metrics.reciprocity import reciprocity_counts


def test_each_resident_lands_in_exactly_one_cell():
    # 1 only gives, 2 gives and receives, 3 only receives, 4-6 did neither; 7 gave but
    # is no resident here, so is not counted anywhere.
    counts = reciprocity_counts(
        people=np.array([1, 2, 3, 4, 5, 6]),
        givers=np.array([1, 2, 7]),
        receivers=np.array([2, 3]),
    )
    assert counts.as_dict() == {"give_only": 1, "receive_only": 1, "both": 1, "neither": 3}
    assert counts.total == 6


def test_a_street_without_exchanges_is_all_neither():
    none = np.zeros(0, dtype=np.int64)
    counts = reciprocity_counts(people=np.array([1, 2]), givers=none, receivers=none)
    assert counts.as_dict() == {"give_only": 0, "receive_only": 0, "both": 0, "neither": 2}
