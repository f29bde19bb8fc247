from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from nabij.sharing.choices import Category, Condition

# Re-encoded photos are at most this many pixels on their longest side.
PHOTO_SIDE = 1024


class Item(models.Model):
    """A thing of the library, lent by its owner: one member or one organisation of the place.

    The deposit, if any, is recorded here (in euro cents, or in minor units of one of the
    place's community currencies); the worker takes it by hand at check-out.
    """

    place = models.ForeignKey("community.Place", on_delete=models.CASCADE, related_name="+")
    owner_member = models.ForeignKey(
        "community.Member",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="shared_items",
        verbose_name=_("eigenaar"),
    )
    owner_organisation = models.ForeignKey(
        "community.Organisation",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("organisatie"),
    )
    name = models.CharField(_("naam"), max_length=120)
    description = models.TextField(_("beschrijving"), blank=True)
    category = models.CharField(_("soort"), max_length=16, choices=Category.choices)
    condition = models.CharField(_("staat"), max_length=8, choices=Condition.choices)
    rules = models.TextField(_("afspraken"), blank=True)
    pickup_location = models.CharField(_("ophalen bij"), max_length=200, blank=True)
    deposit_cents = models.PositiveIntegerField(_("waarborg in eurocent"), null=True, blank=True)
    deposit_currency = models.ForeignKey(
        "ledger.Currency", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    deposit_units = models.BigIntegerField(_("waarborg in buurtmunt"), null=True, blank=True)
    active = models.BooleanField(_("wordt uitgeleend"), default=True)
    created_by = models.ForeignKey(
        "community.Member", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["name", "pk"]
        indexes = [models.Index(fields=["place", "active", "category"])]
        constraints = [
            models.CheckConstraint(
                condition=(Q(owner_member__isnull=False) & Q(owner_organisation__isnull=True))
                | (Q(owner_member__isnull=True) & Q(owner_organisation__isnull=False)),
                name="sharing_item_one_owner",
            ),
            models.CheckConstraint(condition=~Q(name=""), name="sharing_item_name_not_empty"),
            models.CheckConstraint(
                condition=Q(category__in=Category.values), name="sharing_item_category_known"
            ),
            models.CheckConstraint(
                condition=Q(condition__in=Condition.values), name="sharing_item_condition_known"
            ),
            # At most one deposit, in euro or in a currency, and always more than nothing.
            models.CheckConstraint(
                condition=Q(deposit_cents__isnull=True) | Q(deposit_cents__gt=0),
                name="sharing_item_deposit_cents_positive",
            ),
            models.CheckConstraint(
                condition=(Q(deposit_currency__isnull=True) & Q(deposit_units__isnull=True))
                | (
                    Q(deposit_currency__isnull=False)
                    & Q(deposit_units__gt=0)
                    & Q(deposit_cents__isnull=True)
                ),
                name="sharing_item_deposit_one_kind",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def owner(self):
        return self.owner_member or self.owner_organisation


class ItemPhoto(models.Model):
    """A photo of an item, kept in the database as a re-encoded JPEG (no metadata, no
    location: the re-encoding drops them)."""

    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="photos")
    data = models.BinaryField()
    content_type = models.CharField(max_length=20, default="image/jpeg")
    width = models.PositiveSmallIntegerField()
    height = models.PositiveSmallIntegerField()
    alt = models.CharField(_("wat staat er op de foto"), max_length=200, blank=True)
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(content_type="image/jpeg"), name="sharing_photo_is_jpeg"
            ),
            models.CheckConstraint(
                condition=Q(width__gte=1)
                & Q(width__lte=PHOTO_SIDE)
                & Q(height__gte=1)
                & Q(height__lte=PHOTO_SIDE),
                name="sharing_photo_size",
            ),
        ]
