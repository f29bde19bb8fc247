"""Who may open the sharing pages: one line per URL name (see expect.py).

Members of the place use the library (the catalogue, an item's calendar, booking, the
waiting list, photos, their own loans, "Mijn spullen"); workers run the desk (new items,
what is overdue). Editing an item, its photos, handing it out, taking it back and
retiring it are for staff and for the member who owns it: Jef owns the drill."""

from datetime import timedelta
from io import BytesIO

from django.utils import timezone
from PIL import Image

from nabij.sharing import services
from nabij.sharing.choices import Category, Condition
from nabij.sharing.models import Item
from tests.conftest import Cast

from .conftest import Life
from .expect import MEMBERS_OF_RABOT, STAFF, Expect

# The drill's keepers: staff, and Jef, who owns it.
KEEPERS = STAFF | {"resident"}


def _drill(cast: Cast, life: Life) -> Item:
    """Jef's drill, in Rabot's library."""
    item = Item.objects.filter(place=cast.rabot).first()
    if item is not None:
        return item
    return services.item_register(
        actor=cast.worker,
        place=cast.rabot,
        owner_member=cast.neighbour,
        name="Boormachine",
        category=Category.TOOLS,
        condition=Condition.GOOD,
    )


def _drill_pk(cast: Cast, life: Life) -> int:
    return _drill(cast, life).pk


def _drill_photo(cast: Cast, life: Life) -> int:
    out = BytesIO()
    Image.new("RGB", (8, 8), (0, 90, 200)).save(out, "PNG")
    return services.photo_add(
        actor=cast.worker, place=cast.rabot, item=_drill(cast, life), upload=out.getvalue()
    ).pk


def _jefs_booking(cast: Cast, life: Life) -> int:
    start = timezone.now() + timedelta(days=2)
    return services.reservation_book(
        actor=cast.neighbour,
        place=cast.rabot,
        item=_drill(cast, life),
        member=cast.neighbour,
        starts_at=start,
        ends_at=start + timedelta(days=1),
    ).pk


def _jefs_place_in_line(cast: Cast, life: Life) -> int:
    """Youssef booked the drill; Jef waits for it."""
    start = timezone.now() + timedelta(days=5)
    services.reservation_book(
        actor=cast.volunteer,
        place=cast.rabot,
        item=_drill(cast, life),
        member=cast.volunteer,
        starts_at=start,
        ends_at=start + timedelta(days=1),
    )
    return services.waiting_join(
        actor=cast.neighbour, place=cast.rabot, item=_drill(cast, life), member=cast.neighbour
    ).pk


def _nothing(cast: Cast, life: Life) -> dict:
    return {}


ROWS: dict[str, Expect] = {
    "sharing:catalogue": Expect(MEMBERS_OF_RABOT),
    "sharing:mine": Expect(MEMBERS_OF_RABOT),
    "sharing:my_items": Expect(MEMBERS_OF_RABOT),
    "sharing:item": Expect(MEMBERS_OF_RABOT, pk=_drill_pk),
    "sharing:reserve": Expect(MEMBERS_OF_RABOT, pk=_drill_pk, post=_nothing),
    "sharing:wait": Expect(MEMBERS_OF_RABOT, pk=_drill_pk, post=_nothing),
    # Anyone else pressing it is told it is not theirs (a message, nothing changed).
    "sharing:wait_leave": Expect(MEMBERS_OF_RABOT, pk=_jefs_place_in_line, post=_nothing),
    "sharing:photo": Expect(MEMBERS_OF_RABOT, pk=_drill_photo),
    "sharing:cancel": Expect(MEMBERS_OF_RABOT, pk=_jefs_booking, post=_nothing),
    "sharing:item_new": Expect(STAFF),
    "sharing:item_edit": Expect(KEEPERS, pk=_drill_pk),
    "sharing:photo_add": Expect(KEEPERS, pk=_drill_pk),
    "sharing:retire": Expect(KEEPERS, pk=_drill_pk, post=_nothing),
    "sharing:check_out": Expect(KEEPERS, pk=_drill_pk),
    "sharing:take_back": Expect(KEEPERS, pk=_drill_pk),
    "sharing:desk": Expect(STAFF),
    "sharing:overdue": Expect(STAFF),
}
