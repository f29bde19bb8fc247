"""Who may open the open catalogue of practices (see expect.py): anyone, logged in or not,
from this place or another. It shows public practices only."""

from nabij.practices.models import Practice, PracticeAttachment
from nabij.practices.services import practices as services
from tests.conftest import Cast

from .conftest import Life
from .expect import EVERYONE, Expect


def _public_repair_cafe(cast: Cast, life: Life) -> Practice:
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
        visibility="public",
    )
    services.practice_attachment_add(
        actor=cast.worker, practice=practice, data=b"Kom langs!", filename="flyer.txt", public=True
    )
    return practice


def _practice(cast: Cast, life: Life) -> int:
    return _public_repair_cafe(cast, life).pk


def _attachment(cast: Cast, life: Life) -> int:
    return PracticeAttachment.objects.get(practice=_public_repair_cafe(cast, life)).pk


ROWS: dict[str, Expect] = {
    "catalogue:list": Expect(EVERYONE, pk=_practice),
    "catalogue:export_json": Expect(EVERYONE, pk=_practice),
    "catalogue:export_csv": Expect(EVERYONE, pk=_practice),
    "catalogue:detail": Expect(EVERYONE, pk=_practice),
    "catalogue:attachment": Expect(EVERYONE, pk=_attachment),
}
