"""Rabot's solidarity fund: a budget for this month, two criteria, a committee of three
neighbours (Youssef the volunteer, Jef the resident, Koen the coordinator)."""

from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.utils import timezone

from nabij.fund import services
from nabij.fund.choices import Category, HouseholdPeriod
from nabij.fund.models import BudgetPeriod, Criterion, Fund


@dataclass
class FundCast:
    fund: Fund
    budget: BudgetPeriod
    food: Criterion  # food parcels, up to € 150, at most € 200 per household per month
    energy: Criterion  # energy bills, up to € 300


@pytest.fixture
def fund(cast) -> FundCast:
    past = timezone.now() - timedelta(days=1)
    today = timezone.localdate()
    fund = services.fund_create(
        actor=cast.admin,
        place=cast.rabot,
        name="Solidariteitsfonds Rabot",
        description="Materiële hulp voor wie geen volle sociale rechten heeft.",
        now=past,
    )
    for member in (cast.volunteer, cast.neighbour, cast.admin):
        services.seat_add(actor=cast.admin, place=cast.rabot, fund=fund, member=member, now=past)
    budget = services.budget_create(
        actor=cast.admin,
        place=cast.rabot,
        fund=fund,
        starts_on=today.replace(day=1),
        ends_on=today + timedelta(days=40),
        amount="1000",
        now=past,
    )
    food = services.criterion_publish(
        actor=cast.admin,
        place=cast.rabot,
        fund=fund,
        code="voeding",
        text=services.CriterionText(
            title="Voedselpakket",
            category=Category.FOOD,
            gives="Een voedselpakket of een bon voor de buurtwinkel.",
            for_whom="Wie in Rabot woont en niet rondkomt, met of zonder papieren.",
            max_amount="150",
            household_max="200",
            household_period=HouseholdPeriod.MONTH,
            valid_from=today - timedelta(days=30),
        ),
        now=past,
    )
    energy = services.criterion_publish(
        actor=cast.admin,
        place=cast.rabot,
        fund=fund,
        code="energie",
        text=services.CriterionText(
            title="Energiefactuur",
            category=Category.ENERGY,
            gives="Een deel van een achterstallige energiefactuur.",
            for_whom="Gezinnen die hun energiefactuur niet kunnen betalen.",
            max_amount="300",
            valid_from=today - timedelta(days=30),
        ),
        now=past,
    )
    return FundCast(fund=fund, budget=budget, food=food, energy=energy)


@pytest.fixture
def apply(cast, fund):
    """Sara applies for Amina: apply(amount="80")."""

    def _apply(amount="80", criterion=None, person=None, **kwargs):
        return services.application_submit(
            actor=cast.worker,
            place=cast.rabot,
            fund=fund.fund,
            person=person or cast.resident,
            criterion=criterion or fund.food,
            amount=amount,
            situation=kwargs.pop("situation", "Alleenstaande moeder, twee kinderen, geen inkomen."),
            **kwargs,
        )

    return _apply


@pytest.fixture
def decide(cast):
    """Youssef proposes, Jef confirms: decide(application, outcome="grant", ...)."""

    def _decide(application, *, outcome="grant", criterion=None, **kwargs):
        proposal = services.proposal_make(
            actor=cast.volunteer,
            place=cast.rabot,
            application=application,
            criterion=criterion or application.criterion,
            outcome=outcome,
            reason=kwargs.pop("reason", "Past binnen het criterium."),
            **kwargs,
        )
        return services.proposal_confirm(actor=cast.neighbour, place=cast.rabot, proposal=proposal)

    return _decide
