"""Who may open the reflection pages: one line per URL name (see expect.py).

Staff write reflections; the analyst (a researcher) reads every one of the place; nobody
else sees them, whether the practice is public or internal."""

from django.utils import timezone

from nabij.community.choices import CommunityKind, Domain
from nabij.practices.choices import Level, Solidarity, Source, TensionField, Visibility
from nabij.practices.models import Practice
from nabij.practices.services.reflections import reflection_record
from tests.conftest import Cast

from .conftest import Life
from .expect import STAFF, Expect

READERS = STAFF | {"analyst"}


def _reflected(cast: Cast, life: Life) -> int:
    """A public practice of Rabot with one reflection (version 1)."""
    found = Practice.objects.filter(place=cast.rabot, name="Buurtsoep Rabot").first()
    if found is not None:
        return found.pk
    now = timezone.now()
    practice = Practice.objects.create(
        place=cast.rabot,
        name="Buurtsoep Rabot",
        domain=Domain.LIVING,
        description="Buren koken samen soep.",
        level=Level.MESO,
        solidarity=Solidarity.DIRECT,
        community_kind=CommunityKind.LIGHT,
        visibility=Visibility.PUBLIC,
        created_by=cast.worker,
        created_at=now,
        updated_at=now,
    )
    reflection_record(
        actor=cast.worker,
        practice=practice,
        held_on=timezone.localdate(),
        team="Sara",
        strengths={source: (1, "") for source in Source.values},
        positions={field: (0, 1, "") for field in TensionField.values},
    )
    return practice.pk


def _version_one(cast: Cast, life: Life) -> dict:
    return {"version": 1}


ROWS: dict[str, Expect] = {
    "practices:reflection_list": Expect(READERS, pk=_reflected),
    "practices:reflection_new": Expect(STAFF, pk=_reflected),
    "practices:reflection_detail": Expect(READERS, pk=_reflected, kwargs=_version_one),
    "practices:reflection_pdf": Expect(READERS, pk=_reflected, kwargs=_version_one),
}
