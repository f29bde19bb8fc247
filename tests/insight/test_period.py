"""Periods are whole months; one that ends before it starts is refused."""

from datetime import date

import pytest
from django.utils import translation

from nabij.errors import DomainError
from nabij.insight.errors import InsightError
from nabij.insight.selectors import period_from, period_recent


def test_a_period_widens_to_whole_months():
    period = period_from(start=date(2026, 1, 17), end=date(2026, 3, 2))
    assert (period.first, period.last) == (date(2026, 1, 1), date(2026, 3, 31))
    assert period.months == (date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1))


def test_a_period_across_new_year():
    period = period_from(start=date(2025, 12, 5), end=date(2026, 1, 5))
    assert period.months == (date(2025, 12, 1), date(2026, 1, 1))


def test_a_period_that_ends_before_it_starts_is_refused_in_words():
    with pytest.raises(DomainError) as refused:
        period_from(start=date(2026, 3, 2), end=date(2026, 3, 1))
    assert refused.value.code == InsightError.PERIOD_INVALID
    assert refused.value.field == "end"
    with translation.override("nl"):
        assert refused.value.message == "Het einde van de periode moet na het begin komen."


def test_the_recent_period_is_the_last_twelve_months_with_this_one():
    period = period_recent(today=date(2026, 2, 14))
    assert (period.first, period.last) == (date(2025, 3, 1), date(2026, 2, 28))
    assert len(period.months) == 12
