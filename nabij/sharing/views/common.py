from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest

from nabij.community.choices import STAFF_ROLES
from nabij.sharing.models import Item
from nabij.sharing.selectors import item_of_place


def is_staff(request: HttpRequest) -> bool:
    return bool(request.roles & STAFF_ROLES)


def is_owner(request: HttpRequest, item: Item) -> bool:
    return item.owner_member_id is not None and item.owner_member_id == request.actor.pk


def is_keeper(request: HttpRequest, item: Item) -> bool:
    """Who hands the item out, takes it back and edits it: staff, or the member who owns it
    (the services check the same)."""
    return is_staff(request) or is_owner(request, item)


def item_or_404(request: HttpRequest, pk: int, *, staff_sees_retired: bool = True) -> Item:
    """An item of this place; a retired one only for its keepers."""
    item = item_of_place(request.place, pk)
    if item is None or (not item.active and not (staff_sees_retired and is_keeper(request, item))):
        raise Http404
    return item


def kept_item_or_403(request: HttpRequest, pk: int, *, retired: bool = True) -> Item:
    """An item the viewer keeps; anyone else in the place is refused (403)."""
    item = item_of_place(request.place, pk)
    if item is None:
        raise Http404
    if not is_keeper(request, item):
        raise PermissionDenied
    if not item.active and not retired:
        raise Http404
    return item
