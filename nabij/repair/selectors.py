"""Reads of the repair café: its sessions, their items, and the grouped counts for totals."""

from datetime import date, datetime, time, timedelta

from django.db.models import Count, Q, QuerySet, Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone

from nabij.community.choices import EventKind, RoleKind
from nabij.community.models import Event, Member, Place, Role
from nabij.repair.choices import Outcome
from nabij.repair.models import RepairItem
from nabij.repair.totals import Group, Totals, totals_from

FIXER_ROLES = (RoleKind.VOLUNTEER, RoleKind.WORKER, RoleKind.ADMIN)


def sessions_of_place(place: Place) -> QuerySet[Event]:
    """Repair café sessions with how many items came in and how many were repaired."""
    return Event.objects.filter(place=place, kind=EventKind.REPAIR_CAFE).annotate(
        items=Count("repair_items"),
        repaired=Count("repair_items", filter=Q(repair_items__outcome=Outcome.REPAIRED)),
        grams_kept=Sum(
            "repair_items__weight_grams", filter=Q(repair_items__outcome=Outcome.REPAIRED)
        ),
    )


def sessions_in_period(place: Place, *, start: date, end: date) -> QuerySet[Event]:
    bounds = {key.removeprefix("event__"): value for key, value in _bounds(start, end).items()}
    return sessions_of_place(place).filter(**bounds).order_by("-starts_at", "-pk")


def sessions_split(place: Place, *, now: datetime) -> tuple[list[Event], QuerySet[Event]]:
    """Upcoming sessions (soonest first) and the past ones (latest first)."""
    sessions = sessions_of_place(place)
    upcoming = list(sessions.filter(ends_at__gt=now).order_by("starts_at", "pk"))
    past = sessions.filter(ends_at__lte=now).order_by("-starts_at", "-pk")
    return upcoming, past


def items_of_session(event: Event) -> QuerySet[RepairItem]:
    return (
        RepairItem.objects.filter(event=event)
        .select_related("owner", "fixer")
        .order_by("recorded_at", "pk")
    )


def fixers_of_place(place: Place) -> QuerySet[Member]:
    """Who can be named as the fixer: the place's volunteers and staff."""
    return Member.objects.filter(
        pk__in=Role.objects.filter(place=place, kind__in=FIXER_ROLES).values("member_id"),
        erased_at=None,
    ).order_by("display_name", "pk")


def _bounds(start: date, end: date) -> dict:
    """Sessions that start from `start` up to and including `end`, local days."""
    return {
        "event__starts_at__gte": timezone.make_aware(datetime.combine(start, time.min)),
        "event__starts_at__lt": timezone.make_aware(
            datetime.combine(end + timedelta(days=1), time.min)
        ),
    }


def repair_totals(
    place: Place,
    *,
    event: Event | None = None,
    start: date | None = None,
    end: date | None = None,
    monthly: bool = False,
) -> Totals:
    """Items, repaired share and kilograms kept, for one session or a period of sessions."""
    items = RepairItem.objects.filter(place=place)
    if event is not None:
        items = items.filter(event=event)
    if start is not None and end is not None:
        items = items.filter(**_bounds(start, end))
    keys = ["category", "outcome"]
    if monthly:
        items = items.annotate(month=TruncMonth("event__starts_at"))
        keys.append("month")
    rows = items.values(*keys).annotate(n=Count("pk"), grams=Sum("weight_grams")).order_by(*keys)
    return totals_from(
        Group(
            category=row["category"],
            outcome=row["outcome"],
            items=row["n"],
            grams=row["grams"] or 0,
            month=_as_date(row["month"]) if monthly else None,
        )
        for row in rows
    )


def _as_date(value) -> date:
    return value.date() if isinstance(value, datetime) else value
