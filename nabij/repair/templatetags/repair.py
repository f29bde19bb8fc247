from decimal import Decimal

from django import template
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from nabij.community.suppression import OTHER
from nabij.repair.choices import ItemCategory, Outcome

register = template.Library()


@register.filter
def kilograms(grams: int | None) -> str:
    """Grams as kilograms with one decimal, the way the reader writes numbers: 12,5 kg."""
    if grams is None:
        return ""
    value = number_format(Decimal(grams) / 1000, decimal_pos=1, use_l10n=True)
    return _("%(value)s kg") % {"value": value}


@register.filter
def category_label(value: str) -> str:
    if value == OTHER:
        return _("andere (samen)")
    return str(ItemCategory(value).label) if value in ItemCategory.values else value


@register.filter
def outcome_label(value: str) -> str:
    return str(Outcome(value).label) if value in Outcome.values else value
