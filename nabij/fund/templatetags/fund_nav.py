"""What the place menu needs to know about the fund."""

from django import template

from nabij.fund.models import Fund
from nabij.fund.selectors import fund_of, seat_is_open

register = template.Library()


@register.simple_tag
def place_fund(place) -> Fund | None:
    # Pages outside a place's views hand in "" for the place.
    return fund_of(place) if getattr(place, "pk", None) else None


@register.simple_tag
def sits_on_committee(member, fund) -> bool:
    """Whether someone holds an open seat on the fund's committee."""
    return bool(getattr(member, "pk", None)) and fund is not None and seat_is_open(member, fund)
