from decimal import Decimal

from django import template
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from nabij.ledger.amounts import format_amount
from nabij.sharing.models import Item

register = template.Library()


@register.filter
def euros(cents: int | None) -> str:
    """€ 12,50 in Dutch: integer cents as a person reads them."""
    if cents is None:
        return ""
    return f"€ {number_format(Decimal(cents) / 100, decimal_pos=2, use_l10n=True)}"


@register.filter
def deposit(item: Item) -> str:
    if item.deposit_cents is not None:
        return euros(item.deposit_cents)
    if item.deposit_currency is not None and item.deposit_units is not None:
        return format_amount(item.deposit_units, currency=item.deposit_currency)
    return _("geen")
