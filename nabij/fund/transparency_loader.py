"""Reads what the transparency core needs, in a fixed handful of queries.

Only what may be published leaves here: categories, months, amounts, reason codes.
No name, case number, situation or written reason is ever selected.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from django.db.models import Count, IntegerField, Q, QuerySet, Sum, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from nabij.fund.choices import Category, Outcome
from nabij.fund.models import BudgetPeriod, Criterion, Decision, Donation, Fund
from nabij.fund.transparency import Budget, Gift, Grant, Refusal, Transparency, transparency

CATEGORY_ORDER = list(Category.values)


@dataclass(frozen=True)
class PublicCriteria:
    current: tuple[Criterion, ...]
    earlier: tuple[Criterion, ...]

    @property
    def categories(self) -> list[str]:
        return list(dict.fromkeys(c.category for c in (*self.current, *self.earlier)))


def _year_span(year: int) -> tuple[datetime, datetime]:
    start = timezone.make_aware(datetime.combine(date(year, 1, 1), time.min))
    end = timezone.make_aware(datetime.combine(date(year + 1, 1, 1), time.min))
    return start, end


def criteria_public(fund: Fund, *, today: date) -> PublicCriteria:
    """The criteria in force today, and every earlier or ended version."""
    current, earlier = [], []
    rows = Criterion.objects.filter(fund=fund).order_by("code", "-version", "-pk")
    for criterion in sorted(rows, key=lambda c: CATEGORY_ORDER.index(c.category)):
        in_force = (
            criterion.is_current
            and criterion.valid_from <= today
            and (criterion.valid_until is None or criterion.valid_until >= today)
        )
        (current if in_force else earlier).append(criterion)
    return PublicCriteria(tuple(current), tuple(earlier))


def years_with_figures(fund: Fund, *, today: date) -> list[int]:
    """The years one can choose: from the fund's first year up to this one."""
    first = timezone.localtime(fund.created_at).year if fund.created_at else today.year
    return list(range(today.year, min(first, today.year) - 1, -1))


def _decisions(fund: Fund, year: int) -> QuerySet:
    start, end = _year_span(year)
    return (
        Decision.objects.filter(fund=fund, decided_at__gte=start, decided_at__lt=end)
        .annotate(
            paid=Coalesce(Sum("payouts__amount_cents"), Value(0), output_field=IntegerField())
        )
        .values(
            "pk",
            "outcome",
            "reason_code",
            "amount_cents",
            "paid",
            "decided_at",
            "budget_id",
            "criterion__category",
        )
        .order_by("pk")
    )


def transparency_of(fund: Fund, *, year: int, categories: Sequence[str] = ()) -> Transparency:
    """The year's public figures; `categories` are shown as rows even when empty."""
    grants: list[Grant] = []
    refusals: list[Refusal] = []
    for row in _decisions(fund, year):
        if row["outcome"] == Outcome.REFUSE:
            refusals.append(Refusal(row["pk"], row["reason_code"]))
            continue
        grants.append(
            Grant(
                key=row["pk"],
                category=row["criterion__category"],
                month=timezone.localtime(row["decided_at"]).month,
                amount_cents=row["amount_cents"],
                paid_cents=row["paid"],
                budget=row["budget_id"],
            )
        )
    gifts = [
        Gift(row["pk"], row["received_on"].month, row["amount_cents"])
        for row in Donation.objects.filter(fund=fund, received_on__year=year)
        .values("pk", "received_on", "amount_cents")
        .order_by("pk")
    ]
    start, end = _year_span(year)
    outside = Q(decisions__decided_at__lt=start) | Q(decisions__decided_at__gte=end)
    budgets = [
        Budget(
            key=b.pk,
            starts_on=b.starts_on,
            ends_on=b.ends_on,
            amount_cents=b.amount_cents,
            grants_outside_year=b.outside,
        )
        for b in BudgetPeriod.objects.filter(
            fund=fund, starts_on__lte=date(year, 12, 31), ends_on__gte=date(year, 1, 1)
        )
        .annotate(outside=Count("decisions", filter=outside))
        .order_by("starts_on", "pk")
    ]
    return transparency(
        year=year,
        grants=grants,
        refusals=refusals,
        gifts=gifts,
        budgets=budgets,
        categories=sorted(categories, key=CATEGORY_ORDER.index),
    )
