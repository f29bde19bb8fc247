"""Each hard filter keeps out the helpers it should, and names itself as the reason."""

from nabij.aid.matching import candidate_graph, exclusions, suggest
from nabij.community.availability import slot

from .cast import AMINA, WEDNESDAY_EVENING, helper, request


def _kept_out(need, youssef) -> tuple[str, ...]:
    """The filters Youssef fails; and he is neither suggested nor in the batch graph."""
    # Someone who fits any request here, so that there is always something to rank.
    anyone = helper(
        id=2,
        help_types=frozenset({need.help_type}),
        languages=need.languages,
        slots=0,
        radius_m=10_000.0,
        vetted=True,
    )
    suggested = {s.helper_id for s in suggest(need, [youssef, anyone])}
    graph = candidate_graph([need], [youssef, anyone], k_per_need=None)
    in_graph = {int(graph.helper_ids[h]) for h in graph.helper}
    assert suggested == in_graph == ({2} if exclusions(need, youssef) else {1, 2})
    return exclusions(need, youssef)


def test_a_fitting_helper_passes_every_filter():
    assert _kept_out(request(), helper(id=1)) == ()


def test_help_type_not_offered():
    assert _kept_out(request(help_type="transport"), helper(id=1)) == ("help_type",)


def test_no_capacity_left():
    assert _kept_out(request(), helper(id=1, capacity_left=0)) == ("capacity",)


def test_nobody_helps_themselves():
    assert _kept_out(request(requester_id=AMINA), helper(id=AMINA)) == ("self",)


def test_no_shared_language():
    assert _kept_out(request(languages=frozenset({"so"})), helper(id=1)) == ("language",)


def test_a_requester_whose_languages_are_not_known_is_held_to_none():
    assert _kept_out(request(languages=frozenset()), helper(id=1)) == ()


def test_home_visits_need_a_vetted_helper():
    assert _kept_out(request(home_visit=True), helper(id=1, vetted=False)) == ("home_visit",)
    assert _kept_out(request(home_visit=True), helper(id=1, vetted=True)) == ()


def test_no_time_free_together():
    assert _kept_out(request(), helper(id=1, slots=WEDNESDAY_EVENING)) == ("availability",)


def test_any_time_fits_every_slot():
    assert _kept_out(request(slots=0), helper(id=1, slots=WEDNESDAY_EVENING)) == ()
    assert _kept_out(request(slots=slot(6, 2)), helper(id=1, slots=0)) == ()


def test_beyond_the_helpers_radius():
    assert _kept_out(request(), helper(id=1, x=1200.0)) == ("distance",)
    assert _kept_out(request(), helper(id=1, x=600.0, y=800.0)) == ()  # exactly 1 km


def test_a_refused_helper_is_never_suggested_again():
    assert _kept_out(request(vetoed=frozenset({1})), helper(id=1)) == ("veto",)


def test_every_failed_filter_is_named():
    need = request(languages=frozenset({"so"}), home_visit=True, vetoed=frozenset({1}))
    assert exclusions(need, helper(id=1, x=5000.0, capacity_left=0)) == (
        "capacity",
        "veto",
        "language",
        "home_visit",
        "distance",
    )
