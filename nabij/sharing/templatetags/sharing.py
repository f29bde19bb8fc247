from django import template
from django.utils.translation import gettext as _

from nabij.ledger.amounts import format_amount
from nabij.money import euros
from nabij.sharing.models import Item

register = template.Library()


register.filter("euros", euros)


@register.filter
def deposit(item: Item) -> str:
    if item.deposit_cents is not None:
        return euros(item.deposit_cents)
    if item.deposit_currency is not None and item.deposit_units is not None:
        return format_amount(item.deposit_units, currency=item.deposit_currency)
    return _("geen")
