"""Euro amounts kept as integer cents, shown the way a person reads them."""

from decimal import Decimal

from django.utils.formats import number_format


def euros(cents: int | None) -> str:
    """1250 -> "€ 12,50", 125000 -> "€ 1.250,00" (in the active language's format)."""
    if cents is None:
        return ""
    amount = number_format(
        Decimal(cents).scaleb(-2), decimal_pos=2, use_l10n=True, force_grouping=True
    )
    return f"€ {amount}"


def euros_plain(cents: int | None) -> str:
    """Cents as an amount to edit in a form field: 125000 -> "1250,00" (no grouping, so
    that reading it back gives the same amount)."""
    if cents is None:
        return ""
    return number_format(Decimal(cents).scaleb(-2), decimal_pos=2, use_l10n=True)
