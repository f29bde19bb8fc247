"""The batch graph holds exactly the pairs the one-pair rules allow, no more, no less."""

from hypothesis import given

from nabij.aid.matching import candidate_graph, feasible, suggest

from .cast import helpers, needs, no_deadline


@no_deadline
@given(needs(), helpers())
def test_the_full_graph_is_every_feasible_pair(requests, offers):
    graph = candidate_graph(requests, offers, k_per_need=None)
    edges = {
        (int(graph.need_ids[n]), int(graph.helper_ids[h]))
        for n, h in zip(graph.need, graph.helper, strict=True)
    }
    allowed = {(n.id, h.id) for n in requests for h in offers if feasible(n, h)}
    assert edges == allowed


@no_deadline
@given(needs(max_size=1), helpers())
def test_suggestions_are_feasible_and_complete(requests, offers):
    for need in requests:
        suggested = [s.helper_id for s in suggest(need, offers, k=len(offers) + 1)]
        assert sorted(suggested) == sorted(h.id for h in offers if feasible(need, h))
