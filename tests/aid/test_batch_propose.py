"""Batch matching in a crisis: a proposal for every open request at once, within every
helper's capacity; workers review; a re-run replaces only what no worker has looked at."""

from collections import Counter

from nabij.aid import services
from nabij.aid.choices import HelpType, MatchSource, MatchState
from nabij.aid.models import BatchRunStep, Match, Offer
from nabij.aid.selectors import suggestions_for
from tests.aid.conftest import approved, ask, assert_open_matches_true, resident


def run(cast, **kwargs):
    return services.batch_propose(actor=cast.worker, place=cast.rabot, **kwargs)


def proposals() -> dict[int, int]:
    """request id -> proposed helper id, of the live proposals."""
    return dict(
        Match.objects.filter(state=MatchState.PROPOSED).values_list("request_id", "helper_id")
    )


def crowd(cast, count: int):
    """`count` Dutch-speaking neighbours in the Rabotstraat who each need groceries."""
    return [
        ask(cast, requester=resident(cast.rabot, f"Buur {i}", sector="Rabotstraat"))
        for i in range(count)
    ]


def test_every_open_request_gets_a_proposal_within_capacity(cast, street):
    requests = crowd(cast, 3)  # Youssef can take two, Jef one

    result = run(cast)

    assert result.requests == 3
    assert result.proposed == 3
    assert result.unmatched == ()
    assert set(proposals()) == {r.pk for r in requests}
    assert Counter(proposals().values()) == {cast.volunteer.pk: 2, cast.neighbour.pk: 1}
    batch = Match.objects.filter(source=MatchSource.BATCH)
    assert batch.count() == 3 and not batch.filter(reviewed=True).exists()
    # A proposal takes no capacity until a worker approves it.
    assert set(Offer.objects.values_list("open_matches", flat=True)) == {0}


def test_more_requests_than_places_leaves_the_rest_unmatched(cast, street):
    requests = crowd(cast, 4)

    result = run(cast)

    assert result.proposed == 3
    assert len(result.unmatched) == 1
    assert result.unmatched[0] in {r.pk for r in requests}
    assert result.matched_share == 0.75


def test_the_urgent_request_is_matched_before_the_one_that_can_wait(cast, street):
    services.offer_save(
        actor=cast.volunteer,
        place=cast.rabot,
        member=cast.volunteer,
        help_types=[HelpType.GROCERIES],
        capacity=1,
    )
    services.offer_save(
        actor=cast.neighbour,
        place=cast.rabot,
        member=cast.neighbour,
        help_types=[HelpType.GROCERIES],
        active=False,
    )
    neighbours = [resident(cast.rabot, f"Buur {i}", sector="Rabotstraat") for i in range(2)]
    can_wait = ask(cast, requester=neighbours[0], urgency=0)
    urgent = ask(cast, requester=neighbours[1], urgency=3)

    result = run(cast)

    assert result.unmatched == (can_wait.pk,)
    assert proposals() == {urgent.pk: cast.volunteer.pk}


def test_a_rerun_keeps_what_a_worker_reviewed_and_replaces_the_rest(cast, street):
    first, second, third = crowd(cast, 3)
    run(cast)
    reviewed = Match.objects.get(request=first, state=MatchState.PROPOSED)
    services.match_approve(actor=cast.worker, place=cast.rabot, match=reviewed)
    untouched = set(Match.objects.filter(state=MatchState.PROPOSED).values_list("pk", flat=True))

    result = run(cast)

    reviewed.refresh_from_db()
    assert reviewed.state == MatchState.APPROVED
    assert result.requests == 2  # the approved one is no longer in the batch
    assert result.kept + result.replaced == len(untouched)
    live = Match.objects.filter(request__in=[second, third], state=MatchState.PROPOSED)
    assert live.count() == 2
    assert_open_matches_true()


def test_a_rerun_leaves_a_workers_own_proposal_alone(cast, street):
    mine_request, other = crowd(cast, 2)
    mine = services.match_propose(
        actor=cast.worker, place=cast.rabot, request=mine_request, helper=cast.neighbour
    )

    result = run(cast)

    mine.refresh_from_db()
    assert mine.state == MatchState.PROPOSED
    assert result.requests == 1
    # Jef's one place is kept for Sara's proposal, so the batch asks Youssef.
    assert proposals() == {mine_request.pk: cast.neighbour.pk, other.pk: cast.volunteer.pk}


def test_a_rerun_with_nothing_new_keeps_the_same_proposals(cast, street):
    crowd(cast, 3)
    run(cast)
    before = set(Match.objects.filter(state=MatchState.PROPOSED).values_list("pk", flat=True))

    result = run(cast)

    after = set(Match.objects.filter(state=MatchState.PROPOSED).values_list("pk", flat=True))
    assert (result.kept, result.replaced, result.proposed) == (3, 0, 0)
    assert after == before


def test_a_pair_a_worker_turned_down_is_not_proposed_again(cast, street):
    (request,) = crowd(cast, 1)
    run(cast)
    turned_down = Match.objects.get(request=request, state=MatchState.PROPOSED)
    services.match_withdraw(actor=cast.worker, place=cast.rabot, match=turned_down)

    run(cast)

    again = Match.objects.get(request=request, state=MatchState.PROPOSED)
    assert again.helper_id != turned_down.helper_id


def test_a_proposal_carries_the_cost_and_reasons_its_suggestion_showed(cast, street):
    (request,) = crowd(cast, 1)
    best = suggestions_for(request)[0]
    run(cast)

    match = Match.objects.get(state=MatchState.PROPOSED)
    assert match.helper == best.member
    assert match.cost == best.cost
    assert match.reasons == [{"code": r.code, "data": r.data} for r in best.reasons]


def test_progress_is_reported_up_to_the_total(cast, street):
    crowd(cast, 3)
    seen = []

    run(cast, progress=lambda done, total, step: seen.append((done, total)))

    assert seen[0] == (0, 3)
    assert seen[-1] == (3, 3)
    assert [done for done, _total in seen] == sorted(done for done, _total in seen)


def test_progress_names_each_step_in_order_and_counts_requests_while_weighing(cast, street):
    crowd(cast, 3)
    seen = []

    run(cast, progress=lambda done, total, step: seen.append((step, done, total)))

    steps = [step for step, _done, _total in seen]
    assert list(dict.fromkeys(steps)) == [
        BatchRunStep.READING,
        BatchRunStep.WEIGHING,
        BatchRunStep.ASSIGNING,
        BatchRunStep.SAVING,
    ]
    weighing = [done for step, done, _total in seen if step == BatchRunStep.WEIGHING]
    assert weighing == sorted(weighing) and 0 < weighing[-1] <= 3
    # Nothing is reported from inside the transaction, where nobody else could see it.
    assert seen[-1] == (BatchRunStep.SAVING, 3, 3)
    assert steps.count(BatchRunStep.SAVING) == 1


def test_a_batch_for_helpers_already_full_proposes_nothing(cast, street):
    approved(cast, ask(cast, requester=cast.shop), cast.neighbour)
    approved(cast, ask(cast), cast.volunteer)
    approved(cast, ask(cast), cast.volunteer)
    crowd(cast, 2)

    result = run(cast)

    assert result.proposed == 0
    assert len(result.unmatched) == 2


def test_a_batch_with_nothing_open_proposes_nothing(cast, street):
    seen = []

    result = run(cast, progress=lambda done, total, step: seen.append((done, total)))

    assert (result.requests, result.proposed, result.unmatched) == (0, 0, ())
    assert seen[-1] == (0, 0)
    assert not Match.objects.exists()
