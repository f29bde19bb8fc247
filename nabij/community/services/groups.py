"""Groups (light and tight communities) and events (encounters) with attendance."""

from datetime import datetime

from django.db import transaction

from nabij.community.choices import Bond, CommunityKind, EventKind
from nabij.community.errors import CommunityError
from nabij.community.models import Attendance, Event, Group, GroupMembership, Member, Place
from nabij.community.services.common import now_or, require_in_place, require_role
from nabij.errors import DomainError

TITLE_LIMIT = 120
LOCATION_LIMIT = 140


def _title(value: str, field: str) -> str:
    value = " ".join(value.split())
    if not value:
        raise DomainError(CommunityError.NAME_EMPTY, field=field)
    if len(value) > TITLE_LIMIT:
        raise DomainError(CommunityError.NAME_TOO_LONG, field=field, limit=TITLE_LIMIT)
    return value


def group_create(
    *,
    actor: Member,
    place: Place,
    name: str,
    kind: str,
    bond: str,
    description: str = "",
    now: datetime | None = None,
) -> Group:
    now = now_or(now)
    name = _title(name, "name")
    if kind not in CommunityKind.values:
        raise DomainError(CommunityError.VALUE_EMPTY, field="kind")
    if bond not in Bond.values:
        raise DomainError(CommunityError.VALUE_EMPTY, field="bond")
    with transaction.atomic():
        require_role(actor, place)
        return Group.objects.create(
            place=place,
            name=name,
            kind=kind,
            bond=bond,
            description=description.strip(),
            created_at=now,
        )


def group_member_add(
    *, actor: Member, place: Place, group: Group, member: Member, now: datetime | None = None
) -> GroupMembership:
    now = now_or(now)
    with transaction.atomic():
        require_role(actor, place)
        if group.place_id != place.pk:
            raise DomainError(CommunityError.NOT_YOUR_PLACE)
        require_in_place(member, place)
        if GroupMembership.objects.filter(group=group, member=member).exists():
            raise DomainError(CommunityError.ALREADY_MEMBER, field="member")
        return GroupMembership.objects.create(place=place, group=group, member=member, since=now)


def event_create(
    *,
    actor: Member,
    place: Place,
    title: str,
    kind: str,
    starts_at: datetime,
    ends_at: datetime,
    location: str = "",
    group: Group | None = None,
) -> Event:
    title = _title(title, "title")
    if kind not in EventKind.values:
        raise DomainError(CommunityError.VALUE_EMPTY, field="kind")
    if ends_at <= starts_at:
        raise DomainError(CommunityError.PERIOD_INVALID, field="ends_at")
    location = " ".join(location.split())
    if len(location) > LOCATION_LIMIT:
        raise DomainError(CommunityError.VALUE_TOO_LONG, field="location", limit=LOCATION_LIMIT)
    with transaction.atomic():
        require_role(actor, place)
        if group is not None and group.place_id != place.pk:
            raise DomainError(CommunityError.NOT_YOUR_PLACE, field="group")
        return Event.objects.create(
            place=place,
            title=title,
            kind=kind,
            starts_at=starts_at,
            ends_at=ends_at,
            location=location,
            group=group,
        )


def attendance_record(*, actor: Member, place: Place, event: Event, member: Member) -> Attendance:
    with transaction.atomic():
        require_role(actor, place)
        if event.place_id != place.pk:
            raise DomainError(CommunityError.NOT_YOUR_PLACE)
        require_in_place(member, place)
        if Attendance.objects.filter(event=event, member=member).exists():
            raise DomainError(CommunityError.ALREADY_ATTENDED, field="member")
        return Attendance.objects.create(place=place, event=event, member=member)
