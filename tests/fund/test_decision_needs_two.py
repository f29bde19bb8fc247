"""Must show 3: a decision cannot be recorded without a criterion and a reason, nor by
one person alone — refused by the services with a translated message, and by the
database itself."""

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from nabij.errors import DomainError
from nabij.fund import services
from nabij.fund.choices import Outcome, ProposalState
from nabij.fund.errors import FundError
from nabij.fund.models import Decision, Proposal


def counts() -> tuple[int, int]:
    return Proposal.objects.count(), Decision.objects.count()


def test_two_committee_members_make_a_decision(cast, fund, apply):
    application = apply(amount="80")
    proposal = services.proposal_make(
        actor=cast.volunteer,
        place=cast.rabot,
        application=application,
        criterion=fund.food,
        outcome=Outcome.GRANT,
        reason="Past binnen het criterium voeding.",
    )
    assert not Decision.objects.exists()
    decision = services.proposal_confirm(actor=cast.neighbour, place=cast.rabot, proposal=proposal)
    assert (decision.proposed_by, decision.confirmed_by) == (cast.volunteer, cast.neighbour)
    assert decision.criterion == fund.food
    assert decision.amount_cents == 8000
    assert decision.budget == fund.budget
    proposal.refresh_from_db()
    assert proposal.state == ProposalState.CONFIRMED


@pytest.mark.parametrize(
    ("criterion", "reason", "code"),
    [
        (None, "Past binnen het criterium.", FundError.CRITERION_MISSING),
        ("food", "", FundError.REASON_MISSING),
        ("food", "   ", FundError.REASON_MISSING),
    ],
)
def test_no_decision_without_criterion_or_reason(cast, fund, apply, criterion, reason, code):
    application = apply()
    before = counts()
    with pytest.raises(DomainError) as refused:
        services.proposal_make(
            actor=cast.volunteer,
            place=cast.rabot,
            application=application,
            criterion=getattr(fund, criterion) if criterion else None,
            outcome=Outcome.GRANT,
            reason=reason,
        )
    assert refused.value.code == code
    assert str(refused.value.message)
    assert counts() == before


def test_no_one_decides_alone(cast, fund, apply):
    application = apply()
    proposal = services.proposal_make(
        actor=cast.volunteer,
        place=cast.rabot,
        application=application,
        criterion=fund.food,
        outcome=Outcome.GRANT,
        reason="Past binnen het criterium.",
    )
    before = counts()
    with pytest.raises(DomainError) as refused:
        services.proposal_confirm(actor=cast.volunteer, place=cast.rabot, proposal=proposal)
    assert refused.value.code == FundError.SAME_PERSON
    assert "niemand beslist alleen" in refused.value.message
    assert counts() == before
    proposal.refresh_from_db()
    assert proposal.state == ProposalState.OPEN


def test_the_worker_who_applied_does_not_decide(cast, fund, apply):
    services.seat_add(actor=cast.admin, place=cast.rabot, fund=fund.fund, member=cast.worker)
    application = apply()
    before = counts()
    with pytest.raises(DomainError) as refused:
        services.proposal_make(
            actor=cast.worker,
            place=cast.rabot,
            application=application,
            criterion=fund.food,
            outcome=Outcome.GRANT,
            reason="Ik ken haar situatie.",
        )
    assert refused.value.code == FundError.CONFLICT_OF_INTEREST
    proposal = services.proposal_make(
        actor=cast.volunteer,
        place=cast.rabot,
        application=application,
        criterion=fund.food,
        outcome=Outcome.GRANT,
        reason="Past binnen het criterium.",
    )
    with pytest.raises(DomainError) as refused:
        services.proposal_confirm(actor=cast.worker, place=cast.rabot, proposal=proposal)
    assert refused.value.code == FundError.CONFLICT_OF_INTEREST
    assert counts() == (before[0] + 1, before[1])


