"""Reads for the fund's staff and committee pages."""

from dataclasses import dataclass
from datetime import date, datetime, time

from django.db.models import Exists, OuterRef, Q, QuerySet, Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone

from nabij.community.models import Member, Place
from nabij.fund.choices import Outcome, ProposalState
from nabij.fund.models import (
    Application,
    BudgetPeriod,
    Criterion,
    Decision,
    Donation,
    Fund,
    FundCommitteeSeat,
    Payout,
    Pledge,
    Proposal,
)
from nabij.fund.periods import period_start
from nabij.fund.pledge_months import PledgeTerms


def fund_of(place: Place) -> Fund | None:
    return Fund.objects.filter(place=place).first()


def seat_is_open(member: Member | None, fund: Fund, *, at: datetime | None = None) -> bool:
    if member is None:
        return False
    at = at or timezone.now()
    return (
        FundCommitteeSeat.objects.filter(fund=fund, member=member, since__lte=at)
        .exclude(until__lte=at)
        .exists()
    )


def seats_open(fund: Fund) -> QuerySet[FundCommitteeSeat]:
    return FundCommitteeSeat.objects.filter(fund=fund, until=None).select_related("member")


def budget_on(fund: Fund, day: date) -> BudgetPeriod | None:
    return BudgetPeriod.objects.filter(fund=fund, starts_on__lte=day, ends_on__gte=day).first()


def budget_granted(budget: BudgetPeriod) -> int:
    return Decision.objects.filter(budget=budget).aggregate(t=Sum("amount_cents"))["t"] or 0


@dataclass(frozen=True)
class BudgetUse:
    budget: BudgetPeriod
    granted_cents: int
    paid_cents: int

    @property
    def left_cents(self) -> int:
        return self.budget.amount_cents - self.granted_cents


def budgets_with_use(fund: Fund) -> list[BudgetUse]:
    rows = BudgetPeriod.objects.filter(fund=fund).annotate(granted=Sum("decisions__amount_cents"))
    paid = dict(
        Payout.objects.filter(fund=fund)
        .values_list("decision__budget_id")
        .annotate(t=Sum("amount_cents"))
        .values_list("decision__budget_id", "t")
    )
    return [BudgetUse(b, b.granted or 0, paid.get(b.pk) or 0) for b in rows]


def household_granted(
    *, criterion: Criterion, person: Member, since: date, exclude: Application | None = None
) -> int:
    """What decisions under this criterion (any version) granted to the person's
    household since a day; without a household on record, to the person alone."""
    start = timezone.make_aware(datetime.combine(since, time.min))
    people = (
        Q(application__person__household_id=person.household_id)
        if person.household_id
        else Q(application__person=person)
    )
    rows = Decision.objects.filter(
        people,
        fund_id=criterion.fund_id,
        criterion__code=criterion.code,
        decided_at__gte=start,
    )
    if exclude is not None:
        rows = rows.exclude(application=exclude)
    return rows.aggregate(t=Sum("amount_cents"))["t"] or 0


def household_left(*, criterion: Criterion, person: Member, day: date) -> int | None:
    """How much the criterion's maximum per household still allows; None: no such maximum."""
    if criterion.household_max_cents is None:
        return None
    since = period_start(day, criterion.household_period)
    return criterion.household_max_cents - household_granted(
        criterion=criterion, person=person, since=since
    )


def criteria_current(fund: Fund) -> QuerySet[Criterion]:
    return Criterion.objects.filter(fund=fund, is_current=True).order_by("title", "code")


def criteria_in_force(fund: Fund, day: date) -> QuerySet[Criterion]:
    return criteria_current(fund).filter(valid_from__lte=day).exclude(valid_until__lt=day)


def criterion_versions(fund: Fund) -> QuerySet[Criterion]:
    return Criterion.objects.filter(fund=fund).order_by("code", "-version")


def donations_list(fund: Fund) -> QuerySet[Donation]:
    return Donation.objects.filter(fund=fund).select_related("pledge", "recorded_by")


def pledges_of(fund: Fund) -> QuerySet[Pledge]:
    """Every pledge of the fund, newest first, with who stopped it."""
    return Pledge.objects.filter(fund=fund).select_related("stopped_by")


def pledges_running(fund: Fund, day: date) -> QuerySet[Pledge]:
    return pledges_of(fund).filter(starts_on__lte=day).exclude(ends_on__lt=day)


def pledge_terms(pledge: Pledge) -> PledgeTerms:
    return PledgeTerms(
        pledge_id=pledge.pk,
        monthly_cents=pledge.monthly_cents,
        starts_on=pledge.starts_on,
        ends_on=pledge.ends_on,
    )


def pledge_gifts_by_month(
    fund: Fund, *, pledge: Pledge | None = None
) -> dict[tuple[int, date], int]:
    """What came in for pledges, per (pledge id, first day of the month): one query."""
    rows = Donation.objects.filter(fund=fund, pledge__isnull=False)
    if pledge is not None:
        rows = rows.filter(pledge=pledge)
    totals = (
        rows.annotate(month=TruncMonth("received_on"))
        .values("pledge_id", "month")
        .annotate(total=Sum("amount_cents"))
        .values_list("pledge_id", "month", "total")
    )
    return {(pledge_id, month): total for pledge_id, month, total in totals}


def donations_total(fund: Fund) -> int:
    return Donation.objects.filter(fund=fund).aggregate(t=Sum("amount_cents"))["t"] or 0


def applications_open(fund: Fund) -> QuerySet[Application]:
    """Applications without a decision, oldest first, with whether a proposal waits."""
    waiting = Proposal.objects.filter(application=OuterRef("pk"), state=ProposalState.OPEN)
    return (
        Application.objects.filter(fund=fund, decision__isnull=True)
        .select_related("criterion")
        .annotate(has_proposal=Exists(waiting))
        .order_by("created_at", "pk")
    )


def applications_decided(fund: Fund) -> QuerySet[Application]:
    return (
        Application.objects.filter(fund=fund, decision__isnull=False)
        .select_related("criterion", "decision", "decision__criterion")
        .annotate(paid=Sum("decision__payouts__amount_cents"))
        .order_by("-decision__decided_at", "-pk")
    )


def open_proposal(application: Application) -> Proposal | None:
    return (
        Proposal.objects.filter(application=application, state=ProposalState.OPEN)
        .select_related("criterion", "proposed_by")
        .first()
    )


def decision_paid(decision: Decision) -> int:
    return decision.payouts.aggregate(t=Sum("amount_cents"))["t"] or 0


def decisions_granted(fund: Fund) -> QuerySet[Decision]:
    return Decision.objects.filter(fund=fund).exclude(outcome=Outcome.REFUSE)
