from django.http import HttpRequest
from django.shortcuts import get_object_or_404

from nabij.community.choices import STAFF_ROLES, RoleKind
from nabij.community.models import Event

# Who runs a session: staff and volunteers record items and outcomes.
RECORDERS = (RoleKind.WORKER, RoleKind.ADMIN, RoleKind.VOLUNTEER)
# Who reads the totals with every figure: staff, and the analyst who reads aggregates.
READERS = (*STAFF_ROLES, RoleKind.ANALYST)


def event_of_place(request: HttpRequest, pk: int) -> Event:
    """Any event of this place: a session page of another kind says why it records nothing."""
    return get_object_or_404(Event, place=request.place, pk=pk)
