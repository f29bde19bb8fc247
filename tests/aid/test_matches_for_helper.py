"""A helper sees a match only once a worker approved it: a proposal stays between workers,
so nobody learns about a person asking for help before a worker said yes."""

from nabij.aid import services
from nabij.aid.selectors import matches_for_helper
from tests.aid.conftest import approved, ask, propose


def test_a_proposal_is_not_shown_to_the_helper(cast, street):
    propose(cast, ask(cast), cast.volunteer)

    assert list(matches_for_helper(cast.rabot, cast.volunteer)) == []


def test_an_approved_match_is_shown_and_stays_in_the_history(cast, street):
    match = approved(cast, ask(cast), cast.volunteer)
    assert list(matches_for_helper(cast.rabot, cast.volunteer)) == [match]

    services.match_close(actor=cast.worker, place=cast.rabot, match=match, done=True)
    assert list(matches_for_helper(cast.rabot, cast.volunteer)) == [match]


def test_only_their_own_matches_in_this_place(cast, street):
    approved(cast, ask(cast), cast.neighbour)

    assert list(matches_for_helper(cast.rabot, cast.volunteer)) == []
    assert list(matches_for_helper(cast.school, cast.neighbour)) == []
