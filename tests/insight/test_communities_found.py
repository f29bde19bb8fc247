"""Communities in Rabot: two soup evenings of five, and one loan between them.

Each evening ties its five people to each other (ten ties); one loan joins the two:
Leiden finds two communities of five.
"""

from datetime import date

import pytest

from nabij.insight.selectors import communities_found, network_picture, period_from
from tests.insight.conftest import crowd

MARCH = period_from(start=date(2026, 3, 1), end=date(2026, 3, 31))


@pytest.fixture
def evenings(cast, history):
    east, west = crowd(cast.rabot, "oost", 5), crowd(cast.rabot, "west", 5)
    history.meet(*east, day=date(2026, 3, 4))
    history.meet(*west, day=date(2026, 3, 11))
    history.lend(east[0], west[0], date(2026, 3, 20))
    history.refresh()
    return east, west


def test_two_evenings_are_two_communities(cast, evenings):
    found = communities_found(place=cast.rabot, period=MARCH)
    assert (found.count, found.sizes, found.small, found.connected) == (2, (5, 5), 0, 10)
    assert found.modularity == pytest.approx(0.452, abs=0.001)


def test_a_pair_alone_is_a_small_community_and_stays_hidden(cast, evenings, history):
    history.lend(*crowd(cast.rabot, "duo", 2), date(2026, 3, 25))
    history.refresh()
    found = communities_found(place=cast.rabot, period=MARCH)
    assert found.sizes == (5, 5)
    assert found.small is None  # two people: fewer than five
    assert found.connected == 12


def test_the_picture_shows_positions_and_communities_only(cast, evenings):
    picture = network_picture(place=cast.rabot, period=MARCH)
    assert len(picture.nodes) == 10 and len(picture.edges) == 21
    assert picture.communities == 2 and picture.hidden == 0
    assert sorted(n.community for n in picture.nodes) == [0] * 5 + [1] * 5
    assert all(0 <= n.x <= 1 and 0 <= n.y <= 1 for n in picture.nodes)
    assert [e.kind for e in picture.edges].count("loan") == 1
    text = repr(picture)
    assert not any(m.display_name in text for m in evenings[0] + evenings[1])
    assert set(vars(picture.nodes[0])) == {"x", "y", "community"}


def test_the_picture_keeps_the_most_connected_within_a_limit(cast, evenings):
    picture = network_picture(place=cast.rabot, period=MARCH, limit=6)
    assert (len(picture.nodes), picture.hidden) == (6, 4)
    assert all(e.source < 6 and e.target < 6 for e in picture.edges)


def test_a_period_without_ties_has_no_picture(cast, evenings):
    april = period_from(start=date(2026, 4, 1), end=date(2026, 4, 30))
    picture = network_picture(place=cast.rabot, period=april)
    assert picture.nodes == () and picture.edges == ()
    assert communities_found(place=cast.rabot, period=april).count == 0


def test_found_communities_are_kept_until_the_next_refresh(cast, evenings, history):
    first = communities_found(place=cast.rabot, period=MARCH)
    assert communities_found(place=cast.rabot, period=MARCH) == first
    picture = network_picture(place=cast.rabot, period=MARCH)
    assert network_picture(place=cast.rabot, period=MARCH) == picture
    history.lend(*crowd(cast.rabot, "duo", 2), date(2026, 3, 25))
    history.refresh(day=date(2026, 3, 25))
    assert communities_found(place=cast.rabot, period=MARCH).connected == 12
    assert len(network_picture(place=cast.rabot, period=MARCH).nodes) == 12
