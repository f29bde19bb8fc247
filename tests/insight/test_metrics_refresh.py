"""Metrics are stored per month: a full recomputation, or one day's update that touches
only its own month and ends where the full recomputation would."""

from datetime import date

import pytest

from nabij.insight.models import MetricMonth
from nabij.insight.selectors import insight_freshness
from tests.insight.conftest import crowd, days


def _stored(place) -> dict:
    return {
        row.month: (
            bytes(row.ties),
            bytes(row.givers),
            bytes(row.receivers),
            row.figures,
            row.exchanges,
        )
        for row in MetricMonth.objects.filter(place=place)
    }


@pytest.fixture
def people(cast):
    return crowd(cast.rabot, "p", 8)


def test_a_full_refresh_stores_each_month_with_exchanges(cast, history, people):
    history.lend(people[0], people[1], date(2026, 2, 3))
    history.meet(*people[:4], day=date(2026, 3, 7))
    result = history.refresh()
    assert result.full and result.months == 2
    march = MetricMonth.objects.get(place=cast.rabot, month=date(2026, 3, 1))
    assert march.exchanges == 6  # four people met: six pairs
    assert march.figures["language"]["ties"] == 0  # nobody's languages are known


def test_day_by_day_ends_where_a_full_refresh_does(cast, history, people):
    history.lend(people[0], people[1], date(2026, 3, 1))
    history.refresh()
    for i, day in enumerate(days(date(2026, 3, 2), 5)):
        history.lend(people[i + 1], people[i + 2], day)
        history.meet(people[i], people[7], day=day)
        result = history.refresh(day=day)
        assert not result.full and result.added == 2
    by_day = _stored(cast.rabot)
    history.refresh()
    assert by_day == _stored(cast.rabot)


def test_a_day_touches_only_its_month(cast, history, people):
    history.lend(people[0], people[1], date(2026, 2, 3))
    history.lend(people[0], people[1], date(2026, 3, 3))
    history.refresh()
    february = MetricMonth.objects.get(month=date(2026, 2, 1)).computed_at
    history.lend(people[2], people[3], date(2026, 3, 20))
    history.refresh(day=date(2026, 3, 20))
    assert MetricMonth.objects.get(month=date(2026, 2, 1)).computed_at == february
    assert MetricMonth.objects.get(month=date(2026, 3, 1)).exchanges == 2


def test_the_same_day_twice_changes_nothing(cast, history, people):
    history.refresh()
    history.lend(people[0], people[1], date(2026, 3, 3))
    history.refresh(day=date(2026, 3, 3))
    once = _stored(cast.rabot)
    again = history.refresh(day=date(2026, 3, 3))
    assert again.added == 0
    assert _stored(cast.rabot) == once


def test_a_day_for_a_place_never_computed_computes_it_whole(cast, history, people):
    history.lend(people[0], people[1], date(2026, 2, 3))
    history.lend(people[0], people[1], date(2026, 3, 3))
    result = history.refresh(day=date(2026, 3, 3))
    assert result.full and result.months == 2


def test_freshness_says_when_and_up_to_which_day(cast, history, people):
    assert insight_freshness(place=cast.rabot).computed_at is None
    history.lend(people[0], people[1], date(2026, 3, 3))
    history.refresh()
    fresh = insight_freshness(place=cast.rabot)
    assert fresh.computed_at is not None and fresh.full_at == fresh.computed_at
    assert (fresh.through, fresh.months) == (date(2026, 3, 3), 1)
