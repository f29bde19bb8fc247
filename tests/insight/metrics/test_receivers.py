"""Who receives: vulnerable people or others, and how many of each were reached."""

import numpy as np

from nabij.insight.metrics.receivers import receiver_counts


def test_receivers_split_by_vulnerability():
    counts = receiver_counts(
        people=np.array([1, 2, 3, 4, 5]),
        vulnerable=np.array([1, 2, 9]),  # 9 lives elsewhere
        receivers=np.array([2, 3, 4, 8]),  # 8 is not one of the people
    )
    assert (counts.vulnerable, counts.others) == (1, 2)
    assert (counts.vulnerable_people, counts.other_people) == (2, 3)
