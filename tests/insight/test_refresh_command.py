"""`nabij insight-refresh`: everything, one place, or one day; bad input in words."""

from datetime import date
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from nabij.insight.models import MetricMonth, MetricState
from tests.insight.conftest import crowd


def test_refreshing_every_place(cast, history):
    history.lend(*crowd(cast.rabot, "p", 2), date(2026, 3, 3))
    out = StringIO()
    call_command("insight_refresh", stdout=out)
    assert MetricState.objects.count() == 2  # Rabot and the school
    assert MetricMonth.objects.get().month == date(2026, 3, 1)
    assert "rabot: 1 nieuwe" in out.getvalue()


def test_refreshing_one_day_of_one_place(cast, history):
    giver, taker = crowd(cast.rabot, "p", 2)
    call_command("insight_refresh", place="rabot", stdout=StringIO())
    history.lend(giver, taker, date(2026, 3, 3))
    history.lend(giver, taker, date(2026, 3, 4))
    call_command("insight_refresh", place="rabot", day="2026-03-04", stdout=StringIO())
    assert MetricMonth.objects.get().exchanges == 1  # the 3rd waits for its own day
    assert not MetricState.objects.filter(place=cast.school).exists()


def test_an_unknown_place_is_refused(cast):
    with pytest.raises(CommandError, match="Er is geen plek nergens"):
        call_command("insight_refresh", place="nergens")


def test_a_day_that_is_no_date_is_refused_and_nothing_is_computed(cast):
    with pytest.raises(CommandError, match="JJJJ-MM-DD"):
        call_command("insight_refresh", day="2026-02-30")
    assert not MetricState.objects.exists()
