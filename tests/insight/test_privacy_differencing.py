"""An analyst tries to learn Tamar's religion and whether she is vulnerable, and fails.

Thirteen Rabot residents consented to share their religion: a0-a5 are A, b0-b5 and
Tamar are B. The analyst knows one thing about Tamar: her only exchange ever was lending
a ladder to a0, this month. Had the figures followed the period asked, comparing any
period with and without this month would show one more tie leaving B (or staying in
A), and so Tamar's religion; comparing a group with and without her would show whether
she is vulnerable. Every figure about a person's attribute stays the same whichever
period or group is asked, and her value never shows on its own.
"""

from datetime import timedelta
from itertools import combinations_with_replacement

import pytest
from django.utils import timezone

from nabij.community.services.privacy import consent_give, sensitive_set
from nabij.insight.selectors import (
    bridging_on,
    period_from,
    period_recent,
    receivers_by_vulnerability,
)
from tests.insight.conftest import crowd, group_of, neighbour


@pytest.fixture
def rabot(cast, history):
    today = timezone.localdate()
    a, b = crowd(cast.rabot, "a", 6), crowd(cast.rabot, "b", 6, vulnerable=True)
    tamar = neighbour(cast.rabot, "Tamar", vulnerable=True)
    for member, value in [*((m, "A") for m in a), *((m, "B") for m in b), (tamar, "B")]:
        consent_give(actor=cast.worker, place=cast.rabot, member=member, purpose="religion")
        sensitive_set(
            actor=cast.worker, place=cast.rabot, member=member, kind="religion", value=value
        )
    # Months of ordinary life before: ties inside and across, each a month apart.
    for months_ago in range(2, 8):
        day = today.replace(day=1) - timedelta(days=30 * months_ago)
        for i in range(5):
            history.lend(a[i], a[i + 1], day)
            history.lend(b[i], b[i + 1], day)
            history.lend(a[i], b[i], day)
    history.lend(tamar, a[0], today)
    history.refresh()
    return {"a": a, "b": b, "tamar": tamar}


def _periods():
    months = period_recent().months
    for first, last in combinations_with_replacement(months, 2):
        yield period_from(start=first, end=last)


def test_comparing_periods_tells_nothing_about_her_religion(cast, rabot):
    seen = {
        (found.members, found.ties, found.bonding, found.bridging, found.rows)
        for period in _periods()
        for found in [bridging_on(place=cast.rabot, period=period, attribute="religion")]
    }
    assert len(seen) == 1
    rows = next(iter(seen))[4]
    assert {row.label for row in rows} == {"A", "B"}  # groups of five or more only


def test_comparing_periods_tells_nothing_about_her_vulnerability(cast, rabot):
    seen = {
        (got.receivers, got.vulnerable, got.not_vulnerable, got.reach_vulnerable)
        for period in _periods()
        for got in [receivers_by_vulnerability(place=cast.rabot, period=period)]
    }
    assert len(seen) == 1


def test_comparing_groups_with_and_without_her_tells_nothing(cast, rabot):
    without = group_of(cast.rabot, "Buurtkoor", *rabot["a"])
    with_her = group_of(cast.rabot, "Buurtkoor en Tamar", *rabot["a"], rabot["tamar"])
    month = period_recent(months=1)
    for group in (without, with_her):
        got = receivers_by_vulnerability(place=cast.rabot, period=month, group=group)
        assert got.vulnerable.count is None and got.not_vulnerable.count is None
        assert got.reach_vulnerable is None and got.reach_others is None


def test_a_value_only_she_has_is_never_shown(cast, rabot):
    sensitive_set(
        actor=cast.worker, place=cast.rabot, member=rabot["tamar"], kind="religion", value="C"
    )
    for period in _periods():
        found = bridging_on(place=cast.rabot, period=period, attribute="religion")
        labels = {row.label for row in found.rows}
        assert "C" not in labels
        # Pooled with the smallest shown value, so "other" minus nothing is not her.
        assert all(row.members is None or row.members >= 5 for row in found.rows)
        assert [row.members for row in found.rows if row.label not in {"A", "B"}] != [1]
