from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from nabij.aid.choices import HelpType

MAX_RADIUS_M = 20_000
MAX_CAPACITY = 10


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

    class Meta:
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
