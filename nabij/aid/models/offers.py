from collections.abc import Iterable

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from nabij.aid.choices import HelpType

MAX_RADIUS_M = 20_000
MAX_CAPACITY = 10

# The bit of each help type in Offer.help_mask. Stored in rows: append new types at the
# end and never reorder, or every stored mask would mean something else.
HELP_TYPE_BITS: dict[str, int] = {
    help_type: 1 << bit
    for bit, help_type in enumerate(
        (
            HelpType.GROCERIES,
            HelpType.VISIT,
            HelpType.EYE_OUT,
            HelpType.TRANSPORT,
            HelpType.PAPERWORK,
            HelpType.TRANSLATION,
            HelpType.REPAIR,
            HelpType.CHILDCARE,
            HelpType.MEALS,
            HelpType.OTHER,
        )
    )
}


def help_mask(help_types: Iterable[str]) -> int:
    mask = 0
    for help_type in help_types:
        mask |= HELP_TYPE_BITS[help_type]
    return mask


def masks_with(help_type: str) -> list[int]:
    """Every help_mask that holds this help type. `help_mask IN (...)` lets an index seek
    to each of them, where a bit test would have to look at every offer of the place."""
    bit = HELP_TYPE_BITS[help_type]
    return [mask for mask in range(1 << len(HELP_TYPE_BITS)) if mask & bit]


def help_types_of(mask: int) -> frozenset[str]:
    return frozenset(help_type for help_type, bit in HELP_TYPE_BITS.items() if mask & bit)


def language_card(codes: Iterable[str]) -> str:
    """Language codes as the card keeps them: sorted, each between commas (",ar,nl,"), so
    "speaks nl" is a plain substring test on both databases."""
    codes = sorted(set(codes))
    return f",{','.join(codes)}," if codes else ""


def languages_of(card: str) -> frozenset[str]:
    return frozenset(card[1:-1].split(",")) if card else frozenset()


class Offer(models.Model):
    """A member's standing offer to help: anyone can be a helper, also who asks for help."""

    place = models.ForeignKey("community.Place", on_delete=models.CASCADE, related_name="+")
    member = models.ForeignKey(
        "community.Member", on_delete=models.PROTECT, related_name="help_offers"
    )
    radius_m = models.PositiveIntegerField(_("hoe ver (meter)"), default=1000)
    capacity = models.PositiveSmallIntegerField(_("hoeveel mensen tegelijk"), default=1)
    open_matches = models.PositiveSmallIntegerField(default=0)
    vetted = models.BooleanField(_("gescreend voor huisbezoek"), default=False)
    vetted_by = models.ForeignKey(
        "community.Member", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    vetted_at = models.DateTimeField(null=True, blank=True)
    active = models.BooleanField(_("actief"), default=True)
    created_at = models.DateTimeField()
    updated_at = models.DateTimeField()

    # The helper card: copies of what the hard filters of matching look at, so the
    # suggestions for a request read this one table. Kept in step, in the same transaction,
    # by the services that change what they copy (nabij.aid.services.offers).
    help_mask = models.PositiveIntegerField(default=0)  # HELP_TYPE_BITS of the help types
    card_languages = models.TextField(default="", blank=True)  # see language_card
    card_sector = models.CharField(max_length=80, default="", blank=True)  # as spelt
    card_slots = models.PositiveIntegerField(default=0)  # the member's weekly availability
    # The member is still in the place: holds a role there and was not erased.
    card_listed = models.BooleanField(default=False)

    class Meta:
        indexes = [
            # The suggestions' query: it seeks to the place's listed, active offers of each
            # help_mask holding the help type asked for (see masks_with), and finds every
            # other column it tests or reads in the index itself, so SQLite reads no table
            # row of an offer that fails a test.
            models.Index(
                fields=[
                    "place",
                    "help_mask",
                    "active",
                    "card_listed",
                    "vetted",
                    "card_slots",
                    "open_matches",
                    "capacity",
                    "radius_m",
                    "member",
                    "card_sector",
                    "card_languages",
                ],
                name="offer_helper_card",
            ),
        ]
        constraints = [
            models.UniqueConstraint(fields=["place", "member"], name="offer_one_per_member"),
            models.CheckConstraint(
                condition=Q(radius_m__gte=1) & Q(radius_m__lte=MAX_RADIUS_M),
                name="offer_radius_in_range",
            ),
            models.CheckConstraint(
                condition=Q(capacity__gte=1) & Q(capacity__lte=MAX_CAPACITY),
                name="offer_capacity_in_range",
            ),
            # The invariant a helper's load must keep: never more open matches than offered.
            models.CheckConstraint(
                condition=Q(open_matches__lte=F("capacity")), name="offer_not_over_capacity"
            ),
            models.CheckConstraint(
                condition=Q(vetted=False) | Q(vetted_at__isnull=False),
                name="offer_vetting_dated",
            ),
        ]


class OfferHelpType(models.Model):
    """One kind of help an offer covers; a table, so both databases can filter on it."""

    place = models.ForeignKey("community.Place", on_delete=models.CASCADE, related_name="+")
    offer = models.ForeignKey(Offer, on_delete=models.CASCADE, related_name="help_types")
    help_type = models.CharField(max_length=12, choices=HelpType.choices)

    class Meta:
        indexes = [models.Index(fields=["place", "help_type"])]
        constraints = [
            models.UniqueConstraint(fields=["offer", "help_type"], name="offer_help_type_unique"),
            models.CheckConstraint(
                condition=Q(help_type__in=HelpType.values), name="offer_help_type_known"
            ),
        ]
