"""What every community service needs: who may act where, row locks, the audit trail."""

from collections.abc import Collection, Iterable
from datetime import datetime

from django.utils import timezone

from nabij.community.choices import STAFF_ROLES, AuditAction, RoleKind
from nabij.community.errors import CommunityError
from nabij.community.models import AuditEvent, Member, Place, Role
from nabij.errors import DomainError


def now_or(now: datetime | None) -> datetime:
    return now if now is not None else timezone.now()


def require_role(actor: Member, place: Place, allowed: Collection[RoleKind] = STAFF_ROLES) -> None:
    """Refuse unless the actor holds one of the allowed roles in this very place."""
    if (
        actor.is_erased
        or not Role.objects.filter(place=place, member=actor, kind__in=list(allowed)).exists()
    ):
        raise DomainError(CommunityError.NOT_YOUR_PLACE)


def is_staff(actor: Member | None, place: Place) -> bool:
    """Whether someone is a worker or admin of this very place (and not erased)."""
    return (
        actor is not None
        and not actor.is_erased
        and Role.objects.filter(place=place, member=actor, kind__in=list(STAFF_ROLES)).exists()
    )


def require_in_place(member: Member, place: Place) -> None:
    if not Role.objects.filter(place=place, member=member).exists():
        raise DomainError(CommunityError.NOT_IN_PLACE)
    if member.is_erased:
        raise DomainError(CommunityError.ERASED)


def lock_members(ids: Iterable[int]) -> dict[int, Member]:
    """Lock member rows in primary-key order, so two services never wait on each other."""
    rows = Member.objects.select_for_update().filter(pk__in=set(ids)).order_by("pk")
    return {member.pk: member for member in rows}


def audit_record(
    *,
    actor: Member | None,
    place: Place,
    member: Member | None,
    action: AuditAction,
    fields: Iterable[str] = (),
    now: datetime,
) -> None:
    AuditEvent.objects.create(
        place=place,
        actor=actor.user if actor is not None else None,
        member=member,
        action=action,
        fields=sorted(fields),
        at=now,
    )