def test_only_the_committee_decides(cast, fund, apply):
    application = apply()
    with pytest.raises(DomainError) as refused:
        services.proposal_make(
            actor=cast.analyst,
            place=cast.rabot,
            application=application,
            criterion=fund.food,
            outcome=Outcome.GRANT,
            reason="Past.",
        )
    assert refused.value.code == FundError.NOT_ON_COMMITTEE
    assert counts() == (0, 0)


def _decision_row(cast, fund, application, **overrides) -> Decision:
    proposal = services.proposal_make(
        actor=cast.volunteer,
        place=cast.rabot,
        application=application,
        criterion=fund.food,
        outcome=Outcome.GRANT,
        reason="Past binnen het criterium.",
    )
    fields = {
        "place": cast.rabot,
        "fund": fund.fund,
        "application": application,
        "proposal": proposal,
        "criterion": fund.food,
        "outcome": Outcome.GRANT,
        "amount_cents": application.amount_cents,
        "reason_code": "",
        "reason": "Past binnen het criterium.",
        "budget": fund.budget,
        "proposed_by": cast.volunteer,
        "confirmed_by": cast.neighbour,
        "proposed_at": proposal.proposed_at,
        "decided_at": timezone.now(),
    }
    fields.update(overrides)
    return Decision(**fields)


def test_the_database_accepts_a_sound_decision_row(cast, fund, apply):
    # The control for the refusals below: the same row, unchanged, is stored.
    _decision_row(cast, fund, apply()).save()
    assert Decision.objects.count() == 1


@pytest.mark.parametrize(
    "overrides",
    [
        pytest.param({"criterion": None}, id="without-criterion"),
        pytest.param({"reason": ""}, id="without-reason"),
        pytest.param({"reason": "  \n "}, id="blank-reason"),
        pytest.param({"confirmed_by": "volunteer"}, id="one-person-alone"),
        pytest.param({"confirmed_by": None}, id="never-confirmed"),
        pytest.param({"confirmed_by": "analyst"}, id="confirmed-off-committee"),
        pytest.param({"confirmed_by": "worker"}, id="confirmed-by-applicant-worker"),
        pytest.param({"amount_cents": 15001}, id="above-criterion-maximum"),
    ],
)
def test_the_database_refuses_a_decision_row(cast, fund, apply, overrides):
    application = apply(amount="150")
    # The worker who applied gets a seat, so that only the conflict of interest is wrong.
    services.seat_add(actor=cast.admin, place=cast.rabot, fund=fund.fund, member=cast.worker)
    if isinstance(overrides.get("confirmed_by"), str):
        overrides = {**overrides, "confirmed_by": getattr(cast, overrides["confirmed_by"])}
    row = _decision_row(cast, fund, application, **overrides)
    with pytest.raises(IntegrityError), transaction.atomic():
        row.save()
    assert not Decision.objects.exists()


def test_one_decision_per_application(cast, fund, apply, decide):
    application = apply()
    decision = decide(application)
    proposal = Proposal.objects.create(
        place=cast.rabot,
        application=application,
        criterion=fund.food,
        outcome=Outcome.REFUSE,
        amount_cents=0,
        reason_code="incomplete",
        reason="Nog eens.",
        state=ProposalState.SENT_BACK,
        proposed_by=cast.volunteer,
        proposed_at=timezone.now(),
        closed_by=cast.neighbour,
        closed_at=timezone.now(),
    )
    row = Decision(
        place=cast.rabot,
        fund=fund.fund,
        application=application,
        proposal=proposal,
        criterion=fund.food,
        outcome=Outcome.REFUSE,
        amount_cents=0,
        reason_code="incomplete",
        reason="Nog eens.",
        proposed_by=cast.volunteer,
        confirmed_by=cast.neighbour,
        proposed_at=decision.proposed_at,
        decided_at=timezone.now(),
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        row.save()
    assert Decision.objects.count() == 1


def test_a_decision_never_changes(cast, fund, apply, decide):
    decision = decide(apply())
    with pytest.raises(IntegrityError), transaction.atomic():
        Decision.objects.filter(pk=decision.pk).update(reason="Iets anders.")
    decision.refresh_from_db()
    assert decision.reason == "Past binnen het criterium."
