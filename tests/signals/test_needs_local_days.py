"""A need belongs to the day and month it was seen in Rabot, not in UTC: a request
flagged unmet at half past eleven on the last evening of October is an October need."""

from datetime import date, datetime

from nabij.aid import services as aid
from nabij.aid.choices import HelpType
from nabij.signals.selectors.needs import needs_table
from tests.signals.conftest_needs import BRUSSELS, request_for, resident

LATE = datetime(2026, 10, 31, 23, 30, tzinfo=BRUSSELS)  # 22:30 UTC, 1 November in Asia


def flagged_late(cast) -> None:
    for n in range(5):
        request_for(cast, resident(cast, f"Buur {n}"), HelpType.REPAIR)
    aid.requests_flag_unmet(place=cast.rabot, days=14, now=LATE)


def test_the_month_is_the_local_one(cast):
    flagged_late(cast)

    table = needs_table(
        cast.rabot, by="month", period_from=date(2026, 10, 1), period_until=date(2026, 11, 30)
    )

    assert dict(table.cells()) == {"oktober 2026": "5", "november 2026": "0"}


def test_a_period_ending_on_the_last_day_includes_its_evening(cast):
    flagged_late(cast)

    october = needs_table(
        cast.rabot, by="type", period_from=date(2026, 10, 31), period_until=date(2026, 10, 31)
    )
    november = needs_table(cast.rabot, by="type", period_from=date(2026, 11, 1))

    assert str(october.total) == "5"
    assert not november.shown
