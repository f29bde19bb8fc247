"""The fund in a template: euro amounts and stored choices in words."""

from django import template

from nabij.fund.amounts import euros as format_euros
from nabij.fund.choices import (
    Category,
    DonationChannel,
    HouseholdPeriod,
    Outcome,
    PayoutKind,
    ProposalState,
    ReasonCode,
)

register = template.Library()

VOCABULARIES = {
    "category": Category,
    "channel": DonationChannel,
    "period": HouseholdPeriod,
    "outcome": Outcome,
    "payout": PayoutKind,
    "proposal": ProposalState,
    "reason": ReasonCode,
}


@register.filter
def euros(cents: int | None) -> str:
    """{{ donation.amount_cents|euros }} -> € 12,50"""
    return format_euros(cents)


@register.filter
def fund_label(value: str, vocabulary: str) -> str:
    """A stored fund choice in words: {{ criterion.category|fund_label:"category" }}."""
    choices = VOCABULARIES[vocabulary]
    return str(choices(value).label) if value in choices.values else str(value)
