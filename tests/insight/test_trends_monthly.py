"""Trends: one point per month from the stored figures, suppressed like the rest."""

from datetime import date

from nabij.insight.selectors import period_from, trends_monthly
from tests.insight.conftest import crowd


def test_one_point_per_month_with_gaps_as_empty_months(cast, history):
    givers, takers = crowd(cast.rabot, "g", 5), crowd(cast.rabot, "t", 5)
    for giver, taker in zip(givers, takers, strict=True):
        history.lend(giver, taker, date(2026, 1, 10))
    history.lend(givers[0], takers[0], date(2026, 3, 10))
    history.refresh()
    points = trends_monthly(
        place=cast.rabot, period=period_from(start=date(2026, 1, 1), end=date(2026, 3, 31))
    )
    assert [p.month for p in points] == [date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)]
    january, february, march = points
    # 13 residents: the ten, Youssef, Amina and Jef.
    assert january.receive_only == 5 / 13
    # Three did neither: fewer than five, so hidden, and "give only" with it, or the
    # total of 13 would give the three away.
    assert january.neither is None and january.give_only is None
    assert january.both == 0
    assert january.exchanges == 5
    assert february.give_only is None and february.exchanges == 0
    assert march.give_only is None and march.exchanges is None  # one exchange
