"""What every sharing service needs: who may act on an item, its row lock, clean text."""

from django.db.models import Q

from nabij.community.choices import STAFF_ROLES
from nabij.community.errors import CommunityError
from nabij.community.models import Member, Place, Role
from nabij.community.services.common import is_staff, now_or, require_in_place, require_role
from nabij.errors import DomainError
from nabij.sharing.errors import SharingError
from nabij.sharing.models import Item

__all__ = [
    "clean_text",
    "is_staff",
    "lock_item",
    "now_or",
    "require_in_place",
    "require_item_keeper",
    "require_role",
    "require_self_or_staff",
]


def require_self_or_staff(actor: Member, place: Place, member: Member) -> None:
    """The person themself (a member of the place) or a worker of the place acting for them."""
    if actor.pk == member.pk:
        require_in_place(actor, place)
        return
    if not is_staff(actor, place):
        if Role.objects.filter(place=place, member=actor).exists():
            raise DomainError(SharingError.NOT_YOURS)
        raise DomainError(CommunityError.NOT_YOUR_PLACE)


def require_item_keeper(actor: Member, place: Place, item: Item) -> None:
    """Who hands an item out and takes it back: staff, or the member who owns it."""
    if item.place_id != place.pk:
        raise DomainError(SharingError.OTHER_PLACE)
    if item.owner_member_id is not None and item.owner_member_id == actor.pk:
        require_in_place(actor, place)
        return
    require_role(actor, place, STAFF_ROLES)


def lock_item(item: Item) -> Item:
    """The item's row, locked (PostgreSQL; SQLite's write lock already serialises)."""
    return Item.objects.select_for_update().get(Q(pk=item.pk))


def clean_text(value: str, *, limit: int, field: str) -> str:
    value = (value or "").strip()
    if len(value) > limit:
        raise DomainError(SharingError.TEXT_TOO_LONG, field=field, limit=limit)
    return value
