"""Budgets per period: they never overlap, and nothing is granted beyond what is left;
a criterion's maximum per household holds over its period."""

from datetime import timedelta

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from nabij.errors import DomainError
from nabij.fund import services
from nabij.fund.choices import Outcome
from nabij.fund.errors import FundError
from nabij.fund.models import BudgetPeriod, Decision, Proposal


def test_granting_beyond_the_budget_is_refused(cast, fund, apply, decide):
    services.budget_change(actor=cast.admin, place=cast.rabot, budget=fund.budget, amount="400")
    decide(apply("300", criterion=fund.energy))
    second = apply("150", person=cast.neighbour)
    before = (Proposal.objects.count(), Decision.objects.count())
    with pytest.raises(DomainError) as refused:
        decide(second)
    assert refused.value.code == FundError.BUDGET_EXCEEDED
    assert "€ 100,00" in refused.value.message
    assert (Proposal.objects.count(), Decision.objects.count()) == before


def test_the_budget_is_checked_again_when_confirmed(cast, fund, apply, decide):
    # Two proposals fit one by one; the second confirmation no longer fits.
    services.budget_change(actor=cast.admin, place=cast.rabot, budget=fund.budget, amount="400")
    first = apply("300", criterion=fund.energy)
    second = apply("150", person=cast.neighbour)
    proposals = [
        services.proposal_make(
            actor=cast.volunteer,
            place=cast.rabot,
            application=application,
            criterion=application.criterion,
            outcome=Outcome.GRANT,
            reason="Past.",
        )
        for application in (first, second)
    ]
    services.proposal_confirm(actor=cast.admin, place=cast.rabot, proposal=proposals[0])
    with pytest.raises(DomainError) as refused:
        services.proposal_confirm(actor=cast.admin, place=cast.rabot, proposal=proposals[1])
    assert refused.value.code == FundError.BUDGET_EXCEEDED
    assert Decision.objects.count() == 1


def test_a_refusal_needs_no_budget(cast, fund, apply, decide):
    fund.budget.delete()
    decision = decide(apply(), outcome=Outcome.REFUSE, reason_code="outside_criteria")
    assert decision.budget is None and decision.amount_cents == 0


def test_without_a_budget_nothing_is_granted(cast, fund, apply, decide):
    fund.budget.delete()
    with pytest.raises(DomainError) as refused:
        decide(apply())
    assert refused.value.code == FundError.NO_BUDGET
    assert Decision.objects.count() == 0


def test_a_budget_is_not_lowered_below_what_was_granted(cast, fund, apply, decide):
    decide(apply("100"))
    with pytest.raises(DomainError) as refused:
        services.budget_change(actor=cast.admin, place=cast.rabot, budget=fund.budget, amount="99")
    assert refused.value.code == FundError.BUDGET_BELOW_GRANTED
    fund.budget.refresh_from_db()
    assert fund.budget.amount_cents == 100000


def test_the_household_maximum_holds_over_the_month(cast, fund, apply, decide):
    decide(apply("150"))
    with pytest.raises(DomainError) as refused:
        decide(apply("60"))
    assert refused.value.code == FundError.HOUSEHOLD_MAXIMUM
    assert "€ 50,00" in refused.value.message
    assert decide(apply("50")).amount_cents == 5000


def test_overlapping_budgets_are_refused(cast, fund):
    with pytest.raises(DomainError) as refused:
        services.budget_create(
            actor=cast.admin,
            place=cast.rabot,
            fund=fund.fund,
            starts_on=fund.budget.ends_on,
            ends_on=fund.budget.ends_on + timedelta(days=30),
            amount="100",
        )
    assert refused.value.code == FundError.BUDGET_OVERLAP
    assert BudgetPeriod.objects.count() == 1


def _budget(cast, fund, starts_on, ends_on, amount_cents=100):
    return BudgetPeriod(
        place=cast.rabot,
        fund=fund.fund,
        starts_on=starts_on,
        ends_on=ends_on,
        amount_cents=amount_cents,
        created_at=timezone.now(),
    )


def test_the_database_refuses_overlapping_budgets(cast, fund):
    end = fund.budget.ends_on
    with pytest.raises(IntegrityError), transaction.atomic():
        _budget(cast, fund, end, end + timedelta(days=30)).save()
    _budget(cast, fund, end + timedelta(days=1), end + timedelta(days=30)).save()  # control
    assert BudgetPeriod.objects.count() == 2


@pytest.mark.parametrize("fields", [{"amount_cents": 0}, {"reversed": True}])
def test_the_database_refuses_a_budget_that_does_not_add_up(cast, fund, fields):
    later = fund.budget.ends_on + timedelta(days=100)
    starts, ends = (
        (later + timedelta(days=5), later)
        if fields.pop("reversed", False)
        else (
            later,
            later + timedelta(days=5),
        )
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        _budget(cast, fund, starts, ends, **fields).save()


def test_the_database_refuses_a_grant_beyond_the_budget(cast, fund, apply, decide):
    decide(apply("100"))
    with pytest.raises(IntegrityError), transaction.atomic():
        BudgetPeriod.objects.filter(pk=fund.budget.pk).update(amount_cents=9999)
