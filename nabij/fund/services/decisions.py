"""Decisions by a committee of at least two: one member proposes, another confirms.

Conflict of interest: the worker who made the application, and the person it is for,
neither propose nor confirm a decision on it (also kept by the database)."""

from datetime import datetime

from django.db import transaction

from nabij.community.models import Member, Place
from nabij.errors import DomainError
from nabij.fund import selectors
from nabij.fund.amounts import euros, to_cents
from nabij.fund.choices import Outcome, ProposalState, ReasonCode
from nabij.fund.errors import FundError
from nabij.fund.models import Application, Criterion, Decision, Proposal

from .common import lock_fund, now_or, require_own, require_seat, today

REASON_LIMIT = 4000


def _require_no_stake(actor: Member, application: Application) -> None:
    if actor.pk in (application.applied_by_id, application.person_id):
        raise DomainError(FundError.CONFLICT_OF_INTEREST)


def _require_committee(actor: Member, place: Place, application: Application, at) -> None:
    if application.place_id != place.pk:
        raise DomainError(FundError.OTHER_FUND)
    require_seat(actor, application.fund, at=at)
    _require_no_stake(actor, application)


def _check_room(*, application: Application, criterion: Criterion, cents: int, now) -> None:
    """The grant fits the budget of today and the criterion's maximum per household."""
    if cents == 0:
        return
    day = today(now)
    budget = selectors.budget_on(application.fund, day)
    if budget is None:
        raise DomainError(FundError.NO_BUDGET)
    left = budget.amount_cents - selectors.budget_granted(budget)
    if cents > left:
        raise DomainError(FundError.BUDGET_EXCEEDED, field="amount", left=euros(max(left, 0)))
    household = selectors.household_left(criterion=criterion, person=application.person, day=day)
    if household is not None and cents > household:
        raise DomainError(
            FundError.HOUSEHOLD_MAXIMUM, field="amount", left=euros(max(household, 0))
        )


def proposal_make(
    *,
    actor: Member,
    place: Place,
    application: Application,
    criterion: Criterion | None,
    outcome: str,
    reason: str,
    reason_code: str = "",
    amount: str | int | None = None,
    now: datetime | None = None,
) -> Proposal:
    """A committee member proposes: grant (the amount asked), partial (less) or refuse,
    under the exact criterion version applied, with the reason written out."""
    now = now_or(now)
    _require_committee(actor, place, application, now)
    if criterion is None:
        raise DomainError(FundError.CRITERION_MISSING, field="criterion")
    require_own(criterion, application.fund, field="criterion")
    if outcome not in Outcome.values:
        raise DomainError(FundError.OUTCOME_UNKNOWN, field="outcome")
    reason = (reason or "").strip()
    if not reason:
        raise DomainError(FundError.REASON_MISSING, field="reason")
    reason = reason[:REASON_LIMIT]
    if outcome == Outcome.GRANT:
        if reason_code:
            raise DomainError(FundError.REASON_CODE_UNEXPECTED, field="reason_code")
        cents = application.amount_cents
    else:
        if reason_code not in ReasonCode.values:
            raise DomainError(FundError.REASON_CODE_MISSING, field="reason_code")
        cents = 0
        if outcome == Outcome.PARTIAL:
            cents = to_cents(amount if amount is not None else "", field="amount")
            if cents >= application.amount_cents:
                raise DomainError(
                    FundError.PARTIAL_NOT_LESS,
                    field="amount",
                    asked=euros(application.amount_cents),
                )
    if cents > criterion.max_amount_cents:
        raise DomainError(
            FundError.ABOVE_MAXIMUM, field="amount", maximum=euros(criterion.max_amount_cents)
        )
    with transaction.atomic():
        lock_fund(application.fund)
        if Decision.objects.filter(application=application).exists():
            raise DomainError(FundError.ALREADY_DECIDED)
        if Proposal.objects.filter(application=application, state=ProposalState.OPEN).exists():
            raise DomainError(FundError.PROPOSAL_OPEN)
        _check_room(application=application, criterion=criterion, cents=cents, now=now)
        return Proposal.objects.create(
            place=place,
            application=application,
            criterion=criterion,
            outcome=outcome,
            amount_cents=cents,
            reason_code=reason_code,
            reason=reason,
            state=ProposalState.OPEN,
            proposed_by=actor,
            proposed_at=now,
        )


def _open_proposal(proposal: Proposal) -> Proposal:
    proposal = Proposal.objects.select_for_update().get(pk=proposal.pk)
    if proposal.state != ProposalState.OPEN:
        raise DomainError(FundError.PROPOSAL_CLOSED)
    return proposal


def proposal_confirm(
    *, actor: Member, place: Place, proposal: Proposal, now: datetime | None = None
) -> Decision:
    """A second, different committee member confirms: only now is there a decision, and
    a grant is charged to today's budget period."""
    now = now_or(now)
    application = proposal.application
    _require_committee(actor, place, application, now)
    if actor.pk == proposal.proposed_by_id:
        raise DomainError(FundError.SAME_PERSON)
    with transaction.atomic():
        fund = lock_fund(application.fund)
        proposal = _open_proposal(proposal)
        if Decision.objects.filter(application=application).exists():
            raise DomainError(FundError.ALREADY_DECIDED)
        criterion = proposal.criterion
        _check_room(
            application=application, criterion=criterion, cents=proposal.amount_cents, now=now
        )
        budget = (
            selectors.budget_on(fund, today(now)) if proposal.outcome != Outcome.REFUSE else None
        )
        proposal.state = ProposalState.CONFIRMED
        proposal.closed_by = actor
        proposal.closed_at = now
        proposal.save(update_fields=["state", "closed_by", "closed_at"])
        return Decision.objects.create(
            place=place,
            fund=fund,
            application=application,
            proposal=proposal,
            criterion=criterion,
            outcome=proposal.outcome,
            amount_cents=proposal.amount_cents,
            reason_code=proposal.reason_code,
            reason=proposal.reason,
            budget=budget,
            proposed_by_id=proposal.proposed_by_id,
            confirmed_by=actor,
            proposed_at=proposal.proposed_at,
            decided_at=now,
        )


def proposal_send_back(
    *, actor: Member, place: Place, proposal: Proposal, note: str, now: datetime | None = None
) -> Proposal:
    """A second committee member disagrees: the proposal goes back, with a note, and
    anyone on the committee may propose again."""
    now = now_or(now)
    application = proposal.application
    _require_committee(actor, place, application, now)
    if actor.pk == proposal.proposed_by_id:
        raise DomainError(FundError.SAME_PERSON)
    note = (note or "").strip()
    if not note:
        raise DomainError(FundError.NOTE_EMPTY, field="note")
    with transaction.atomic():
        lock_fund(application.fund)
        proposal = _open_proposal(proposal)
        proposal.state = ProposalState.SENT_BACK
        proposal.closed_by = actor
        proposal.closed_at = now
        proposal.closing_note = note[:REASON_LIMIT]
        proposal.save(update_fields=["state", "closed_by", "closed_at", "closing_note"])
        return proposal
