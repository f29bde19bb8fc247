"""Amounts in units, as people write them, become exact integers of minor units."""

from decimal import Decimal

import pytest
from django.utils import translation

from nabij.errors import DomainError
from nabij.ledger.amounts import format_amount, limit_to_minor, to_minor, to_units
from nabij.ledger.errors import LedgerError
from nabij.ledger.models import Currency

TOREKE = Currency(name="Toreke", symbol="T", minor_units=0)
UREN = Currency(name="Uren", symbol="u", minor_units=2)


@pytest.mark.parametrize(
    ("written", "currency", "minor"),
    [
        ("12", TOREKE, 12),
        (12, TOREKE, 12),
        (Decimal("12.00"), TOREKE, 12),
        ("2,50", UREN, 250),
        ("2.5", UREN, 250),
        (" 0,25 ", UREN, 25),
        ("1 000", TOREKE, 1000),
        (Decimal("0.01"), UREN, 1),
    ],
)
def test_units_become_minor_units(written, currency, minor):
    assert to_minor(written, currency=currency) == minor


@pytest.mark.parametrize(
    ("written", "currency", "code"),
    [
        ("0", TOREKE, LedgerError.AMOUNT_NOT_POSITIVE),
        ("-5", TOREKE, LedgerError.AMOUNT_NOT_POSITIVE),
        (Decimal("-0.01"), UREN, LedgerError.AMOUNT_NOT_POSITIVE),
        ("2.5", TOREKE, LedgerError.AMOUNT_TOO_PRECISE),
        ("0,001", UREN, LedgerError.AMOUNT_TOO_PRECISE),
        (2.5, UREN, LedgerError.AMOUNT_INVALID),
        (True, TOREKE, LedgerError.AMOUNT_INVALID),
        ("twaalf", TOREKE, LedgerError.AMOUNT_INVALID),
        ("1.000,50", UREN, LedgerError.AMOUNT_INVALID),
        ("NaN", TOREKE, LedgerError.AMOUNT_INVALID),
        ("Infinity", TOREKE, LedgerError.AMOUNT_INVALID),
        ("", TOREKE, LedgerError.AMOUNT_INVALID),
        (None, TOREKE, LedgerError.AMOUNT_INVALID),
        ("1e20", TOREKE, LedgerError.AMOUNT_TOO_LARGE),
    ],
)
def test_bad_amounts_are_refused(written, currency, code):
    with pytest.raises(DomainError) as refused:
        to_minor(written, currency=currency)

    assert refused.value.code == code


def test_too_fine_names_the_smallest_unit():
    with pytest.raises(DomainError) as refused:
        to_minor("0,001", currency=UREN)

    with translation.override("nl"):
        assert refused.value.message == (
            "Dit bedrag is te fijn: de kleinste eenheid van Uren is 0,01 u."
        )


def test_limits_may_be_negative_or_empty():
    assert limit_to_minor("-10", currency=UREN) == -1000
    assert limit_to_minor(None, currency=UREN) is None
    assert limit_to_minor("", currency=UREN) is None


def test_minor_units_read_back_as_units():
    assert to_units(250, currency=UREN) == Decimal("2.50")
    with translation.override("nl"):
        assert format_amount(-1250, currency=UREN) == "-12,50 u"
    with translation.override("en"):
        assert format_amount(-1250, currency=UREN) == "-12.50 u"
