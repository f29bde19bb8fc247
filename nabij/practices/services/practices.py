"""Writing the practice bank: practices with their contacts, links and attachments, and
importing many at once. Staff of the place that records a practice write; every value is
checked before anything is stored, so a refusal changes nothing."""

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.db import transaction

from nabij.community.choices import Bond, CommunityKind, Domain
from nabij.community.models import Member, Place
from nabij.community.services.common import now_or, require_role
from nabij.errors import DomainError
from nabij.practices import exchange
from nabij.practices.attachment_kinds import attachment_kind
from nabij.practices.choices import Level, Mandate, Solidarity, Visibility
from nabij.practices.errors import PracticeError
from nabij.practices.models import Practice, PracticeAttachment, PracticeContact, PracticeLink
from nabij.practices.models.practices import BONDS_OF_KIND

NAME_LIMIT = 200
DESCRIPTION_LIMIT = 20_000
ORGANISATION_LIMIT = 200
ORGANISATIONS_LIMIT = 50
CONTACT_NAME_LIMIT = 120
CONTACT_ROLE_LIMIT = 120
PHONE_LIMIT = 40
URL_LIMIT = 500
LINK_TITLE_LIMIT = 200
FILENAME_LIMIT = 200
ATTACHMENTS_PER_PRACTICE = 20

MANDATE_FIELDS = {
    Mandate.RIGHTS: "mandate_rights",
    Mandate.INFORMAL: "mandate_informal",
    Mandate.POLITICISE: "mandate_politicise",
}


# --- checks shared by the form and the import ------------------------------------------


def _text(value: str, *, field: str, limit: int, required: bool = True) -> str:
    value = (value or "").strip()
    if required and not value:
        raise DomainError(PracticeError.TEXT_EMPTY, field=field)
    if len(value) > limit:
        raise DomainError(PracticeError.TEXT_TOO_LONG, field=field)
    return value


def _choice(value: str, allowed: Collection[str], *, field: str, blank: bool = False) -> str:
    if blank and value == "":
        return value
    if value not in allowed:
        raise DomainError(PracticeError.CHOICE_UNKNOWN, field=field)
    return value


def _organisations(value: str | Iterable[str]) -> str:
    """One organisation per line, each once, in the order given."""
    lines = value.splitlines() if isinstance(value, str) else list(value)
    seen: dict[str, None] = {}
    for line in lines:
        name = line.strip()
        if name:
            seen.setdefault(name, None)
    if len(seen) > ORGANISATIONS_LIMIT or any(len(name) > ORGANISATION_LIMIT for name in seen):
        raise DomainError(PracticeError.TEXT_TOO_LONG, field="organisations")
    return "\n".join(seen)


@dataclass(frozen=True)
class Facets:
    """The checked values of a practice, ready to store."""

    fields: dict
    other_places: list[Place]


class FacetsRefused(DomainError):
    """The first wrong facet, as any refusal; `errors` holds every one (for an import)."""

    def __init__(self, errors: list[DomainError]) -> None:
        first = errors[0]
        super().__init__(first.code, field=first.field, **first.params)
        self.errors = errors


