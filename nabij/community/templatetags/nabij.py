from datetime import timedelta

from django import template
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from nabij.community.availability import DAYS_IN_WEEK, PARTS_OF_DAY, slot
from nabij.community.choices import (
    DAY_PARTS,
    DAYS,
    AgeBand,
    AuditAction,
    Bond,
    CommunityKind,
    ContactChannel,
    EventKind,
    RoleKind,
    SensitiveKind,
)
from nabij.community.languages import language_name as _language_name
from nabij.community.models import Member
from nabij.community.suppression import MIN_CELL, OTHER

register = template.Library()

# Names of the fields an audit event mentions, as a person reads them.
EXTRA_FIELD_LABELS = {
    "languages": _("talen"),
    "roles": _("rollen"),
    "buddy": _("buddy"),
    "help_request": _("hulpvraag"),
    **dict(SensitiveKind.choices),
}

LABELS = {
    "role": RoleKind,
    "channel": ContactChannel,
    "age": AgeBand,
    "sensitive": SensitiveKind,
    "community": CommunityKind,
    "bond": Bond,
    "event": EventKind,
    "audit": AuditAction,
}


@register.filter
def label(value: str, vocabulary: str) -> str:
    """The translated label of a stored choice: {{ role.kind|label:"role" }}."""
    choices = LABELS[vocabulary]
    return str(choices(value).label) if value in choices.values else value


@register.filter
def language_name(code: str) -> str:
    return _language_name(code, translation.get_language() or settings.LANGUAGE_CODE)


@register.filter
def cell_label(value: str, vocabulary: str = "") -> str:
    if value == OTHER:
        return translation.gettext("andere (samen)")
    if vocabulary == "language":
        return language_name(value)
    return label(value, vocabulary) if vocabulary else value


@register.simple_tag
def fewer_than() -> str:
    return f"< {MIN_CELL}"


@register.simple_tag
def availability_rows(mask: int) -> list[dict]:
    return [
        {
            "day": DAYS[day],
            "parts": [bool(mask & slot(day, part)) for part in range(PARTS_OF_DAY)],
        }
        for day in range(DAYS_IN_WEEK)
    ]


@register.simple_tag
def day_parts() -> tuple:
    return DAY_PARTS


@register.filter
def field_labels(names: list[str]) -> str:
    def field_label(name: str) -> str:
        if name in EXTRA_FIELD_LABELS:
            return str(EXTRA_FIELD_LABELS[name])
        try:
            return str(Member._meta.get_field(name).verbose_name)
        except FieldDoesNotExist:
            return name

    return ", ".join(field_label(name) for name in names)


@register.filter
def timeuntil_minutes(delta: timedelta) -> str:
    minutes = max(1, round(delta.total_seconds() / 60))
    return ngettext("%(count)d minuut", "%(count)d minuten", minutes) % {"count": minutes}
