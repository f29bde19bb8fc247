"""Who may open the unmet needs and testimony pages: one line per URL name (see
expect.py). Staff note needs and handle testimonies; the analyst reads the needs tables;
nobody else sees either."""

from django.utils import timezone

from nabij.signals.choices import ConsentHow, NeedType
from nabij.signals.models import Testimony, UnmetNeed
from nabij.signals.services.needs import unmet_need_record
from nabij.signals.services.testimonies import testimony_record
from tests.conftest import Cast

from .conftest import Life
from .expect import STAFF, Expect

READERS = STAFF | {"analyst"}


def _noted_need(cast: Cast, life: Life) -> int:
    """A family without heating, noted by Sara today."""
    found = UnmetNeed.objects.filter(place=cast.rabot).first()
    if found is None:
        found = unmet_need_record(
            actor=cast.worker,
            place=cast.rabot,
            need_type=NeedType.ENERGY,
            noted_on=timezone.localdate(),
            people=4,
        )
    return found.pk


def _koens_testimony(cast: Cast, life: Life) -> int:
    """A quote Koen recorded, waiting for a colleague to read it."""
    found = Testimony.objects.filter(place=cast.rabot).first()
    if found is None:
        found = testimony_record(
            actor=cast.admin,
            place=cast.rabot,
            text="Voor een woning is er niemand.",
            language="nl",
            consent_how=ConsentHow.SPOKEN,
            consent_on=timezone.localdate(),
        )
    return found.pk


def _nothing(cast: Cast, life: Life) -> dict:
    return {}


ROWS: dict[str, Expect] = {
    "signals:needs": Expect(READERS),
    "signals:need_new": Expect(STAFF),
    "signals:need_remove": Expect(STAFF, pk=_noted_need, post=_nothing),
    "signals:testimonies": Expect(STAFF),
    "signals:testimony_new": Expect(STAFF),
    "signals:testimony_review": Expect(STAFF, pk=_koens_testimony),
    "signals:testimony_withdraw": Expect(STAFF, pk=_koens_testimony, post=_nothing),
}
