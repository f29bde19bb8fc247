"""Reading the practice bank: search with filters for a place's bank and for the open
catalogue, one practice with what it shows, and the records an export writes."""

from dataclasses import dataclass

from django.db.models import Prefetch, Q, QuerySet

from nabij.community.models import Place
from nabij.practices.choices import Mandate, Visibility
from nabij.practices.exchange import ContactRecord, LinkRecord, PracticeRecord
from nabij.practices.models import Practice, PracticeAttachment, PracticeContact
from nabij.practices.search import practices_matching
from nabij.practices.services.practices import MANDATE_FIELDS

# An attachment's bytes are read only when it is downloaded.
ATTACHMENT_LISTED = ("id", "practice_id", "filename", "content_type", "size", "public")


@dataclass(frozen=True)
class PracticeFilters:
    """What a list is narrowed to; an empty value does not narrow."""

    domain: str = ""
    level: str = ""
    solidarity: str = ""
    community_kind: str = ""
    bond: str = ""
    mandate: str = ""
    runs_in: Place | None = None  # recorded by, or also running in, this place
    organisation: str = ""  # part of the name of an organisation involved
    visibility: str = ""


def _filtered(practices: QuerySet, filters: PracticeFilters) -> QuerySet:
    for key in ("domain", "level", "solidarity", "community_kind", "bond", "visibility"):
        value = getattr(filters, key)
        if value:
            practices = practices.filter(**{key: value})
    if filters.mandate in MANDATE_FIELDS:
        practices = practices.filter(**{MANDATE_FIELDS[Mandate(filters.mandate)]: True})
    if filters.organisation.strip():
        practices = practices.filter(organisations__icontains=filters.organisation.strip())
    if filters.runs_in is not None:
        runs_in = filters.runs_in
        also = Practice.other_places.through.objects.filter(place=runs_in).values("practice_id")
        practices = practices.filter(Q(place=runs_in) | Q(pk__in=also))
    return practices


def practices_search(
    *, place: Place | None, query: str = "", filters: PracticeFilters | None = None
) -> QuerySet[Practice]:
    """The practices of a place's bank (every one it recorded, internal ones too), or with
    place=None those of the open catalogue (public practices of every place); narrowed by
    the filters and, if there is a query, by full-text search, best match first."""
    if place is None:
        practices = Practice.objects.filter(visibility=Visibility.PUBLIC)
    else:
        practices = Practice.objects.filter(place=place)
    practices = _filtered(practices, filters or PracticeFilters())
    if query.strip():
        practices = practices_matching(practices, query)
    else:
        practices = practices.order_by("name", "pk")
    return practices.select_related("place").prefetch_related("other_places")


def practice_of_place(place: Place, pk: int) -> Practice | None:
    """A practice of a place's bank with everything its page shows."""
    return (
        Practice.objects.filter(place=place, pk=pk)
        .select_related("place", "created_by")
        .prefetch_related(
            "other_places",
            "contacts",
            "links",
            Prefetch("attachments", PracticeAttachment.objects.only(*ATTACHMENT_LISTED)),
        )
        .first()
    )


def practice_public(pk: int) -> Practice | None:
    """A public practice as the open catalogue shows it: only public contacts and public
    attachments."""
    return (
        Practice.objects.filter(visibility=Visibility.PUBLIC, pk=pk)
        .select_related("place")
        .prefetch_related(
            "other_places",
            "links",
            Prefetch("contacts", PracticeContact.objects.filter(public=True)),
            Prefetch(
                "attachments",
                PracticeAttachment.objects.filter(public=True).only(*ATTACHMENT_LISTED),
            ),
        )
        .first()
    )


def attachment_of_place(place: Place, pk: int) -> PracticeAttachment | None:
    return PracticeAttachment.objects.filter(practice__place=place, pk=pk).first()


def attachment_public(pk: int) -> PracticeAttachment | None:
    return PracticeAttachment.objects.filter(
        pk=pk, public=True, practice__visibility=Visibility.PUBLIC
    ).first()


def practice_records(practices: QuerySet[Practice], *, public_only: bool) -> list[PracticeRecord]:
    """Records for an export, in the order of the list. `public_only`: the open
    catalogue's, without the contacts that are not to be shown there."""
    contacts = PracticeContact.objects.filter(public=True) if public_only else None
    rows = practices.select_related("place").prefetch_related(
        "other_places", "links", Prefetch("contacts", contacts)
    )
    return [
        PracticeRecord(
            name=practice.name,
            place=practice.place.slug,
            other_places=tuple(sorted(other.slug for other in practice.other_places.all())),
            domain=practice.domain,
            description=practice.description,
            organisations=tuple(practice.organisations.splitlines()),
            level=practice.level,
            solidarity=practice.solidarity,
            community_kind=practice.community_kind,
            bond=practice.bond,
            mandates=tuple(
                mandate for mandate, field in MANDATE_FIELDS.items() if getattr(practice, field)
            ),
            visibility=practice.visibility,
            contacts=tuple(
                ContactRecord(
                    name=contact.name,
                    role=contact.role,
                    email=contact.email,
                    phone=contact.phone,
                    public=contact.public,
                )
                for contact in practice.contacts.all()
            ),
            links=tuple(
                LinkRecord(url=link.url, title=link.title) for link in practice.links.all()
            ),
        )
        for practice in rows
    ]
