"""Communities: two groups of five joined by one tie are found as two, worked out by hand.

m = 10 + 10 + 1 = 21 ties; each community has 10 ties inside and a degree sum of 21, so
the modularity is 2 * (10/21 - (21/42)^2) = 0.4524.
"""

import itertools

import numpy as np
import pytest

from nabij.insight.metrics.communities import communities, layout, tie_graph
from nabij.insight.metrics.ties import ties_from


@pytest.fixture
def graph():
    pairs = [
        *itertools.combinations(range(1, 6), 2),
        *itertools.combinations(range(6, 11), 2),
        (5, 6),
    ]
    a, b = np.array(pairs).T
    return tie_graph(ties_from(a * 100, b * 100, np.ones(len(a), dtype=np.uint8)))


def test_two_cliques_are_two_communities(graph):
    found = communities(graph)
    assert found.sizes.tolist() == [5, 5]
    by_id = dict(zip(graph.ids.tolist(), found.membership.tolist(), strict=True))
    assert len({by_id[i * 100] for i in range(1, 6)}) == 1
    assert len({by_id[i * 100] for i in range(6, 11)}) == 1
    assert by_id[100] != by_id[1000]
    assert found.modularity == pytest.approx(2 * (10 / 21 - 0.25), abs=1e-4)


def test_the_same_seed_finds_the_same_communities(graph):
    assert communities(graph).membership.tolist() == communities(graph).membership.tolist()


def test_layout_fits_the_unit_square(graph):
    xy = layout(graph.graph)
    assert xy.shape == (10, 2)
    assert xy.min() == 0.0 and xy.max() == 1.0
