"""Who may open the repair pages: one line per URL name (see expect.py).

Staff and volunteers run a session (the door, the fixers' tables); staff and the analyst
read the full totals; the public summary is open to everyone and shows no names."""

from django.utils import timezone

from nabij.repair.models import RepairItem
from tests.conftest import Cast

from .conftest import Life
from .expect import EVERYONE, STAFF, Expect

RECORDERS = STAFF | {"volunteer"}


def _session(cast: Cast, life: Life) -> int:
    return life.event.pk


def _toaster(cast: Cast, life: Life) -> int:
    """A toaster brought to Rabot's repair café (written straight in: the session is
    still to come, and the service only records on the day)."""
    item = RepairItem.objects.create(
        place=cast.rabot,
        event=life.event,
        category="electrical",
        description="Broodrooster",
        weight_grams=1500,
        recorded_at=timezone.now(),
    )
    return item.pk


ROWS: dict[str, Expect] = {
    "repair:session_list": Expect(RECORDERS),
    "repair:session_detail": Expect(RECORDERS, pk=_session),
    "repair:item_outcome": Expect(RECORDERS, pk=_toaster),
    "repair:totals": Expect(STAFF | {"analyst"}),
    "repair:public_summary": Expect(EVERYONE),
}
