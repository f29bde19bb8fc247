"""Who may open the practices pages of the documents part: one line per URL name (see expect.py).

Policy documents and their coding are for the place's staff and its analyst (a
researcher); nobody else sees them, volunteers included."""

from django.utils import timezone

from nabij.practices.models import Document, Passage
from tests.conftest import Cast

from .conftest import Life
from .expect import STAFF, Expect

READERS = STAFF | {"analyst"}


def _policy_note(cast: Cast, life: Life) -> int:
    """Rabot's policy note, uploaded by Sara, one passage coded as encounter."""
    document = Document.objects.filter(place=cast.rabot).first()
    if document is None:
        now = timezone.now()
        document = Document.objects.create(
            place=cast.rabot,
            title="Beleidsnota samenleven",
            kind="text",
            filename="beleidsnota.txt",
            size=120,
            sha256="0" * 64,
            uploaded_by=cast.worker,
            uploaded_at=now,
        )
        Passage.objects.create(
            document=document,
            place=cast.rabot,
            position=1,
            text="Het buurthuis is een plek waar buren elkaar ontmoeten.",
            source="encounter",
            scores={"source": {"encounter": 0.8}, "tension_field": {}},
            triggers={"encounter": ["ontmoeten"]},
            coded_with="test",
            coded_at=now,
        )
    return document.pk


def _nothing(cast: Cast, life: Life) -> dict:
    return {}


ROWS: dict[str, Expect] = {
    "practices:document_list": Expect(READERS),
    "practices:document": Expect(READERS, pk=_policy_note),
    "practices:document_recode": Expect(READERS, pk=_policy_note, post=_nothing),
}
