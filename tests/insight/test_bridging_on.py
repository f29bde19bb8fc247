"""Bonding and bridging in Rabot, on language, on groups, and on a special category
that only members who consented are counted in.

Six Arabic speakers a0-a5 and six Dutch speakers n0-n5. In March a0 lends to a1, a1 to
a2 ... (five ties inside Arabic), the same among n0-n5 (five inside Dutch), and a_i
lends to n_i for i < 5 (five across): 15 ties, 10 bond, 5 bridge, E-I = -5/15.
Per language: five inside, five out: E-I 0.
"""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from nabij.community.services.privacy import consent_give, sensitive_set
from nabij.community.suppression import OTHER
from nabij.errors import DomainError
from nabij.insight.errors import InsightError
from nabij.insight.selectors import attributes_available, bridging_on, period_from, period_recent
from tests.aid.conftest import speaks
from tests.insight.conftest import crowd, group_of

MARCH = period_from(start=date(2026, 3, 1), end=date(2026, 3, 31))


def _lend_in_rows(history, arabic, dutch, day: date) -> None:
    for i in range(5):
        history.lend(arabic[i], arabic[i + 1], day)
        history.lend(dutch[i], dutch[i + 1], day)
        history.lend(arabic[i], dutch[i], day)


@pytest.fixture
def speakers(cast, history):
    arabic, dutch = crowd(cast.rabot, "a", 6), crowd(cast.rabot, "n", 6)
    for member in arabic:
        speaks(member, "ar")
    for member in dutch:
        speaks(member, "nl")
    _lend_in_rows(history, arabic, dutch, date(2026, 3, 9))
    history.refresh()
    return arabic, dutch


def test_bonding_and_bridging_on_language(cast, speakers):
    found = bridging_on(place=cast.rabot, period=MARCH, attribute="language")
    assert (found.members, found.ties) == (12, 15)
    assert (found.bonding.count, found.bridging.count) == (10, 5)
    assert found.bridging.share == pytest.approx(1 / 3)
    assert found.ei_index == pytest.approx(-1 / 3)
    rows = {row.label: row for row in found.rows}
    assert set(rows) == {"ar", "nl"}
    assert (rows["ar"].members, rows["ar"].internal, rows["ar"].external) == (6, 5, 5)
    assert rows["ar"].ei_index == 0.0


def test_a_language_of_fewer_than_five_is_pooled_with_the_smallest_shown(cast, speakers):
    for member in crowd(cast.rabot, "t", 2):
        speaks(member, "tr")
    found = bridging_on(place=cast.rabot, period=MARCH, attribute="language")
    labels = [row.label for row in found.rows]
    assert "tr" not in labels
    other = found.rows[-1]
    assert other.label == OTHER
    assert other.members == 8  # two Turkish speakers and the six of the smaller language
    assert other.internal is None and other.external is None
    assert len(found.rows) == 2


def test_bonding_and_bridging_on_groups(cast, speakers):
    arabic, dutch = speakers
    group_of(cast.rabot, "Naaiatelier", *arabic)
    group_of(cast.rabot, "Moestuin", *dutch)
    found = bridging_on(place=cast.rabot, period=MARCH, attribute="group")
    assert {row.label for row in found.rows} == {"Naaiatelier", "Moestuin"}
    assert (found.bonding.count, found.bridging.count) == (10, 5)


def test_a_special_category_counts_only_those_who_consented(cast, history):
    arabic, dutch = crowd(cast.rabot, "a", 6), crowd(cast.rabot, "n", 6)
    _lend_in_rows(history, arabic, dutch, timezone.localdate() - timedelta(days=3))
    history.refresh()
    consenting = arabic[:5] + dutch[:5]  # a5 and n5 did not consent
    for member in consenting:
        consent_give(actor=cast.worker, place=cast.rabot, member=member, purpose="religion")
        sensitive_set(
            actor=cast.worker,
            place=cast.rabot,
            member=member,
            kind="religion",
            value="A" if member in arabic else "B",
        )
    found = bridging_on(place=cast.rabot, period=MARCH, attribute="religion")
    # Ties a4-a5 and n4-n5 involve someone who did not consent: 13 ties count.
    assert (found.members, found.ties) == (10, 13)
    assert (found.bonding.count, found.bridging.count) == (8, 5)
    # Whatever period was asked, a special category covers the last twelve months.
    assert found.period == period_recent()
    assert any(c.key == "religion" for c in attributes_available(place=cast.rabot))


def test_a_special_category_no_one_consented_to_is_refused(cast, speakers):
    with pytest.raises(DomainError) as refused:
        bridging_on(place=cast.rabot, period=MARCH, attribute="health")
    assert refused.value.code == InsightError.ATTRIBUTE_NOT_CONSENTED
    assert refused.value.field == "attribute"
    assert not any(c.key == "health" for c in attributes_available(place=cast.rabot))


def test_an_unknown_attribute_is_refused(cast, speakers):
    with pytest.raises(DomainError) as refused:
        bridging_on(place=cast.rabot, period=MARCH, attribute="shoe_size")
    assert refused.value.code == InsightError.ATTRIBUTE_UNKNOWN