def practice_facets(
    *,
    place: Place,
    name: str,
    domain: str,
    description: str,
    level: str,
    solidarity: str,
    community_kind: str,
    bond: str = "",
    organisations: str | Iterable[str] = "",
    mandates: Collection[str] = (),
    visibility: str = Visibility.INTERNAL,
    other_places: Iterable[Place] = (),
) -> Facets:
    """Check every facet of a practice; FacetsRefused names each wrong one."""
    errors: list[DomainError] = []

    def check(key: str, test, *args, **kwargs) -> None:
        try:
            fields[key] = test(*args, **kwargs)
        except DomainError as error:
            errors.append(error)

    fields: dict = {}
    check("name", _text, name, field="name", limit=NAME_LIMIT)
    check("domain", _choice, domain, Domain.values, field="domain")
    check("description", _text, description, field="description", limit=DESCRIPTION_LIMIT)
    check("organisations", _organisations, organisations)
    check("level", _choice, level, Level.values, field="level")
    check("solidarity", _choice, solidarity, Solidarity.values, field="solidarity")
    check("community_kind", _choice, community_kind, CommunityKind.values, field="community_kind")
    check("bond", _choice, bond or "", Bond.values, field="bond", blank=True)
    check("visibility", _choice, visibility, Visibility.values, field="visibility")
    kind, chosen = fields.get("community_kind"), fields.get("bond")
    if kind and chosen and chosen not in BONDS_OF_KIND[kind]:
        errors.append(DomainError(PracticeError.BOND_MISFIT, field="bond"))
    if any(mandate not in Mandate.values for mandate in mandates):
        errors.append(DomainError(PracticeError.CHOICE_UNKNOWN, field="mandates"))
    if errors:
        raise FacetsRefused(errors)
    for mandate, field in MANDATE_FIELDS.items():
        fields[field] = mandate in mandates
    others = {other.pk: other for other in other_places if other.pk != place.pk}
    return Facets(fields=fields, other_places=list(others.values()))


def _contact_fields(*, name: str, role: str, email: str, phone: str, public: bool) -> dict:
    email = (email or "").strip()
    if email:
        try:
            validate_email(email)
        except ValidationError:
            raise DomainError(PracticeError.EMAIL_INVALID, field="email") from None
    return {
        "name": _text(name, field="name", limit=CONTACT_NAME_LIMIT),
        "role": _text(role, field="role", limit=CONTACT_ROLE_LIMIT, required=False),
        "email": email,
        "phone": _text(phone, field="phone", limit=PHONE_LIMIT, required=False),
        "public": bool(public),
    }


_WEB_ADDRESS = URLValidator(schemes=["http", "https"])


def _link_fields(*, url: str, title: str) -> dict:
    url = _text(url, field="url", limit=URL_LIMIT)
    try:
        _WEB_ADDRESS(url)
    except ValidationError:
        raise DomainError(PracticeError.LINK_INVALID, field="url") from None
    return {
        "url": url,
        "title": _text(title, field="title", limit=LINK_TITLE_LIMIT, required=False),
    }


# --- a practice ------------------------------------------------------------------------


def practice_create(
    *,
    actor: Member,
    place: Place,
    name: str,
    domain: str,
    description: str,
    level: str,
    solidarity: str,
    community_kind: str,
    bond: str = "",
    organisations: str | Iterable[str] = "",
    mandates: Collection[str] = (),
    visibility: str = Visibility.INTERNAL,
    other_places: Iterable[Place] = (),
    now: datetime | None = None,
) -> Practice:
    now = now_or(now)
    with transaction.atomic():
        require_role(actor, place)
        facets = practice_facets(
            place=place,
            name=name,
            domain=domain,
            description=description,
            level=level,
            solidarity=solidarity,
            community_kind=community_kind,
            bond=bond,
            organisations=organisations,
            mandates=mandates,
            visibility=visibility,
            other_places=other_places,
        )
        practice = Practice.objects.create(
            place=place, created_by=actor, created_at=now, updated_at=now, **facets.fields
        )
        practice.other_places.set(facets.other_places)
    return practice


def practice_update(
    *,
    actor: Member,
    practice: Practice,
    name: str,
    domain: str,
    description: str,
    level: str,
    solidarity: str,
    community_kind: str,
    bond: str = "",
    organisations: str | Iterable[str] = "",
    mandates: Collection[str] = (),
    visibility: str = Visibility.INTERNAL,
    other_places: Iterable[Place] = (),
    now: datetime | None = None,
) -> Practice:
    now = now_or(now)
    with transaction.atomic():
        require_role(actor, practice.place)
        facets = practice_facets(
            place=practice.place,
            name=name,
            domain=domain,
            description=description,
            level=level,
            solidarity=solidarity,
            community_kind=community_kind,
            bond=bond,
            organisations=organisations,
            mandates=mandates,
            visibility=visibility,
            other_places=other_places,
        )
        locked = Practice.objects.select_for_update().get(pk=practice.pk)
        for key, value in facets.fields.items():
            setattr(locked, key, value)
        locked.updated_at = now
        locked.save()
        locked.other_places.set(facets.other_places)
    return locked


