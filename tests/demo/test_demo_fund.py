"""The demo's solidarity fund: public criteria (one revised), gifts named and anonymous,
one-off and monthly, decisions by two committee members with a reason, and enough
decisions each month in the main categories that the public page shows their figures."""

from collections import Counter

from django.urls import reverse
from django.utils import timezone

from nabij.fund.choices import Category, Outcome, ProposalState
from nabij.fund.models import Application, Criterion, Decision, Donation, Fund, Payout, Proposal
from tests.demo.conftest import NOW


def test_the_fund_publishes_criteria_and_revised_one(demo):
    fund = Fund.objects.get()
    assert fund.place.slug == "rabot"
    criteria = Criterion.objects.filter(fund=fund)
    assert criteria.filter(is_current=True).count() == 6
    assert criteria.filter(is_current=False).count() == 1  # the food voucher's first version


def test_gifts_come_named_and_anonymous_once_and_every_month(demo):
    donations = Donation.objects.all()
    assert donations.filter(donor_name="").exists()
    assert donations.exclude(donor_name="").exists()
    assert donations.filter(pledge__isnull=False).exists()
    numbers = sorted(donations.values_list("receipt_number", flat=True))
    assert numbers == list(range(1, len(numbers) + 1))


def test_every_decision_is_made_by_two_people_with_a_criterion_and_a_reason(demo):
    decisions = Decision.objects.all()
    assert decisions.count() > 100
    for proposer, confirmer, criterion, reason in decisions.values_list(
        "proposed_by", "confirmed_by", "criterion", "reason"
    ):
        assert proposer != confirmer and criterion and reason.strip()
    outcomes = Counter(decisions.values_list("outcome", flat=True))
    assert outcomes[Outcome.GRANT] > outcomes[Outcome.PARTIAL] > 0
    assert outcomes[Outcome.REFUSE] > 0
    assert not decisions.filter(outcome=Outcome.REFUSE, reason_code="").exists()


def test_help_is_handed_over_and_cases_wait_for_the_committee(demo):
    assert Payout.objects.exists()
    waiting = Application.objects.filter(decision__isnull=True)
    assert waiting.exists()
    assert Proposal.objects.filter(state=ProposalState.OPEN).exists()


def test_the_public_page_shows_food_and_energy_every_month_this_year(demo, client):
    grants = Counter(
        (category, timezone.localtime(decided).month)
        for category, decided in Decision.objects.exclude(outcome=Outcome.REFUSE)
        .filter(decided_at__year=NOW.year)
        .values_list("criterion__category", "decided_at")
    )
    for month in range(1, NOW.month + 1):
        for category in (Category.FOOD, Category.ENERGY):
            assert grants[(category, month)] >= 5, (category, month)

    fund = Fund.objects.get()
    page = client.get(reverse("fund:public", args=["rabot", fund.pk])).content.decode()
    for name in Application.objects.values_list("person__display_name", flat=True)[:20]:
        assert name not in page
