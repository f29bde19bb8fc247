"""Who may open the pages of a place's practice bank (see expect.py): staff write, the
analyst reads everything of the place, internal practices too; nobody else comes in."""

from django.core.files.uploadedfile import SimpleUploadedFile

from nabij.practices.models import Practice, PracticeAttachment, PracticeContact, PracticeLink
from nabij.practices.services import practices as services
from tests.conftest import Cast

from .conftest import Life
from .expect import STAFF, Expect

READERS = STAFF | {"analyst"}


def _repair_cafe(cast: Cast, life: Life) -> Practice:
    """Rabot's repair café as an internal practice, with a contact, a link and a flyer."""
    found = Practice.objects.filter(place=cast.rabot, name="Repair café Rabot").first()
    if found is not None:
        return found
    practice = services.practice_create(
        actor=cast.worker,
        place=cast.rabot,
        name="Repair café Rabot",
        domain="living",
        description="Elke maand herstellen buren samen fietsen en lampen.",
        level="micro",
        solidarity="direct",
        community_kind="light",
        bond="meeting_place",
        mandates=["informal"],
    )
    services.practice_contact_add(actor=cast.worker, practice=practice, name="Sara")
    services.practice_link_add(actor=cast.worker, practice=practice, url="https://example.org/")
    services.practice_attachment_add(
        actor=cast.worker, practice=practice, data=b"Kom langs!", filename="flyer.txt"
    )
    return practice


def _practice(cast: Cast, life: Life) -> int:
    return _repair_cafe(cast, life).pk


def _contact(cast: Cast, life: Life) -> int:
    return PracticeContact.objects.get(practice=_repair_cafe(cast, life)).pk


def _link(cast: Cast, life: Life) -> int:
    return PracticeLink.objects.get(practice=_repair_cafe(cast, life)).pk


def _attachment(cast: Cast, life: Life) -> int:
    return PracticeAttachment.objects.get(practice=_repair_cafe(cast, life)).pk


def _a_contact(cast: Cast, life: Life) -> dict:
    return {"name": "Koen", "role": "coördinator"}


def _a_link(cast: Cast, life: Life) -> dict:
    return {"url": "https://example.org/repair"}


def _a_file(cast: Cast, life: Life) -> dict:
    return {"file": SimpleUploadedFile("uitnodiging.txt", b"Iedereen welkom.")}


def _nothing(cast: Cast, life: Life) -> dict:
    return {}


ROWS: dict[str, Expect] = {
    "practices:practice_list": Expect(READERS),
    "practices:practice_new": Expect(STAFF),
    "practices:practice_import": Expect(STAFF),
    "practices:practice_export_json": Expect(READERS, pk=_practice),
    "practices:practice_export_csv": Expect(READERS, pk=_practice),
    "practices:practice_detail": Expect(READERS, pk=_practice),
    "practices:practice_edit": Expect(STAFF, pk=_practice),
    "practices:practice_contact_add": Expect(STAFF, pk=_practice, post=_a_contact),
    "practices:practice_link_add": Expect(STAFF, pk=_practice, post=_a_link),
    "practices:practice_attachment_add": Expect(STAFF, pk=_practice, post=_a_file),
    "practices:practice_contact_remove": Expect(STAFF, pk=_contact, post=_nothing),
    "practices:practice_link_remove": Expect(STAFF, pk=_link, post=_nothing),
    "practices:practice_attachment": Expect(READERS, pk=_attachment),
    "practices:practice_attachment_remove": Expect(STAFF, pk=_attachment, post=_nothing),
}
