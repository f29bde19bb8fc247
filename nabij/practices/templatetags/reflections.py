"""`{% reflection_panel practice %}`: the latest reflection on a practice's page (its
chart of now against desired), a link to every version and to a new one.

Shown only to those who read reflections (staff and the analyst of the place); for
anyone else the tag renders nothing."""

from django import template
from django.utils.safestring import mark_safe

from nabij.community.choices import STAFF_ROLES
from nabij.practices import charts
from nabij.practices.models import Practice
from nabij.practices.roles import READERS
from nabij.practices.selectors.reflections import reflection_latest, reflection_page

register = template.Library()


@register.inclusion_tag("practices/reflections/_panel.html", takes_context=True)
def reflection_panel(context: template.Context, practice: Practice) -> dict:
    roles = set(context.get("roles") or ())
    if not roles & READERS:
        return {"hidden": True}
    latest = reflection_latest(practice)
    page = reflection_page(practice, latest.version) if latest is not None else None
    return {
        "place": practice.place,
        "practice": practice,
        "page": page,
        "dumbbell": (
            mark_safe(charts.fields_dumbbell(page.snapshot, ident="panel-fields")) if page else ""
        ),
        "is_staff": bool(roles & STAFF_ROLES),
    }
