"""The only Somali speaker is spared for a request anyone could take."""

from nabij.aid.matching import Weights, assign, candidate_graph, language_scarcity, suggest

from .cast import helper, request

# Hodan speaks Somali and Dutch and lives closest; Jan speaks only Dutch.
HODAN, JAN = 1, 2
HELPERS = [
    helper(id=HODAN, languages=frozenset({"so", "nl"}), x=200.0),
    helper(id=JAN, languages=frozenset({"nl"}), x=400.0),
]
DUTCH = request(id=1, languages=frozenset({"nl"}))
SOMALI = request(id=2, requester_id=101, languages=frozenset({"so"}))


def test_a_request_in_dutch_goes_to_someone_else_first():
    assert [s.helper_id for s in suggest(DUTCH, HELPERS)] == [JAN, HODAN]


def test_without_the_scarcity_weight_the_nearest_comes_first():
    ranking = suggest(DUTCH, HELPERS, Weights(scarcity=0.0))
    assert [s.helper_id for s in ranking] == [HODAN, JAN]


def test_a_request_in_somali_gets_her():
    assert [s.helper_id for s in suggest(SOMALI, HELPERS)] == [HODAN]


def test_a_language_many_speak_is_not_scarce():
    many = [helper(id=i, languages=frozenset({"nl"})) for i in range(3, 40)]
    scarcity = language_scarcity([DUTCH, SOMALI], HELPERS + many)
    assert scarcity["so"] == 1.0
    assert scarcity["nl"] < 0.1


def test_in_a_batch_each_gets_the_one_who_fits():
    graph = candidate_graph([DUTCH, SOMALI], HELPERS)
    assert assign(graph).pairs == ((DUTCH.id, JAN), (SOMALI.id, HODAN))


def test_she_is_not_spared_from_a_request_that_uses_her_somali():
    both = request(languages=frozenset({"so", "nl"}))
    assert [s.helper_id for s in suggest(both, HELPERS)] == [HODAN, JAN]
