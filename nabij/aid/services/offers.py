"""Offers of help: anyone can be a helper, also someone who asks for help themselves.

Each offer carries a helper card (see nabij.aid.models.offers.Offer): copies of the
member's languages, street, availability and presence in the place, and of the offer's
help types. Every write of what a card copies refreshes it in the same transaction:
offer_save here, and member changes through nabij.community.hooks.
"""

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime

from django.db import connection, transaction
from django.db.models import QuerySet

from nabij.aid.choices import HelpType
from nabij.aid.errors import AidError
from nabij.aid.models import Offer, OfferHelpType
from nabij.aid.models.offers import MAX_CAPACITY, MAX_RADIUS_M, help_mask, language_card
from nabij.community.choices import STAFF_ROLES, RoleKind
from nabij.community.errors import CommunityError
from nabij.community.models import Member, Place, Role, SpokenLanguage
from nabij.community.services.common import lock_members
from nabij.errors import DomainError

from .common import lock_rows, now_or, require_here, require_in_place, require_staff

# Who may keep their own offer up to date, besides staff who may do it for anyone.
SELF_SERVICE_ROLES = frozenset({RoleKind.VOLUNTEER, RoleKind.RESIDENT})


# The member's details a helper card copies: a change to any of them refreshes the card.
CARD_MEMBER_FIELDS = frozenset({"languages", "sector", "availability", "roles", "erased_at"})
CARD_FIELDS = ("help_mask", "card_languages", "card_sector", "card_slots", "card_listed")


@dataclass(frozen=True)
class _MemberPart:
    """What a card copies from a member, the same for each of their offers."""

    languages: str
    sector: str
    slots: int
    places: frozenset[int]  # where they hold a role; none once erased


def _member_parts(members: QuerySet[Member]) -> dict[int, _MemberPart]:
    """The card's member part of each of these members, in three queries whatever their
    number (the members go in as a subquery, never as a list of ids)."""
    codes: dict[int, list[str]] = defaultdict(list)
    for member, code in SpokenLanguage.objects.filter(member__in=members).values_list(
        "member_id", "code"
    ):
        codes[member].append(code)
    places: dict[int, set[int]] = defaultdict(set)
    for member, place in Role.objects.filter(member__in=members).values_list(
        "member_id", "place_id"
    ):
        places[member].add(place)
    return {
        pk: _MemberPart(
            languages=language_card(codes[pk]),
            sector=sector,
            slots=availability,
            places=frozenset(places[pk]) if erased_at is None else frozenset(),
        )
        for pk, sector, availability, erased_at in members.values_list(
            "pk", "sector", "availability", "erased_at"
        )
    }


def _card(part: _MemberPart, *, place_id: int, help_types: Iterable[str]) -> dict[str, object]:
    return {
        "help_mask": help_mask(help_types),
        "card_languages": part.languages,
        "card_sector": part.sector,
        "card_slots": part.slots,
        "card_listed": place_id in part.places,
    }


def offer_cards_refresh(offers: QuerySet[Offer]) -> int:
    """Work these offers' cards out again from what they copy and write the ones that
    differ; how many did. Refreshes the cards of a member who changed, and fills those of
    offers written in bulk (the demo, benchmarks) instead of through offer_save. Run it
    inside the transaction of the change, or with nothing else writing."""
    with transaction.atomic():
        return _cards_refresh(offers)


def _cards_refresh(offers: QuerySet[Offer]) -> int:
    stored = {
        row[0]: row[1:]
        for row in offers.values_list("pk", "place_id", "member_id", *CARD_FIELDS).order_by()
    }
    if not stored:
        return 0
    types: dict[int, list[str]] = defaultdict(list)
    for offer, help_type in OfferHelpType.objects.filter(offer__in=offers.values("pk")).values_list(
        "offer_id", "help_type"
    ):
        types[offer].append(help_type)
    parts = _member_parts(Member.objects.filter(pk__in=offers.values("member_id")))
    changed = []
    for pk, (place_id, member_id, *card) in stored.items():
        fresh = _card(parts[member_id], place_id=place_id, help_types=types[pk])
        if list(fresh.values()) != card:
            changed.append((*fresh.values(), pk))
    _write_cards(changed)
    return len(changed)


