"""Euro amounts as people write them ("12", "12,50") and as the fund keeps them (cents)."""

from decimal import Decimal, InvalidOperation

from nabij.errors import DomainError
from nabij.fund.errors import FundError
from nabij.money import euros, euros_plain

__all__ = ["LARGEST_CENTS", "euros", "euros_plain", "to_cents"]

# A neighbourhood fund never comes near this; it keeps sums far within 64 bits.
LARGEST_CENTS = 10**11


def to_cents(
    amount: Decimal | str | int, *, field: str = "amount", zero: FundError | None = None
) -> int:
    """Euros to cents, exactly; refuses zero, negative, fractions of a cent, huge amounts."""
    if isinstance(amount, bool) or not isinstance(amount, Decimal | str | int):
        raise DomainError(FundError.AMOUNT_INVALID, field=field)
    if isinstance(amount, str):
        text = amount.strip().replace(" ", "").removeprefix("€")
        # Dutch writes 12,50; a comma and a dot together would be guesswork.
        if "," in text and "." not in text:
            text = text.replace(",", ".", 1)
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise DomainError(FundError.AMOUNT_INVALID, field=field) from None
    value = Decimal(amount)
    if not value.is_finite():
        raise DomainError(FundError.AMOUNT_INVALID, field=field)
    if value <= 0:
        raise DomainError(zero or FundError.AMOUNT_NOT_POSITIVE, field=field)
    cents = value.scaleb(2)
    if cents != cents.to_integral_value():
        raise DomainError(FundError.AMOUNT_INVALID, field=field)
    if cents > LARGEST_CENTS:
        raise DomainError(FundError.AMOUNT_TOO_LARGE, field=field)
    return int(cents)
