"""The demo's repair café: a year of sessions with what came in and how it went, so the
totals show months of history and the public summary shows figures, not "< 5"."""

from django.urls import reverse

from nabij.community.choices import EventKind
from nabij.repair.choices import Outcome
from nabij.repair.models import RepairItem
from nabij.repair.selectors import repair_totals
from tests.demo.conftest import NOW


def test_a_year_of_sessions_with_items(demo):
    sessions = RepairItem.objects.values("event").distinct().count()
    assert sessions >= 10
    assert not RepairItem.objects.exclude(event__kind=EventKind.REPAIR_CAFE).exists()
    assert not RepairItem.objects.filter(event__starts_at__gt=NOW).exists()


def test_most_visitors_leave_no_name_and_a_little_over_half_is_repaired(demo):
    items = RepairItem.objects.all()
    assert items.filter(owner__isnull=True).count() > items.count() / 2
    totals = repair_totals(items.first().place, monthly=True)
    assert totals.all.pending == 0
    assert 40 <= totals.all.repaired_percent <= 75
    assert totals.all.grams_kept > 100_000
    assert len(totals.months) >= 10
    assert not items.exclude(outcome=Outcome.PENDING).filter(fixer__isnull=True).exists()


def test_the_public_summary_shows_figures_and_no_names(demo, client):
    url = reverse("repair:public_summary", args=["rabot"])
    year = {"start": "2025-03-15", "end": NOW.date().isoformat()}
    page = client.get(url, year).content.decode()
    assert "kg</strong> uit het afval gehouden" in page
    assert "Youssef" not in page
