"""Published criteria: a change is a new version; old versions stay for the decisions
that applied them."""

import re
from dataclasses import dataclass
from datetime import date, datetime

from django.db import transaction
from django.db.models import Max

from nabij.community.models import Member, Place
from nabij.errors import DomainError
from nabij.fund.amounts import to_cents
from nabij.fund.choices import Category, HouseholdPeriod
from nabij.fund.errors import FundError
from nabij.fund.models import Criterion, Fund

from .common import clean_text, lock_fund, now_or, require_staff

CODE_SHAPE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
CODE_LIMIT = 40
TITLE_LIMIT = 120


@dataclass(frozen=True)
class CriterionText:
    """What a criterion says, as staff write it (amounts in euros, as typed)."""

    title: str
    category: str
    gives: str
    for_whom: str
    max_amount: str | int
    valid_from: date
    valid_until: date | None = None
    household_max: str | int | None = None
    household_period: str = ""


def _clean(text: CriterionText) -> dict:
    if text.category not in Category.values:
        raise DomainError(FundError.CATEGORY_UNKNOWN, field="category")
    household_given = text.household_max not in (None, "")
    if household_given != bool(text.household_period):
        raise DomainError(FundError.HOUSEHOLD_MAX_INCOMPLETE, field="household_max")
    if text.household_period and text.household_period not in HouseholdPeriod.values:
        raise DomainError(FundError.HOUSEHOLD_MAX_INCOMPLETE, field="household_period")
    if text.valid_until is not None and text.valid_until < text.valid_from:
        raise DomainError(FundError.DATES_REVERSED, field="valid_until")
    return {
        "title": clean_text(
            text.title, error=FundError.TEXT_EMPTY, field="title", limit=TITLE_LIMIT
        ),
        "category": text.category,
        "gives": clean_text(text.gives, error=FundError.TEXT_EMPTY, field="gives"),
        "for_whom": clean_text(text.for_whom, error=FundError.TEXT_EMPTY, field="for_whom"),
        "max_amount_cents": to_cents(text.max_amount, field="max_amount"),
        "household_max_cents": (
            to_cents(text.household_max, field="household_max") if household_given else None
        ),
        "household_period": text.household_period,
        "valid_from": text.valid_from,
        "valid_until": text.valid_until,
    }


def criterion_publish(
    *,
    actor: Member,
    place: Place,
    fund: Fund,
    code: str,
    text: CriterionText,
    now: datetime | None = None,
) -> Criterion:
    """A new criterion, version 1, public from the moment it is written."""
    now = now_or(now)
    require_staff(actor, place)
    if fund.place_id != place.pk:
        raise DomainError(FundError.OTHER_FUND)
    code = (code or "").strip().lower()
    if not CODE_SHAPE.match(code) or len(code) > CODE_LIMIT:
        raise DomainError(FundError.CODE_INVALID, field="code")
    fields = _clean(text)
    with transaction.atomic():
        lock_fund(fund)
        if Criterion.objects.filter(fund=fund, code=code).exists():
            raise DomainError(FundError.CODE_TAKEN, field="code")
        return Criterion.objects.create(
            place=place,
            fund=fund,
            code=code,
            version=1,
            is_current=True,
            created_by=actor,
            created_at=now,
            **fields,
        )


def criterion_revise(
    *,
    actor: Member,
    place: Place,
    criterion: Criterion,
    text: CriterionText,
    now: datetime | None = None,
) -> Criterion:
    """A new version of a criterion. The old version stays, no longer current: the
    applications and decisions that used it keep pointing at it."""
    now = now_or(now)
    require_staff(actor, place)
    if criterion.place_id != place.pk:
        raise DomainError(FundError.OTHER_FUND)
    fields = _clean(text)
    with transaction.atomic():
        lock_fund(criterion.fund)
        old = Criterion.objects.select_for_update().get(pk=criterion.pk)
        if not old.is_current:
            raise DomainError(FundError.NOT_CURRENT)
        last = Criterion.objects.filter(fund=old.fund_id, code=old.code).aggregate(
            v=Max("version")
        )["v"]
        old.is_current = False
        old.save(update_fields=["is_current"])
        return Criterion.objects.create(
            place=place,
            fund_id=old.fund_id,
            code=old.code,
            version=last + 1,
            is_current=True,
            created_by=actor,
            created_at=now,
            **fields,
        )
