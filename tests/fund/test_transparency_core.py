"""The transparency core on small, named examples: what is shown, what is hidden, why."""

from datetime import date

from nabij.fund.transparency import (
    EMPTY,
    POOLED,
    SHOWN,
    SMALL,
    Budget,
    Gift,
    Grant,
    Refusal,
    transparency,
)


def _grants(category: str, month: int, euros: list[int], *, start: int = 1, budget=None):
    return [
        Grant(start + i, category, month, amount * 100, 0, budget) for i, amount in enumerate(euros)
    ]


def test_five_grants_in_a_cell_are_shown_and_four_are_not():
    food = _grants("food", 3, [10, 20, 30, 40, 50])
    energy = _grants("energy", 3, [100, 100, 100, 100], start=10)
    grid = transparency(year=2026, grants=food + energy, refusals=[], gifts=[]).grid
    assert grid.cells[("energy", 3)].state == SMALL
    assert grid.cells[("energy", 4)].state == EMPTY
    # Four alone would be the total minus the food cell: the food cell is pooled too.
    assert grid.cells[("food", 3)].state == POOLED
    assert grid.pooled.count == 9 and grid.pooled.amount_cents == 55000
    assert grid.total.amount_cents == 55000
    assert not grid.by_category["food"].shown and not grid.by_category["energy"].shown
    # March holds the whole pool, so its total is whole groups.
    assert grid.by_month[3].amount_cents == 55000


def test_a_large_enough_pool_leaves_the_other_cells_shown():
    food = _grants("food", 3, [10] * 6)
    energy = _grants("energy", 3, [100, 100, 100], start=10)
    school = _grants("school", 4, [50, 50], start=20)
    grid = transparency(year=2026, grants=food + energy + school, refusals=[], gifts=[]).grid
    assert grid.cells[("food", 3)].state == SHOWN
    assert grid.cells[("food", 3)].figure.amount_cents == 6000
    assert grid.pooled.count == 5
    assert grid.by_category["food"].amount_cents == 6000
    # March's total minus the food cell would be energy's three grants.
    assert not grid.by_month[3].shown and not grid.by_month[4].shown
    assert grid.total.count == 11


def test_fewer_than_five_grants_in_all_show_nothing():
    grid = transparency(year=2026, grants=_grants("food", 1, [10, 20]), refusals=[], gifts=[]).grid
    assert not grid.total.shown and not grid.pooled.shown
    assert grid.cells[("food", 1)].state == SMALL


def test_decisions_are_counted_only_when_grants_and_refusals_both_may_be():
    grants = _grants("food", 1, [10] * 7)
    two = [Refusal(100 + i, "incomplete") for i in range(2)]
    outcomes = transparency(year=2026, grants=grants, refusals=two, gifts=[]).outcomes
    assert (outcomes.decisions, outcomes.grants, outcomes.refusals) == (None, 7, None)
    six = [Refusal(100 + i, r) for i, r in enumerate(["incomplete"] * 5 + ["other"])]
    outcomes = transparency(year=2026, grants=grants, refusals=six, gifts=[]).outcomes
    assert (outcomes.decisions, outcomes.grants, outcomes.refusals) == (13, 7, 6)
    # One "other" alone would show; pooled with the smallest reason it hides in six.
    assert [(r.reason, r.count) for r in outcomes.reasons] == [("__other__", 6)]


def test_the_budget_left_shows_only_when_its_grants_are_whole_groups():
    first = Budget(1, date(2026, 1, 1), date(2026, 6, 30), 100_000)
    second = Budget(2, date(2026, 7, 1), date(2026, 12, 31), 100_000)
    grants = _grants("food", 3, [10] * 5, budget=1) + _grants(
        "food", 9, [10, 10, 10], start=10, budget=2
    )
    grants += _grants("energy", 9, [20, 20], start=20, budget=2)
    result = transparency(year=2026, grants=grants, refusals=[], gifts=[], budgets=[first, second])
    # The March cell is its own group; September's five are the pool.
    assert result.budgets[0].granted_cents == 5000 and result.budgets[0].left_cents == 95000
    assert result.budgets[1].granted_cents == 7000

    late = Budget(3, date(2026, 1, 1), date(2026, 12, 31), 100_000, grants_outside_year=1)
    result = transparency(year=2026, grants=grants, refusals=[], gifts=[], budgets=[late])
    assert result.budgets[0].left_cents is None


def test_a_budget_that_cuts_through_a_group_stays_hidden():
    budget = Budget(1, date(2026, 3, 1), date(2026, 3, 15), 100_000)
    grants = _grants("food", 3, [10, 10], budget=1) + _grants("food", 3, [10] * 4, start=10)
    result = transparency(year=2026, grants=grants, refusals=[], gifts=[], budgets=[budget])
    assert result.grid.cells[("food", 3)].state == SHOWN
    assert result.budgets[0].granted_cents is None


def test_donations_by_month_pool_the_quiet_months():
    gifts = [Gift(i, 1, 1000) for i in range(6)] + [Gift(10 + i, 2, 500) for i in range(2)]
    donations = transparency(year=2026, grants=[], refusals=[], gifts=gifts).donations
    assert donations.months[2].state == SMALL
    assert donations.months[1].state == POOLED
    assert donations.total.amount_cents == 7000 and donations.total.count == 8
