"""Every non-trivial read in the community app."""

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from nabij.community import crypto
from nabij.community.choices import AuditAction, RoleKind, SensitiveKind
from nabij.community.models import (
    AuditEvent,
    Buddy,
    Consent,
    Member,
    Place,
    Role,
    SensitiveAttribute,
    SpokenLanguage,
)
from nabij.community.suppression import Cell, safe_count, suppress


def roles_of(member: Member, place: Place) -> frozenset[str]:
    return frozenset(Role.objects.filter(place=place, member=member).values_list("kind", flat=True))


def places_of(member: Member | None) -> list[tuple[Place, list[str]]]:
    """The places where a member holds a role, with those roles."""
    if member is None:
        return []
    by_place: dict[int, tuple[Place, list[str]]] = {}
    for role in (
        Role.objects.filter(member=member).select_related("place").order_by("place__name", "kind")
    ):
        by_place.setdefault(role.place_id, (role.place, []))[1].append(role.kind)
    return list(by_place.values())


def members_of_place(place: Place) -> QuerySet[Member]:
    """Members with any role in the place (not only those whose home it is)."""
    return Member.objects.filter(
        pk__in=Role.objects.filter(place=place).values("member_id"), erased_at=None
    )


def members_search(
    place: Place,
    *,
    query: str = "",
    language: str = "",
    role: str = "",
    sector: str = "",
    vulnerable: bool | None = None,
) -> QuerySet[Member]:
    members = members_of_place(place)
    if query:
        members = members.filter(
            Q(display_name__icontains=query)
            | Q(skills__icontains=query)
            | Q(sector__icontains=query)
        )
    if language:
        members = members.filter(languages__code=language)
    if role:
        members = members.filter(
            pk__in=Role.objects.filter(place=place, kind=role).values("member_id")
        )
    if sector:
        members = members.filter(sector__iexact=sector)
    if vulnerable is not None:
        members = members.filter(vulnerable=vulnerable)
    return members.prefetch_related("languages", "roles").order_by("display_name", "pk")


def sectors_of_place(place: Place) -> list[str]:
    return list(
        members_of_place(place)
        .exclude(sector="")
        .order_by("sector")
        .values_list("sector", flat=True)
        .distinct()
    )


def member_in_place(place: Place, pk: int) -> Member:
    """The member, if they have a role in this place; 404 otherwise (never another place's)."""
    member = members_of_place(place).filter(pk=pk).select_related("place").first()
    if member is None:
        raise Http404
    return member


@dataclass(frozen=True)
class PrivacyStatus:
    kind: str
    consent: Consent | None
    recorded: bool


def privacy_status(member: Member) -> list[PrivacyStatus]:
    """Which special-category data is consented and recorded: never the values themselves."""
    active = {c.purpose: c for c in Consent.objects.filter(member=member, withdrawn_at=None)}
    recorded = set(SensitiveAttribute.objects.filter(member=member).values_list("kind", flat=True))
    return [
        PrivacyStatus(kind=kind, consent=active.get(kind), recorded=kind in recorded)
        for kind in SensitiveKind.values
    ]


def member_page(*, viewer, place: Place, pk: int) -> Member:
    """A staff member opens someone's page: the read is logged."""
    member = member_in_place(place, pk)
    AuditEvent.objects.create(
        place=place, actor=viewer, member=member, action=AuditAction.VIEW, at=timezone.now()
    )
    return member


def buddies_of(volunteer: Member, place: Place) -> QuerySet[Member]:
    return Member.objects.filter(
        pk__in=Buddy.objects.filter(place=place, volunteer=volunteer).values("member_id"),
        erased_at=None,
    ).prefetch_related("languages")


def contact_card(volunteer: Member, place: Place, pk: int) -> Member:
    """What a volunteer may open: only members they were paired with by a worker."""
    member = buddies_of(volunteer, place).filter(pk=pk).first()
    if member is None:
        raise Http404
    return member


def volunteers_of_place(place: Place) -> QuerySet[Member]:
    return members_of_place(place).filter(
        pk__in=Role.objects.filter(place=place, kind=RoleKind.VOLUNTEER).values("member_id")
    )


@dataclass(frozen=True)
class PlaceFigures:
    members: int
    by_role: dict[str, int]
    vulnerable: int
    without_contact: int
    groups: int
    upcoming_events: int


def place_figures(place: Place) -> PlaceFigures:
    """Counts for the worker's dashboard (staff see exact counts of their own place)."""
    members = members_of_place(place)
    by_role = dict(
        Role.objects.filter(place=place, member__erased_at=None)
        .values_list("kind")
        .annotate(n=Count("id"))
        .values_list("kind", "n")
    )
    return PlaceFigures(
        members=members.count(),
        by_role={kind: by_role.get(kind, 0) for kind in RoleKind.values},
        vulnerable=members.filter(vulnerable=True).count(),
        without_contact=members.filter(contact_channel__in=["none", "via_worker"]).count(),
        groups=place.groups.count(),
        upcoming_events=place.events.filter(starts_at__gte=timezone.now()).count(),
    )


@dataclass(frozen=True)
class Aggregates:
    """What an analyst sees: only counts, each about at least five people."""

    members: int | None
    vulnerable: int | None
    by_role: list[Cell]
    by_language: list[Cell]
    by_sector: list[Cell]
    by_age_band: list[Cell]
    special: dict[str, list[Cell]]


def tally_spellings(values: Iterable[str]) -> Counter:
    """Count free-text values regardless of case, each under its most common spelling."""
    spellings: dict[str, Counter] = defaultdict(Counter)
    for value in values:
        value = " ".join(value.split())
        spellings[value.casefold()][value] += 1
    return Counter({forms.most_common(1)[0][0]: forms.total() for forms in spellings.values()})


def place_aggregates(place: Place) -> Aggregates:
    members = members_of_place(place)
    by_role = Counter(
        dict(
            Role.objects.filter(place=place, member__erased_at=None)
            .values_list("kind")
            .annotate(n=Count("id"))
            .values_list("kind", "n")
        )
    )
    by_language = Counter(
        dict(
            SpokenLanguage.objects.filter(member__in=members)
            .values_list("code")
            .annotate(n=Count("id"))
            .values_list("code", "n")
        )
    )
    by_sector = Counter(
        dict(
            members.exclude(sector="")
            .values_list("sector")
            .annotate(n=Count("id"))
            .values_list("sector", "n")
        )
    )
    by_age = Counter(
        dict(
            members.exclude(age_band="")
            .values_list("age_band")
            .annotate(n=Count("id"))
            .values_list("age_band", "n")
        )
    )
    special: dict[str, list[Cell]] = {}
    for kind in SensitiveKind.values:
        values = tally_spellings(
            crypto.decrypt(ciphertext)
            for ciphertext in SensitiveAttribute.objects.filter(
                member__in=members, kind=kind
            ).values_list("ciphertext", flat=True)
        )
        special[kind] = suppress(values)
    return Aggregates(
        members=safe_count(members.count()),
        vulnerable=safe_count(members.filter(vulnerable=True).count()),
        by_role=suppress(by_role),
        by_language=suppress(by_language),
        by_sector=suppress(by_sector),
        by_age_band=suppress(by_age),
        special=special,
    )


def audit_trail(place: Place, *, limit: int = 200) -> QuerySet[AuditEvent]:
    return AuditEvent.objects.filter(place=place).select_related("actor", "member")[:limit]
