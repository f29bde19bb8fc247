"""The numbers behind demurrage, shared by its preview and its booking: which period a
moment falls in, and what one balance gives."""

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from nabij.ledger import demurrage

START = datetime(2026, 1, 1, tzinfo=UTC)


def test_periods_count_from_the_currencys_start():
    assert demurrage.period_of(created_at=START, period_days=30, now=START) == 0
    almost = START + timedelta(days=30) - timedelta(seconds=1)
    assert demurrage.period_of(created_at=START, period_days=30, now=almost) == 0
    assert demurrage.period_of(created_at=START, period_days=30, now=almost + timedelta(1)) == 1


def test_a_period_ends_where_the_next_begins():
    start, end = demurrage.period_bounds(created_at=START, period_days=30, period=2)
    assert (start, end) == (START + timedelta(days=60), START + timedelta(days=90))


def test_the_charge_rounds_down_and_spares_empty_accounts():
    two = Decimal("2")
    assert demurrage.charge(balance=10000, min_balance=0, percent=two) == 200
    assert demurrage.charge(balance=49, min_balance=0, percent=two) == 0
    assert demurrage.charge(balance=0, min_balance=None, percent=two) == 0
    assert demurrage.charge(balance=-500, min_balance=-1000, percent=two) == 0


def test_the_charge_stops_at_the_accounts_floor():
    assert demurrage.charge(balance=10000, min_balance=9950, percent=Decimal("2")) == 50
    assert demurrage.charge(balance=10000, min_balance=10000, percent=Decimal("2")) == 0
