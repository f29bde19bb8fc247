"""Offers of help: anyone can be a helper, also someone who asks for help themselves."""

from collections.abc import Iterable
from datetime import datetime

from django.db import transaction

from nabij.aid.choices import HelpType
from nabij.aid.errors import AidError
from nabij.aid.models import Offer, OfferHelpType
from nabij.aid.models.offers import MAX_CAPACITY, MAX_RADIUS_M
from nabij.community.choices import STAFF_ROLES, RoleKind
from nabij.community.errors import CommunityError
from nabij.community.models import Member, Place, Role
from nabij.errors import DomainError

from .common import lock_rows, now_or, require_here, require_in_place, require_staff

# Who may keep their own offer up to date, besides staff who may do it for anyone.
SELF_SERVICE_ROLES = frozenset({RoleKind.VOLUNTEER, RoleKind.RESIDENT})


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
