"""A suggestion says why, in plain words: the shared language, the distance, a free slot."""

from django.utils import translation

from nabij.aid.matching import suggest
from nabij.aid.matching.explain import explain

from .cast import TUESDAY_MORNING, helper, request


def _words(**need_changes) -> list[str]:
    (first,) = suggest(request(**need_changes), [helper(x=300.0, slots=TUESDAY_MORNING)])
    with translation.override("nl"):
        return explain(first.reasons)


def test_it_names_the_language_the_distance_and_a_free_slot():
    words = _words()
    assert "spreekt Arabisch" in words
    assert "op 300 m" in words
    assert "vrij op dinsdag (voormiddag)" in words
    assert "kent deze persoon nog niet" in words


def test_far_away_reads_in_kilometres():
    (first,) = suggest(request(), [helper(x=1250.0, radius_m=2000.0)])
    with translation.override("nl"):
        assert "op 1,2 km" in explain(first.reasons) or "op 1,3 km" in explain(first.reasons)


def test_it_says_how_long_a_request_has_waited():
    assert "wacht al 9 dagen" in _words(waiting_days=9.4)
    assert not any(w.startswith("wacht") for w in _words(waiting_days=2.0))


def test_any_time_is_said_as_such():
    (first,) = suggest(request(slots=0), [helper(slots=0)])
    with translation.override("nl"):
        assert "altijd beschikbaar" in explain(first.reasons)
