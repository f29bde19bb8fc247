"""Reads of testimonies: the place's names to take out of a quote, the testimonies by
status, and the ones that may be used."""

from dataclasses import dataclass

from django.db.models import Q, QuerySet

from nabij.community.models import Member, Place
from nabij.signals.choices import TestimonyStatus
from nabij.signals.models import Testimony
from nabij.signals.redaction import NameIndex, name_index


def place_names(place: Place) -> list[str]:
    """The names of everyone in the place (registered here or holding a role here): what
    a quote from this place must not contain."""
    return list(
        Member.objects.filter(Q(place=place) | Q(roles__place=place), erased_at__isnull=True)
        .values_list("display_name", flat=True)
        .distinct()
    )


def place_name_index(place: Place) -> NameIndex:
    return name_index(place_names(place))


def testimonies_usable(place: Place) -> QuerySet[Testimony]:
    """Testimonies a second staff member approved and whose consent still stands: the
    only ones a signal report may quote."""
    return Testimony.objects.filter(place=place, status=TestimonyStatus.APPROVED)


# The order of the sections on the list page.
SECTIONS = (
    TestimonyStatus.DRAFT,
    TestimonyStatus.APPROVED,
    TestimonyStatus.REJECTED,
    TestimonyStatus.WITHDRAWN,
)


@dataclass(frozen=True)
class Section:
    status: str
    label: str
    testimonies: list[Testimony]


def testimonies_by_status(place: Place) -> list[Section]:
    """Every testimony of the place, grouped by where it stands, newest first."""
    rows = list(Testimony.objects.filter(place=place).select_related("recorded_by", "reviewed_by"))
    labels = dict(TestimonyStatus.choices)
    return [
        Section(status, labels[status], [t for t in rows if t.status == status])
        for status in SECTIONS
    ]
