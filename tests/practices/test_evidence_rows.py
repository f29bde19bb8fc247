"""Evidence beside a reflection: counts and shares from the place's activity, never a
figure about fewer than five; a place without activity says so."""

from datetime import date, timedelta

from django.utils import timezone

from nabij.insight.selectors import Figure
from nabij.practices.evidence import Activity, evidence_rows
from nabij.practices.evidence_loader import activity_of
from tests.insight.conftest import crowd, history  # noqa: F401 (the history fixture)


def _activity(**changes) -> Activity:
    values = {
        "first": date(2025, 7, 1),
        "last": date(2026, 6, 30),
        "computed": True,
        "matches": 12,
        "transfers": 40,
        "events": 6,
        "ties": 50,
        "bridging": Figure(20, 0.4),
        "receivers": 10,
        "vulnerable": Figure(5, 0.5),
        "reach_vulnerable": 5 / 6,
    } | changes
    return Activity(**values)


def _values(evidence) -> list[str]:
    return [row.value for row in evidence.rows]


def test_counts_and_shares_are_shown():
    evidence = evidence_rows(_activity())
    assert evidence.active
    assert _values(evidence) == ["12", "40", "6", "40 %", "50 %", "83 %"]
    assert evidence.rows[3].note == "van 50 banden"


def test_counts_under_five_show_as_less_than_five():
    evidence = evidence_rows(
        _activity(matches=3, transfers=1, events=4, ties=None, bridging=Figure(None, None))
    )
    values = _values(evidence)
    assert values[:4] == ["< 5", "< 5", "< 5", "< 5"]
    assert not any(row.value in {"1", "3", "4"} for row in evidence.rows)


def test_receivers_hidden_as_a_group_hide_their_share():
    evidence = evidence_rows(
        _activity(receivers=None, vulnerable=Figure(None, None), reach_vulnerable=None)
    )
    assert _values(evidence)[4:] == ["< 5", "< 5"]


def test_a_place_without_activity_says_so():
    evidence = evidence_rows(
        _activity(matches=0, transfers=0, events=0, ties=0, bridging=Figure(0, None))
    )
    assert not evidence.active


def test_the_loader_reads_a_places_last_twelve_months(cast, history):  # noqa: F811
    lenders, borrowers = crowd(cast.rabot, "g", 6), crowd(cast.rabot, "v", 6, vulnerable=True)
    for lender, borrower in zip(lenders, borrowers, strict=True):
        history.lend(lender, borrower, timezone.localdate() - timedelta(days=3))
    history.meet(*lenders[:3], day=timezone.localdate() - timedelta(days=10))
    history.refresh()

    activity = activity_of(cast.rabot)
    assert activity.computed
    assert (activity.matches, activity.transfers, activity.events) == (0, 0, 1)
    assert activity.receivers == 6
    assert activity.vulnerable == Figure(6, 1.0)
    rows = evidence_rows(activity).rows
    # One event is fewer than five: it is not shown as one.
    assert rows[2].value == "< 5"
    # Kept until the metrics are next computed: a second read gives the same.
    assert activity_of(cast.rabot) == activity


def test_a_place_whose_metrics_were_never_computed_says_so(cast):
    evidence = evidence_rows(activity_of(cast.rabot))
    assert not evidence.computed
    assert not evidence.active