def _touch(practice: Practice, now: datetime) -> None:
    Practice.objects.filter(pk=practice.pk).update(updated_at=now)


# --- contacts, links, attachments -------------------------------------------------------


def practice_contact_add(
    *,
    actor: Member,
    practice: Practice,
    name: str,
    role: str = "",
    email: str = "",
    phone: str = "",
    public: bool = False,
    now: datetime | None = None,
) -> PracticeContact:
    with transaction.atomic():
        require_role(actor, practice.place)
        fields = _contact_fields(name=name, role=role, email=email, phone=phone, public=public)
        contact = PracticeContact.objects.create(practice=practice, **fields)
        _touch(practice, now_or(now))
    return contact


def practice_contact_remove(*, actor: Member, contact: PracticeContact) -> None:
    with transaction.atomic():
        require_role(actor, contact.practice.place)
        contact.delete()


def practice_link_add(
    *, actor: Member, practice: Practice, url: str, title: str = "", now: datetime | None = None
) -> PracticeLink:
    with transaction.atomic():
        require_role(actor, practice.place)
        link = PracticeLink.objects.create(practice=practice, **_link_fields(url=url, title=title))
        _touch(practice, now_or(now))
    return link


def practice_link_remove(*, actor: Member, link: PracticeLink) -> None:
    with transaction.atomic():
        require_role(actor, link.practice.place)
        link.delete()


def _filename(filename: str) -> str:
    """The name without any folder, short enough to store, keeping its extension."""
    name = filename.replace("\\", "/").rsplit("/", 1)[-1].strip()
    if len(name) > FILENAME_LIMIT:
        stem, dot, extension = name.rpartition(".")
        name = f"{stem[: FILENAME_LIMIT - len(extension) - 1]}{dot}{extension}"
    return name


def practice_attachment_add(
    *,
    actor: Member,
    practice: Practice,
    data: bytes,
    filename: str,
    public: bool = False,
    now: datetime | None = None,
) -> PracticeAttachment:
    """A file checked by its content (see attachment_kinds). `public` offers it in the
    open catalogue, which shows it only while the practice itself is public."""
    now = now_or(now)
    with transaction.atomic():
        require_role(actor, practice.place)
        kind = attachment_kind(data, filename)
        name = _filename(filename)
        if not name:
            raise DomainError(PracticeError.TEXT_EMPTY, field="file")
        Practice.objects.select_for_update().filter(pk=practice.pk).first()
        if PracticeAttachment.objects.filter(practice=practice).count() >= ATTACHMENTS_PER_PRACTICE:
            raise DomainError(
                PracticeError.ATTACHMENT_TOO_MANY, field="file", limit=ATTACHMENTS_PER_PRACTICE
            )
        attachment = PracticeAttachment.objects.create(
            practice=practice,
            filename=name,
            content_type=kind.content_type,
            size=len(data),
            data=data,
            public=bool(public),
            uploaded_by=actor,
            uploaded_at=now,
        )
        _touch(practice, now)
    return attachment


def practice_attachment_remove(*, actor: Member, attachment: PracticeAttachment) -> None:
    with transaction.atomic():
        require_role(actor, attachment.practice.place)
        attachment.delete()


# --- import -----------------------------------------------------------------------------


class ImportRefused(DomainError):
    """Not one practice was imported; `problems` says what is wrong, row by row."""

    def __init__(self, problems: list[exchange.RowProblem]) -> None:
        super().__init__(PracticeError.IMPORT_ROWS_INVALID, field="file")
        self.problems = problems


