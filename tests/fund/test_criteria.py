"""Criteria are versioned: a change is a new version, the old one stays, and decisions
point at the exact version they applied."""

from dataclasses import replace
from datetime import timedelta

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from nabij.errors import DomainError
from nabij.fund import services
from nabij.fund.choices import Category
from nabij.fund.errors import FundError
from nabij.fund.models import Criterion


def _text(**changes) -> services.CriterionText:
    base = services.CriterionText(
        title="Schoolkosten",
        category=Category.SCHOOL,
        gives="Schoolgerief, een schooluitstap.",
        for_whom="Gezinnen met kinderen op school in de buurt.",
        max_amount="80",
        valid_from=timezone.localdate(),
    )
    return replace(base, **changes)


def test_a_new_version_keeps_the_old(cast, fund, apply, decide):
    decision = decide(apply("100"))
    newer = services.criterion_revise(
        actor=cast.admin,
        place=cast.rabot,
        criterion=fund.food,
        text=_text(title="Voedselpakket", category=Category.FOOD, max_amount="120"),
    )
    fund.food.refresh_from_db()
    assert (newer.code, newer.version, newer.is_current) == ("voeding", 2, True)
    assert fund.food.is_current is False
    assert fund.food.max_amount_cents == 15000
    decision.refresh_from_db()
    assert decision.criterion_id == fund.food.pk
    assert Criterion.objects.filter(fund=fund.fund, code="voeding").count() == 2


def test_only_the_current_version_is_revised(cast, fund):
    services.criterion_revise(
        actor=cast.admin, place=cast.rabot, criterion=fund.food, text=_text(category="food")
    )
    with pytest.raises(DomainError) as refused:
        services.criterion_revise(
            actor=cast.admin, place=cast.rabot, criterion=fund.food, text=_text()
        )
    assert refused.value.code == FundError.NOT_CURRENT
    assert Criterion.objects.filter(code="voeding").count() == 2


def test_an_application_uses_a_current_criterion(cast, fund, apply):
    services.criterion_revise(
        actor=cast.admin, place=cast.rabot, criterion=fund.food, text=_text(category="food")
    )
    fund.food.refresh_from_db()
    with pytest.raises(DomainError) as refused:
        apply(criterion=fund.food)
    assert refused.value.code == FundError.NOT_CURRENT


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"max_amount": "0"}, FundError.AMOUNT_NOT_POSITIVE),
        ({"title": "  "}, FundError.TEXT_EMPTY),
        ({"category": "luxury"}, FundError.CATEGORY_UNKNOWN),
        ({"household_max": "100"}, FundError.HOUSEHOLD_MAX_INCOMPLETE),
        ({"household_period": "month"}, FundError.HOUSEHOLD_MAX_INCOMPLETE),
        (
            {"valid_until": timezone.localdate() - timedelta(days=1)},
            FundError.DATES_REVERSED,
        ),
    ],
)
def test_a_criterion_that_does_not_add_up_is_refused(cast, fund, changes, code):
    before = Criterion.objects.count()
    with pytest.raises(DomainError) as refused:
        services.criterion_publish(
            actor=cast.admin, place=cast.rabot, fund=fund.fund, code="school", text=_text(**changes)
        )
    assert refused.value.code == code
    assert Criterion.objects.count() == before


def test_a_code_is_used_once_per_fund(cast, fund):
    with pytest.raises(DomainError) as refused:
        services.criterion_publish(
            actor=cast.admin, place=cast.rabot, fund=fund.fund, code="voeding", text=_text()
        )
    assert refused.value.code == FundError.CODE_TAKEN


def _copy(criterion: Criterion, **fields) -> Criterion:
    values = {f.name: getattr(criterion, f.name) for f in Criterion._meta.fields if f.name != "id"}
    return Criterion(**(values | fields))


def test_the_database_refuses_the_same_version_twice(cast, fund):
    with pytest.raises(IntegrityError), transaction.atomic():
        _copy(fund.food, is_current=False).save()
    _copy(fund.food, is_current=False, version=2).save()  # control: the next version is fine


def test_the_database_refuses_two_current_versions(cast, fund):
    with pytest.raises(IntegrityError), transaction.atomic():
        _copy(fund.food, version=2).save()


@pytest.mark.parametrize(
    "fields",
    [
        {"max_amount_cents": 0},
        {"household_max_cents": 100, "household_period": ""},
        {"category": "luxury"},
        {"version": 0},
    ],
)
def test_the_database_refuses_a_criterion_that_does_not_add_up(cast, fund, fields):
    with pytest.raises(IntegrityError), transaction.atomic():
        _copy(fund.energy, code="ander", **fields).save()
