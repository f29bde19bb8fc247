"""Every write of the repair café: an item brought in at the door, and how it went."""

from datetime import datetime

from django.db import transaction
from django.utils import timezone

from nabij.community.choices import AuditAction, EventKind, RoleKind
from nabij.community.models import Event, Member, Place, Role
from nabij.community.services.common import audit_record, now_or, require_role
from nabij.errors import DomainError
from nabij.repair.choices import RECORDED_OUTCOMES, ItemCategory
from nabij.repair.errors import RepairError
from nabij.repair.models import DESCRIPTION_LIMIT, MAX_WEIGHT_GRAMS, NOTE_LIMIT, RepairItem

# Who records at the door and at the tables: the staff, and the volunteers who run it.
RECORDER_ROLES = frozenset({RoleKind.WORKER, RoleKind.ADMIN, RoleKind.VOLUNTEER})


def _in_place(member: Member, place: Place) -> bool:
    return not member.is_erased and Role.objects.filter(place=place, member=member).exists()


def _note(note: str) -> str:
    note = note.strip()
    if len(note) > NOTE_LIMIT:
        raise DomainError(RepairError.NOTE_TOO_LONG, field="note", limit=NOTE_LIMIT)
    return note


def item_record(
    *,
    actor: Member,
    place: Place,
    event: Event,
    category: str,
    description: str,
    weight_grams: int,
    owner: Member | None = None,
    note: str = "",
    now: datetime | None = None,
) -> RepairItem:
    """Write down one thing brought in. Without `owner`, nothing about the person is kept."""
    now = now_or(now)
    description = " ".join(description.split())
    if category not in ItemCategory.values:
        raise DomainError(RepairError.CATEGORY_UNKNOWN, field="category")
    if not description:
        raise DomainError(RepairError.DESCRIPTION_EMPTY, field="description")
    if len(description) > DESCRIPTION_LIMIT:
        raise DomainError(
            RepairError.DESCRIPTION_TOO_LONG, field="description", limit=DESCRIPTION_LIMIT
        )
    if weight_grams <= 0:
        raise DomainError(RepairError.WEIGHT_NOT_POSITIVE, field="weight_grams")
    if weight_grams > MAX_WEIGHT_GRAMS:
        raise DomainError(
            RepairError.WEIGHT_TOO_LARGE, field="weight_grams", limit=MAX_WEIGHT_GRAMS // 1000
        )
    note = _note(note)
    with transaction.atomic():
        require_role(actor, place, RECORDER_ROLES)
        if event.place_id != place.pk:
            raise DomainError(RepairError.EVENT_OTHER_PLACE)
        if event.kind != EventKind.REPAIR_CAFE:
            raise DomainError(RepairError.NOT_A_REPAIR_CAFE)
        # Items are written down on the day, or afterwards from a paper list; never ahead.
        if timezone.localdate(event.starts_at) > timezone.localdate(now):
            raise DomainError(RepairError.SESSION_NOT_STARTED)
        if owner is not None and not _in_place(owner, place):
            raise DomainError(RepairError.OWNER_NOT_HERE, field="owner")
        item = RepairItem.objects.create(
            place=place,
            event=event,
            category=category,
            description=description,
            weight_grams=weight_grams,
            owner=owner,
            note=note,
            recorded_by=actor,
            recorded_at=now,
        )
        if owner is not None:
            audit_record(
                actor=actor,
                place=place,
                member=owner,
                action=AuditAction.CREATE,
                fields=["repair_item"],
                now=now,
            )
        return item


def item_outcome_record(
    *,
    actor: Member,
    place: Place,
    item: RepairItem,
    outcome: str,
    fixer: Member,
    note: str | None = None,
    now: datetime | None = None,
) -> RepairItem:
    """How it went, and who fixed it. Recording again corrects the earlier outcome."""
    now = now_or(now)
    if outcome not in RECORDED_OUTCOMES:
        raise DomainError(RepairError.OUTCOME_UNKNOWN, field="outcome")
    if note is not None:
        note = _note(note)
    with transaction.atomic():
        require_role(actor, place, RECORDER_ROLES)
        if item.place_id != place.pk:
            raise DomainError(RepairError.ITEM_OTHER_PLACE)
        if not _in_place(fixer, place):
            raise DomainError(RepairError.FIXER_NOT_HERE, field="fixer")
        locked = RepairItem.objects.select_for_update().get(pk=item.pk)
        locked.outcome = outcome
        locked.fixer = fixer
        locked.outcome_at = now
        fields = ["outcome", "fixer", "outcome_at"]
        if note is not None:
            locked.note = note
            fields.append("note")
        locked.save(update_fields=fields)
        return locked