@dataclass(frozen=True)
class _Checked:
    facets: Facets
    contacts: list[dict]
    links: list[dict]


def _check_record(
    record: exchange.PracticeRecord, *, place: Place, places: dict[str, Place], row: int
) -> tuple[_Checked | None, list[exchange.RowProblem]]:
    problems: list[exchange.RowProblem] = []

    def refused(error: DomainError, field: str) -> None:
        problems.append(exchange.RowProblem(row, field, error.message))

    # The place that recorded it becomes one of the places where it runs.
    slugs = [slug for slug in (record.place, *record.other_places) if slug]
    for slug in slugs:
        if slug not in places:
            field = "place" if slug == record.place else "other_places"
            refused(DomainError(PracticeError.PLACE_UNKNOWN, name=slug), field)
    facets = None
    try:
        facets = practice_facets(
            place=place,
            name=record.name,
            domain=record.domain,
            description=record.description,
            level=record.level,
            solidarity=record.solidarity,
            community_kind=record.community_kind,
            bond=record.bond,
            organisations=record.organisations,
            mandates=record.mandates,
            visibility=record.visibility or Visibility.INTERNAL,
            other_places=[places[slug] for slug in slugs if slug in places],
        )
    except FacetsRefused as wrong:
        for error in wrong.errors:
            refused(error, error.field or "")
    contacts, links = [], []
    for contact in record.contacts:
        try:
            contacts.append(
                _contact_fields(
                    name=contact.name,
                    role=contact.role,
                    email=contact.email,
                    phone=contact.phone,
                    public=contact.public,
                )
            )
        except DomainError as error:
            refused(error, "contacts")
    for link in record.links:
        try:
            links.append(_link_fields(url=link.url, title=link.title))
        except DomainError as error:
            refused(error, "links")
    if problems or facets is None:
        return None, problems
    return _Checked(facets, contacts, links), problems


def practice_import(
    *, actor: Member, place: Place, data: bytes, filename: str, now: datetime | None = None
) -> list[Practice]:
    """Import every practice of a JSON or CSV export into this place, or none: each row is
    checked first, and one wrong row refuses the whole file (ImportRefused names them)."""
    now = now_or(now)
    with transaction.atomic():
        require_role(actor, place)
        rows = exchange.read(data, filename)
        wanted = {
            slug
            for row in rows
            if row.record is not None
            for slug in (row.record.place, *row.record.other_places)
        }
        places = {known.slug: known for known in Place.objects.filter(slug__in=wanted)}
        problems: list[exchange.RowProblem] = []
        checked: list[_Checked] = []
        for row in rows:
            problems.extend(row.problems)
            if row.record is None:
                continue
            result, row_problems = _check_record(
                row.record, place=place, places=places, row=row.row
            )
            problems.extend(row_problems)
            if result is not None:
                checked.append(result)
        if problems:
            raise ImportRefused(problems)
        return _store(checked, actor=actor, place=place, now=now)


def _store(checked: Sequence[_Checked], *, actor: Member, place: Place, now: datetime):
    practices = Practice.objects.bulk_create(
        Practice(
            place=place, created_by=actor, created_at=now, updated_at=now, **item.facets.fields
        )
        for item in checked
    )
    through = Practice.other_places.through
    through.objects.bulk_create(
        through(practice_id=practice.pk, place_id=other.pk)
        for practice, item in zip(practices, checked, strict=True)
        for other in item.facets.other_places
    )
    PracticeContact.objects.bulk_create(
        PracticeContact(practice=practice, **fields)
        for practice, item in zip(practices, checked, strict=True)
        for fields in item.contacts
    )
    PracticeLink.objects.bulk_create(
        PracticeLink(practice=practice, **fields)
        for practice, item in zip(practices, checked, strict=True)
        for fields in item.links
    )
    return practices
