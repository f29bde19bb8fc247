from django.http import Http404, HttpRequest

from nabij.community.choices import STAFF_ROLES
from nabij.sharing.models import Item
from nabij.sharing.selectors import item_of_place


def is_staff(request: HttpRequest) -> bool:
    return bool(request.roles & STAFF_ROLES)


def item_or_404(request: HttpRequest, pk: int, *, staff_sees_retired: bool = True) -> Item:
    item = item_of_place(request.place, pk)
    if item is None or (not item.active and not (staff_sees_retired and is_staff(request))):
        raise Http404
    return item
