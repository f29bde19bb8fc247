"""The network of four: who has fewer than four people, and who could be a new tie."""

import numpy as np

from nabij.insight.metrics.four import Person, SuggestionIndex, short_of_four, suggest_ties
from nabij.insight.metrics.ties import ties_from


def test_people_with_fewer_than_four_distinct_ties_are_short():
    # 1 met 2 (three times) and 3; 5 met 2, 3, 4 and 6; 7 met nobody.
    ties = ties_from(
        giver=np.array([1, 1, 2, 1, 5, 5, 5, 6]),
        receiver=np.array([2, 2, 1, 3, 2, 3, 4, 5]),
        kind_bit=np.ones(8, dtype=np.uint8),
    )
    short = short_of_four(ties=ties, people=np.array([1, 5, 7]))
    assert short == {1: 2, 7: 0}  # 1 has only 2 and 3: 5-2 is not theirs
    assert 5 not in short


def _index() -> tuple[Person, SuggestionIndex]:
    amina = Person(1, frozenset({"ar", "nl"}), "Rabotstraat", frozenset({10}))
    people = {
        p.id: p
        for p in (
            amina,
            Person(2, frozenset({"nl"}), "Torens", frozenset({10}), ties=0),  # group 3 + nl 1
            Person(3, frozenset({"ar"}), "Rabotstraat", ties=2),  # ar 2 + street 2
            Person(4, frozenset({"nl"}), "Torens", ties=9),  # Dutch alone: no reason
            Person(5, frozenset({"ar"}), "Wondelgemstraat", ties=1),  # ar 2 + nearby 1
            Person(6, frozenset({"ar"}), "Rabotstraat", frozenset({10}), ties=5),  # a tie already
        )
    }
    near = {"rabotstraat": frozenset({"wondelgemstraat"})}
    return amina, SuggestionIndex(people=people, near=near)


def test_suggestions_rank_by_what_people_share_then_by_activity():
    amina, index = _index()
    found = suggest_ties(person=amina, index=index, exclude={6})
    assert [s.id for s in found] == [3, 2, 5]
    assert [s.score for s in found] == [4, 4, 3]
    assert found[0].reasons == (("language", "ar"), ("sector", "Rabotstraat"))
    assert found[1].reasons == (("group", "10"), ("language", "nl"))
    assert found[2].reasons == (("language", "ar"), ("nearby", "Wondelgemstraat"))


def test_nobody_is_suggested_to_themselves_or_twice():
    amina, index = _index()
    found = suggest_ties(person=amina, index=index, limit=10)
    ids = [s.id for s in found]
    assert 1 not in ids
    assert len(ids) == len(set(ids))
    assert 6 in ids and 4 not in ids
