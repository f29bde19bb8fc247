"""Reciprocity in Rabot: who only gives, only receives, does both or neither, beside the
survey's figures, with every cell about fewer than five people hidden.

In March, g0-g4 each lend something to b0-b4, and b0-b4 each lend to r0-r4: five give
only, five do both, five only receive; n0-n4 and the cast's three residents (Youssef,
Amina, Jef) do neither: 23 residents in all.
"""

from datetime import date

import pytest

from nabij.community.errors import CommunityError
from nabij.errors import DomainError
from nabij.insight.selectors import period_from, reciprocity_shares
from tests.insight.conftest import crowd, group_of

MARCH = period_from(start=date(2026, 3, 1), end=date(2026, 3, 31))
APRIL = period_from(start=date(2026, 4, 1), end=date(2026, 4, 30))


@pytest.fixture
def street(cast, history):
    people = {p: crowd(cast.rabot, p, 5) for p in "gbrn"}
    for i in range(5):
        history.lend(people["g"][i], people["b"][i], date(2026, 3, 2 + i))
        history.lend(people["b"][i], people["r"][i], date(2026, 3, 10 + i))
    history.lend(people["g"][0], people["r"][0], date(2026, 4, 2))
    history.refresh()
    return people


def test_the_four_cells_beside_the_survey(cast, street):
    shares = reciprocity_shares(place=cast.rabot, period=MARCH)
    assert shares.residents == 23
    assert (shares.give_only.count, shares.both.count, shares.receive_only.count) == (5, 5, 5)
    assert shares.neither.count == 8
    assert shares.give_only.share == pytest.approx(5 / 23)
    assert shares.survey == {"give_only": 0.40, "receive_only": 0.04, "both": 0.23, "neither": 0.33}


def test_a_month_with_one_giver_and_one_receiver_hides_them_and_what_would_tell(cast, street):
    shares = reciprocity_shares(place=cast.rabot, period=APRIL)
    assert shares.residents == 23
    assert shares.give_only.count is None and shares.give_only.share is None
    assert shares.receive_only.count is None
    # 21 "neither" would give away that two people exchanged: hidden as well.
    assert shares.neither.count is None
    assert shares.both.count == 0


def test_a_group_counts_only_its_members(cast, street):
    choir = group_of(cast.rabot, "Buurtkoor", *street["g"], *street["b"])
    shares = reciprocity_shares(place=cast.rabot, period=MARCH, group=choir)
    assert shares.residents == 10
    assert (shares.give_only.count, shares.both.count) == (5, 5)
    assert (shares.receive_only.count, shares.neither.count) == (0, 0)


def test_a_group_of_another_place_is_refused(cast, street):
    elsewhere = group_of(cast.school, "Ouderraad", cast.pupil_parent)
    with pytest.raises(DomainError) as refused:
        reciprocity_shares(place=cast.rabot, period=MARCH, group=elsewhere)
    assert refused.value.code == CommunityError.NOT_IN_PLACE


def test_a_place_never_computed_shows_everyone_as_neither(cast):
    shares = reciprocity_shares(place=cast.rabot, period=MARCH)
    # Youssef, Amina and Jef: three residents, fewer than five, so nothing is shown.
    assert shares.residents is None
    assert shares.neither.count is None
