"""Amounts as people write them (units: "12", "2,50") and as the ledger keeps them (minor units)."""

from decimal import Decimal, InvalidOperation

from django.utils.formats import number_format

from nabij.errors import DomainError
from nabij.ledger.errors import LedgerError
from nabij.ledger.models import Currency

# Far beyond any neighbourhood, far within a 64-bit integer.
LARGEST = 10**15


def parse_decimal(amount: Decimal | str | int) -> Decimal:
    # A float is refused: 0.1 is not exactly a tenth.
    if isinstance(amount, bool) or not isinstance(amount, Decimal | str | int):
        raise DomainError(LedgerError.AMOUNT_INVALID, field="amount")
    if isinstance(amount, str):
        text = amount.strip().replace(" ", "")
        # Dutch writes 2,50; a comma and a dot together would be guesswork.
        if "," in text and "." not in text:
            text = text.replace(",", ".", 1)
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise DomainError(LedgerError.AMOUNT_INVALID, field="amount") from None
    value = Decimal(amount)
    if not value.is_finite():
        raise DomainError(LedgerError.AMOUNT_INVALID, field="amount")
    return value


def to_minor(amount: Decimal | str | int, *, currency: Currency) -> int:
    """Units to minor units, exactly; refuses zero, negative, too fine and too large amounts."""
    value = parse_decimal(amount)
    if value <= 0:
        raise DomainError(LedgerError.AMOUNT_NOT_POSITIVE, field="amount")
    minor = value.scaleb(currency.minor_units)
    if minor != minor.to_integral_value():
        raise DomainError(
            LedgerError.AMOUNT_TOO_PRECISE,
            field="amount",
            currency=currency.name,
            smallest=format_units(Decimal(1).scaleb(-currency.minor_units), currency=currency),
        )
    if minor > LARGEST:
        raise DomainError(LedgerError.AMOUNT_TOO_LARGE, field="amount")
    return int(minor)


def to_units(minor: int, *, currency: Currency) -> Decimal:
    return Decimal(minor).scaleb(-currency.minor_units)


def format_units(units: Decimal, *, currency: Currency) -> str:
    text = number_format(units, decimal_pos=currency.minor_units, use_l10n=True)
    return f"{text} {currency.symbol}"


def format_amount(minor: int, *, currency: Currency) -> str:
    """12,50 T in Dutch, 12.50 T in English: the minor units as a person reads them."""
    return format_units(to_units(minor, currency=currency), currency=currency)


def limit_to_minor(limit: Decimal | str | int | None, *, currency: Currency) -> int | None:
    """A balance limit in units (any sign; empty: no limit) to minor units."""
    if limit is None or (isinstance(limit, str) and not limit.strip()):
        return None
    value = parse_decimal(limit)
    minor = value.scaleb(currency.minor_units)
    if minor != minor.to_integral_value():
        raise DomainError(
            LedgerError.AMOUNT_TOO_PRECISE,
            field="limit",
            currency=currency.name,
            smallest=format_units(Decimal(1).scaleb(-currency.minor_units), currency=currency),
        )
    if abs(minor) > LARGEST:
        raise DomainError(LedgerError.AMOUNT_TOO_LARGE, field="limit")
    return int(minor)
