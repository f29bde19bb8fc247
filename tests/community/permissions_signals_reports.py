"""Who may open the signal report pages: one line per URL name (see expect.py).

Staff compose, send and follow signals up; the analyst reads them (the list, a signal,
the report and its PDFs); nobody else sees signals, volunteers included."""

from django.utils import timezone

from nabij.signals.models import Signal, SignalSending
from tests.conftest import Cast

from .conftest import Life
from .expect import STAFF, Expect

READERS = STAFF | {"analyst"}


def _housing_signal(cast: Cast, life: Life) -> int:
    """Sara's signal about housing in Rabot, sent once to the city council."""
    signal = Signal.objects.filter(place=cast.rabot).first()
    if signal is None:
        now = timezone.now()
        signal = Signal.objects.create(
            place=cast.rabot,
            title="Betaalbaar wonen in Rabot",
            issue="Gezinnen betalen te veel huur.",
            created_by=cast.worker,
            created_at=now,
            updated_at=now,
        )
        SignalSending.objects.create(
            place=cast.rabot,
            signal=signal,
            recipient="Gemeenteraad",
            sent_on=timezone.localdate(now),
            pdf=b"%PDF-1.7 as sent",
            recorded_by=cast.worker,
            recorded_at=now,
        )
    return signal.pk


def _sending(cast: Cast, life: Life) -> int:
    return SignalSending.objects.get(signal_id=_housing_signal(cast, life)).pk


def _nothing(cast: Cast, life: Life) -> dict:
    return {}


ROWS: dict[str, Expect] = {
    "signals:home": Expect(READERS),
    "signals:signal_list": Expect(READERS),
    "signals:signal_new": Expect(STAFF),
    "signals:signal_detail": Expect(READERS, pk=_housing_signal),
    "signals:signal_report": Expect(READERS, pk=_housing_signal),
    "signals:signal_pdf": Expect(READERS, pk=_housing_signal),
    "signals:signal_send": Expect(STAFF, pk=_housing_signal),
    "signals:signal_reply": Expect(STAFF, pk=_housing_signal),
    "signals:signal_close": Expect(STAFF, pk=_housing_signal),
    # Closing first is not needed: the page says it is not closed and goes back.
    "signals:signal_reopen": Expect(STAFF, pk=_housing_signal, post=_nothing),
    "signals:sending_pdf": Expect(READERS, pk=_sending),
}
