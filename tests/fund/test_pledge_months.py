"""What a monthly pledge promised and what came in, month by month (pure, no database)."""

from datetime import date

from nabij.fund.pledge_months import (
    PledgeTerms,
    months_back,
    months_together,
    pledge_months,
    pledge_summary,
)

TODAY = date(2026, 11, 21)


def terms(pledge_id=1, monthly=1000, starts_on=date(2026, 8, 15), ends_on=None):
    return PledgeTerms(pledge_id, monthly, starts_on, ends_on)


def test_a_pledge_is_expected_every_month_it_runs_up_to_this_month():
    received = {date(2026, 8, 1): 1000, date(2026, 10, 1): 1000}
    months = pledge_months(terms(), received, TODAY)
    assert [m.month for m in months] == [
        date(2026, 11, 1),
        date(2026, 10, 1),
        date(2026, 9, 1),
        date(2026, 8, 1),
    ]
    assert [m.missing_cents for m in months] == [1000, 0, 1000, 0]


def test_a_stopped_pledge_is_not_expected_after_its_last_month():
    months = pledge_months(terms(ends_on=date(2026, 9, 3)), {}, TODAY)
    assert [m.month for m in months] == [date(2026, 9, 1), date(2026, 8, 1)]


def test_a_pledge_that_starts_later_is_not_expected_yet():
    assert pledge_months(terms(starts_on=date(2026, 12, 1)), {}, TODAY) == []


def test_the_summary_counts_what_was_expected_and_what_came_in():
    summary = pledge_summary(terms(), {date(2026, 8, 1): 1000, date(2026, 9, 1): 2500}, TODAY)
    assert (summary.months, summary.expected_cents, summary.received_cents) == (4, 4000, 3500)
    assert summary.missing_cents == 500


def test_more_than_expected_is_never_a_negative_shortfall():
    summary = pledge_summary(terms(starts_on=date(2026, 11, 1)), {date(2026, 11, 1): 5000}, TODAY)
    assert summary.missing_cents == 0


def test_months_back_crosses_the_year():
    assert months_back(date(2026, 2, 1), 3) == date(2025, 11, 1)
    assert months_back(date(2026, 11, 1), 11) == date(2025, 12, 1)


def test_all_pledges_together_over_the_last_months():
    bakery = terms(1, 1000, date(2025, 1, 10))
    neighbour = terms(2, 500, date(2026, 10, 1), date(2026, 10, 31))
    received = {(1, date(2026, 10, 1)): 1000, (2, date(2026, 10, 1)): 500, (1, date(2025, 3, 1)): 1}
    months = months_together([bakery, neighbour], received, TODAY, count=3)
    assert [(m.month, m.expected_cents, m.received_cents) for m in months] == [
        (date(2026, 11, 1), 1000, 0),
        (date(2026, 10, 1), 1500, 1500),
        (date(2026, 9, 1), 1000, 0),
    ]