def _write_cards(rows: list[tuple]) -> None:
    """One UPDATE per card (CARD_FIELDS values, then the pk), sent as one batch:
    bulk_update's CASE per row takes minutes for the 50,000 offers of a benchmark."""
    if not rows:
        return
    quote = connection.ops.quote_name
    meta = Offer._meta
    columns = ", ".join(f"{quote(meta.get_field(name).column)} = %s" for name in CARD_FIELDS)
    sql = f"UPDATE {quote(meta.db_table)} SET {columns} WHERE {quote(meta.pk.column)} = %s"
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


def member_cards_refresh(member: Member, fields: Collection[str] | None) -> None:
    """Called through nabij.community.hooks when a member changed (`fields` is None when
    anything may have: an erasure)."""
    if fields is None or CARD_MEMBER_FIELDS & set(fields):
        offer_cards_refresh(Offer.objects.filter(member_id=member.pk))


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def offer_save(
    *,
    actor: Member,
    place: Place,
    member: Member,
    help_types: Iterable[str],
    radius_m: int = 1000,
    capacity: int = 1,
    active: bool = True,
    now: datetime | None = None,
) -> Offer:
    """Create or update a member's offer. Staff do it for anyone; volunteers and residents
    for themselves. Capacity cannot drop below the people they are helping right now."""
    now = now_or(now)
    types = list(dict.fromkeys(help_types))
    if not types:
        raise DomainError(AidError.HELP_TYPES_EMPTY, field="help_types")
    if any(help_type not in HelpType.values for help_type in types):
        raise DomainError(AidError.HELP_TYPE_UNKNOWN, field="help_types")
    if not _whole(radius_m) or not 1 <= radius_m <= MAX_RADIUS_M:
        raise DomainError(AidError.RADIUS_INVALID, field="radius_m", limit=MAX_RADIUS_M)
    if not _whole(capacity) or not 1 <= capacity <= MAX_CAPACITY:
        raise DomainError(AidError.CAPACITY_INVALID, field="capacity", limit=MAX_CAPACITY)
    with transaction.atomic():
        roles = set(Role.objects.filter(place=place, member=actor).values_list("kind", flat=True))
        if actor.is_erased or not roles & (STAFF_ROLES | SELF_SERVICE_ROLES):
            raise DomainError(CommunityError.NOT_YOUR_PLACE)
        if not roles & STAFF_ROLES and actor.pk != member.pk:
            raise DomainError(AidError.ONLY_YOUR_OWN_OFFER)
        require_in_place(member, place)
        # Locked before the offer, as member_update does, so a change of their languages
        # or street cannot slip between reading them for the card and writing it.
        member = lock_members([member.pk])[member.pk]
        offer_id = (
            Offer.objects.filter(place=place, member=member).values_list("pk", flat=True).first()
        )
        if offer_id is None:
            offer = Offer(place=place, member=member, created_at=now)
        else:
            offer = lock_rows(offers=[offer_id]).offers[offer_id]
            if capacity < offer.open_matches:
                raise DomainError(
                    AidError.CAPACITY_BELOW_OPEN, field="capacity", open=offer.open_matches
                )
        offer.radius_m = radius_m
        offer.capacity = capacity
        offer.active = active
        offer.updated_at = now
        part = _member_parts(Member.objects.filter(pk=member.pk))[member.pk]
        for field, value in _card(part, place_id=place.pk, help_types=types).items():
            setattr(offer, field, value)
        offer.save()
        current = set(OfferHelpType.objects.filter(offer=offer).values_list("help_type", flat=True))
        OfferHelpType.objects.filter(offer=offer).exclude(help_type__in=types).delete()
        OfferHelpType.objects.bulk_create(
            OfferHelpType(place=place, offer=offer, help_type=help_type)
            for help_type in types
            if help_type not in current
        )
    return offer


def offer_vet(
    *, actor: Member, place: Place, offer: Offer, vetted: bool, now: datetime | None = None
) -> Offer:
    """A worker records that a helper was screened (or no longer is) for home visits.
    Matches already running are left to the worker's judgement."""
    now = now_or(now)
    with transaction.atomic():
        require_staff(actor, place)
        require_here(offer, place)
        offer = lock_rows(offers=[offer.pk]).offers[offer.pk]
        offer.vetted = vetted
        offer.vetted_by = actor if vetted else None
        offer.vetted_at = now if vetted else None
        offer.updated_at = now
        offer.save(update_fields=["vetted", "vetted_by", "vetted_at", "updated_at"])
    return offer
