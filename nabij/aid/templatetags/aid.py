"""Filters for the mutual-aid pages: stored choices in words, and how long someone waits."""

from datetime import datetime

from django import template
from django.utils import timezone

from nabij.aid.choices import Channel, HelpType, MatchSource, MatchState, RequestStatus, Urgency
from nabij.aid.matching.explain import explain
from nabij.aid.matching.types import Reason

register = template.Library()

VOCABULARIES = {
    "help": HelpType,
    "urgency": Urgency,
    "channel": Channel,
    "status": RequestStatus,
    "state": MatchState,
    "source": MatchSource,
}


@register.filter
def aid_label(value, vocabulary: str) -> str:
    """The translated label of a stored aid choice: {{ request.help_type|aid_label:"help" }}."""
    choices = VOCABULARIES[vocabulary]
    return str(choices(value).label) if value in choices.values else str(value)


@register.filter
def days_waiting(since: datetime | None) -> int:
    """Whole days since a moment; what a worker reads as "waiting for 12 days"."""
    if since is None:
        return 0
    return max(0, (timezone.now() - since).days)


@register.filter
def reasons_text(stored: list) -> list[str]:
    """A match's stored reasons ({"code", "data"}) in words, as the worker saw them."""
    phrases = []
    for item in stored or ():
        try:
            phrases.extend(explain([Reason(item["code"], dict(item.get("data") or {}))]))
        except (KeyError, TypeError, ValueError):
            continue  # a reason from an older version without words: leave it out
    return phrases
