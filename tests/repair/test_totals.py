"""Totals: items brought, the repaired share and the kilograms kept out of waste (the
weight of what was repaired), per session, per period and per category."""

from datetime import date, timedelta

from django.utils import timezone

from nabij.repair import services
from nabij.repair.choices import ItemCategory, Outcome
from nabij.repair.selectors import repair_totals
from nabij.repair.totals import Group, hide_small, public_totals, totals_from

from .conftest import bring

MAY, JUNE = date(2026, 5, 1), date(2026, 6, 1)


def test_kilograms_kept_count_only_what_was_repaired():
    totals = totals_from(
        [
            Group("electrical", Outcome.REPAIRED, items=3, grams=4500),
            Group("electrical", Outcome.NOT_REPAIRED, items=1, grams=9000),
            Group("textile", Outcome.ADVICE, items=1, grams=800),
            Group("textile", Outcome.PENDING, items=2, grams=700),
        ]
    )

    assert totals.all.items == 7
    assert totals.all.grams_kept == 4500
    assert totals.all.pending == 2
    # The share is over the five items whose outcome is known.
    assert totals.all.repaired_percent == 60
    assert [c for c, _ in totals.categories] == ["electrical", "textile"]
    assert totals.by_category["textile"].repaired_percent == 0


def test_a_session_with_nothing_decided_has_no_share_yet():
    totals = totals_from([Group("toy", Outcome.PENDING, items=4, grams=1200)])
    assert totals.all.repaired_percent is None


def test_the_public_sees_no_count_under_five():
    totals = totals_from(
        [
            Group("electrical", Outcome.REPAIRED, items=9, grams=9000, month=MAY),
            Group("bicycle", Outcome.REPAIRED, items=2, grams=30000, month=JUNE),
            Group("textile", Outcome.NOT_REPAIRED, items=1, grams=500, month=JUNE),
        ]
    )

    public = public_totals(totals)

    assert public.all.items == 12
    assert public.all.repaired == 11
    assert {cell.label: cell.count for cell in public.by_category} == {"__other__": 12}
    may, june = public.by_month
    # June's three items would be given away by the total: May is hidden with it.
    assert (may.tally.items, june.tally.items) == (None, None)
    assert june.tally.grams_kept is None


def test_a_small_cafe_shows_nothing_that_points_at_a_person():
    public = public_totals(totals_from([Group("toy", Outcome.REPAIRED, items=3, grams=600)]))
    assert (public.all.items, public.all.repaired, public.all.grams_kept) == (None, None, None)
    assert public.all.repaired_percent is None


def test_hiding_takes_along_the_smallest_shown_count_when_needed():
    assert hide_small([10, 7, 2]) == [10, None, None]
    assert hide_small([10, 3, 4]) == [10, None, None]
    assert hide_small([0, 6]) == [0, 6]


def _session(cast, days_ago: int):
    from nabij.community import services as community
    from nabij.community.choices import EventKind

    starts = timezone.now() - timedelta(days=days_ago)
    return community.event_create(
        actor=cast.worker,
        place=cast.rabot,
        title="Repair café",
        kind=EventKind.REPAIR_CAFE,
        starts_at=starts,
        ends_at=starts + timedelta(hours=3),
    )


def test_totals_per_session_and_per_period_from_the_database(cast, cafe):
    old = _session(cast, days_ago=400)
    for event, grams in ((cafe.today, 1500), (cafe.today, 2500), (old, 9000)):
        item = bring(cast, event, weight_grams=grams)
        services.item_outcome_record(
            actor=cast.volunteer,
            place=cast.rabot,
            item=item,
            outcome=Outcome.REPAIRED,
            fixer=cast.volunteer,
        )
    bring(cast, cafe.today, category=ItemCategory.TOY, weight_grams=400)

    session = repair_totals(cast.rabot, event=cafe.today)
    assert (session.all.items, session.all.repaired, session.all.grams_kept) == (3, 2, 4000)

    today = timezone.localdate()
    year = repair_totals(cast.rabot, start=today - timedelta(days=365), end=today, monthly=True)
    assert year.all.items == 3
    assert [month for month, _ in year.months] == [today.replace(day=1)]
    everything = repair_totals(cast.rabot)
    assert everything.all.grams_kept == 13000
    # The school's café is counted apart.
    assert repair_totals(cast.school).all.items == 0
