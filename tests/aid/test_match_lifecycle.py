"""A match's life: proposed, approved by a worker, accepted by the helper, then done or
failed; the helper's capacity is taken while the help runs and freed when it ends."""

import pytest

from nabij.aid import services
from nabij.aid.choices import MatchSource, MatchState, RequestStatus
from nabij.aid.errors import AidError
from nabij.aid.models import Match, MatchNote, Notification, Veto
from nabij.errors import DomainError
from tests.aid.conftest import approved, ask, assert_open_matches_true, propose


def fresh(*rows):
    for row in rows:
        row.refresh_from_db()


def test_a_proposal_takes_no_capacity_and_tells_nobody(cast, street):
    request = ask(cast)
    match = propose(cast, request, cast.volunteer, cost=1.5, reasons=[{"code": "new_tie"}])

    fresh(street.youssef, request)
    assert match.state == MatchState.PROPOSED
    assert match.offer == street.youssef
    assert match.proposed_by == cast.worker
    assert match.reviewed  # a worker's own pick
    assert match.reasons == [{"code": "new_tie", "data": {}}]
    assert street.youssef.open_matches == 0
    assert request.status == RequestStatus.OPEN
    assert not Notification.objects.exists()


def test_approval_takes_a_unit_of_capacity_and_tells_the_helper(cast, street):
    request = ask(cast)
    match = approved(cast, request, cast.volunteer)

    fresh(street.youssef, request)
    assert match.state == MatchState.APPROVED
    assert match.approved_by == cast.worker
    assert street.youssef.open_matches == 1
    assert request.status == RequestStatus.MATCHED
    assert Notification.objects.filter(member=cast.volunteer, match=match).exists()
    assert_open_matches_true()


def test_the_helper_accepts_and_the_worker_closes_it_as_done(cast, street):
    request = ask(cast)
    match = approved(cast, request, cast.volunteer)

    match = services.match_respond(actor=cast.volunteer, place=cast.rabot, match=match, accept=True)
    assert match.state == MatchState.ACCEPTED
    assert match.accepted_at is not None
    # Amina is reached through Sara, so Sara hears that Youssef said yes.
    assert Notification.objects.filter(member=cast.worker, kind="match_accepted").exists()

    match = services.match_close(actor=cast.worker, place=cast.rabot, match=match, done=True)
    fresh(street.youssef, request)
    assert match.state == MatchState.DONE
    assert street.youssef.open_matches == 0
    assert request.status == RequestStatus.DONE
    assert request.closed_at is not None
    assert_open_matches_true()


def test_a_helper_who_declines_frees_the_place_and_the_request_opens_again(cast, street):
    request = ask(cast)
    match = approved(cast, request, cast.volunteer)

    match = services.match_respond(
        actor=cast.volunteer, place=cast.rabot, match=match, accept=False
    )

    fresh(street.youssef, request)
    assert match.state == MatchState.DECLINED
    assert street.youssef.open_matches == 0
    assert request.status == RequestStatus.OPEN
    assert Notification.objects.filter(member=cast.worker, kind="match_declined").exists()
    assert_open_matches_true()


def test_only_the_helper_answers(cast, street):
    match = approved(cast, ask(cast), cast.volunteer)

    with pytest.raises(DomainError) as refused:
        services.match_respond(actor=cast.worker, place=cast.rabot, match=match, accept=True)

    assert refused.value.code == AidError.NOT_THE_HELPER
    fresh(match)
    assert match.state == MatchState.APPROVED


def test_a_failed_match_needs_a_reason_and_puts_the_request_back(cast, street):
    request = ask(cast)
    match = approved(cast, request, cast.volunteer)

    with pytest.raises(DomainError) as refused:
        services.match_close(actor=cast.worker, place=cast.rabot, match=match, done=False)
    assert refused.value.code == AidError.REASON_MISSING

    match = services.match_close(
        actor=cast.worker, place=cast.rabot, match=match, done=False, reason="Nooit thuis."
    )
    fresh(street.youssef, request)
    assert (match.state, match.failure_reason) == (MatchState.FAILED, "Nooit thuis.")
    assert street.youssef.open_matches == 0
    assert request.status == RequestStatus.OPEN
    assert_open_matches_true()


def test_withdrawing_an_approval_frees_the_helper(cast, street):
    request = ask(cast)
    match = approved(cast, request, cast.volunteer)

    match = services.match_withdraw(actor=cast.worker, place=cast.rabot, match=match)

    fresh(street.youssef, request)
    assert match.state == MatchState.WITHDRAWN
    assert street.youssef.open_matches == 0
    assert request.status == RequestStatus.OPEN
    assert Notification.objects.filter(member=cast.volunteer, kind="match_closed").exists()


def test_a_new_proposal_replaces_one_no_worker_reviewed(cast, street):
    request = ask(cast)
    from_batch = propose(cast, request, cast.neighbour, source=MatchSource.BATCH)
    assert not from_batch.reviewed

    mine = propose(cast, request, cast.volunteer)

    fresh(from_batch)
    assert from_batch.state == MatchState.WITHDRAWN
    assert mine.state == MatchState.PROPOSED


def test_a_workers_own_proposal_is_not_silently_replaced(cast, street):
    request = ask(cast)
    first = propose(cast, request, cast.neighbour)

    with pytest.raises(DomainError) as refused:
        propose(cast, request, cast.volunteer)

    assert refused.value.code == AidError.REQUEST_ALREADY_PLACED
    fresh(first)
    assert first.state == MatchState.PROPOSED
    assert Match.objects.count() == 1


def test_a_veto_ends_the_running_match_of_the_pair(cast, street):
    request = ask(cast)
    match = approved(cast, request, cast.volunteer)

    veto = services.veto_add(
        actor=cast.worker, place=cast.rabot, requester=cast.resident, helper=cast.volunteer
    )

    fresh(match, street.youssef, request)
    assert (veto.requester, veto.helper, veto.created_by) == (
        cast.resident,
        cast.volunteer,
        cast.worker,
    )
    assert match.state == MatchState.WITHDRAWN
    assert street.youssef.open_matches == 0
    assert request.status == RequestStatus.OPEN
    with pytest.raises(DomainError) as refused:
        propose(cast, request, cast.volunteer)
    assert refused.value.code == AidError.VETOED
    assert Veto.objects.count() == 1
    assert_open_matches_true()


def test_workers_follow_up_with_notes(cast, street):
    match = approved(cast, ask(cast), cast.volunteer)

    note = services.match_note_add(
        actor=cast.worker, place=cast.rabot, match=match, text="  Eerste bezoek ging goed. "
    )

    assert note.text == "Eerste bezoek ging goed."
    assert list(MatchNote.objects.filter(match=match)) == [note]


def test_closing_a_request_withdraws_its_match(cast, street):
    request = ask(cast)
    match = approved(cast, request, cast.volunteer)

    request = services.request_close(actor=cast.worker, place=cast.rabot, request=request)

    fresh(match, street.youssef)
    assert request.status == RequestStatus.CLOSED
    assert match.state == MatchState.WITHDRAWN
    assert street.youssef.open_matches == 0


def test_a_helper_with_two_places_helps_two_people_at_once(cast, street):
    first = approved(cast, ask(cast), cast.volunteer)
    second = approved(cast, ask(cast, requester=cast.shop), cast.volunteer)

    fresh(street.youssef)
    assert street.youssef.open_matches == 2
    services.match_close(actor=cast.worker, place=cast.rabot, match=first, done=True)
    fresh(street.youssef)
    assert street.youssef.open_matches == 1
    assert second.state == MatchState.APPROVED
    assert_open_matches_true()
