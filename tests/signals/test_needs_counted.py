"""Unmet needs from help requests, outreach calls and workers' notes, counted once each
and published rounded to five (see conftest_needs.py for the hand count)."""

from datetime import date

from nabij.signals import needs as core
from nabij.signals.choices import NeedSource, NeedType
from nabij.signals.selectors.needs import (
    needs_load,
    needs_people,
    needs_table,
    needs_tables,
    needs_total,
)
from tests.signals.conftest_needs import autumn_fixture  # noqa: F401 (a fixture)


def rows(table) -> dict[str, str]:
    return {label: value for label, value in table.cells()}


def test_every_source_counts_each_need_once(cast, autumn):
    exact = core.count_by(needs_load(cast.rabot), "source")

    assert exact[NeedSource.REQUEST].needs == 11
    assert exact[NeedSource.CALL].needs == 7
    assert exact[NeedSource.RECORDED].needs == 8
    assert core.count_all(needs_load(cast.rabot)).needs == 26


def test_a_call_that_led_to_a_counted_request_is_not_counted_again(cast, autumn):
    exact = core.count_by(needs_load(cast.rabot), "type")

    # Sofia's translation need: one call, one request flagged unmet, one need.
    assert exact[NeedType.TRANSLATION].needs == 1
    # Greet's call found a need a neighbour took on: no unmet need at all.
    assert exact[NeedType.GROCERIES].needs == 7
    # Dirk's request is open and nobody took it on: his call counts, with its type.
    assert exact[NeedType.MEALS].needs == 1
    assert exact[NeedType.OTHER].needs == 6


def test_the_published_counts_by_type_are_rounded_and_small_ones_hidden(cast, autumn):
    table = needs_table(cast.rabot, by="type")

    assert table.columns == ("Noden",)
    assert rows(table) == {
        "boodschappen": "5",  # 7
        "papieren en digitale hulp": "< 5",  # 3
        "vertalen": "< 5",  # 1
        "maaltijden": "< 5",  # 1
        "huisvesting": "5",  # 6 people noted by hand
        "energie en water": "< 5",  # 2
        "iets anders": "5",  # 6 calls without a request
    }
    assert str(table.total) == "25"  # 26


def test_the_published_counts_by_source(cast, autumn):
    table = needs_table(cast.rabot, by="source")

    assert rows(table) == {
        "hulpvragen": "10",  # 11
        "belrondes": "5",  # 7
        "notities van werkers": "10",  # 8
    }
    assert any("telt niet nog eens" in note for note in table.notes)


def test_someone_in_two_groups_counts_in_both(cast, autumn):
    table = needs_table(cast.rabot, by="group")

    assert rows(table) == {
        "Buurtkoor": "10",  # Fatima, Oksana, Mohamed, Jonas, Emre, Lina + 6 noted: 12
        "Vrouwengroep": "5",  # Fatima, Oksana, Mohamed, Lotte, Ahmet, Nadia: 6
        "In geen enkele groep": "10",  # 26 - 15 = 11
    }
    assert any("meer dan één groep" in note for note in table.notes)


def test_neighbourhoods_typed_differently_are_one(cast, autumn):
    table = needs_table(cast.rabot, by="sector")

    # Seven grocery requests from the Rabotstraat and six people noted in "rabotstraat".
    assert rows(table) == {"Rabotstraat": "15", "Buurt niet bekend": "15"}  # 13 and 13


def test_months_are_local_days_and_empty_months_show_zero(cast, autumn):
    table = needs_table(
        cast.rabot, by="month", period_from=date(2026, 8, 1), period_until=date(2026, 11, 30)
    )

    assert rows(table) == {
        "augustus 2026": "0",
        "september 2026": "< 5",  # energy, 2 people
        "oktober 2026": "25",  # 24
        "november 2026": "0",
    }


def test_a_period_leaves_out_what_was_seen_outside_it(cast, autumn):
    october = needs_table(
        cast.rabot, by="source", period_from=date(2026, 10, 1), period_until=date(2026, 10, 31)
    )
    after = needs_table(cast.rabot, by="type", period_from=date(2026, 11, 1))

    assert rows(october)["notities van werkers"] == "5"  # only the 6 of October
    assert "1-10-2026" in october.note and "31-10-2026" in october.note
    assert not after.shown
    assert after.rows == ()


def test_the_page_tables_come_from_one_read(cast, autumn, django_assert_max_num_queries):
    with django_assert_max_num_queries(6):
        tables = needs_tables(cast.rabot)

    assert [t.ident for t in tables] == [
        "needs-type",
        "needs-month",
        "needs-group",
        "needs-sector",
        "needs-source",
    ]


def test_the_totals_of_needs_and_of_people(cast, autumn):
    # 26 needs; people: 7 + 3 + 1 requesters, 6 + 1 called, 8 noted by hand = 26 too.
    assert str(needs_total(cast.rabot)) == "25"
    assert str(needs_people(cast.rabot, period_from=date(2026, 10, 1))) == "25"  # 24
    assert str(needs_people(cast.rabot, period_until=date(2026, 9, 30))) == "< 5"  # 2
