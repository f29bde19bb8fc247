from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from nabij.repair.choices import ItemCategory, Outcome

# Heavier than this is no longer something carried into a repair café (200 kg).
MAX_WEIGHT_GRAMS = 200_000
DESCRIPTION_LIMIT = 140
NOTE_LIMIT = 500


class RepairItem(models.Model):
    """One thing brought to a repair café session (a community Event of that kind).

    Who brought it is a member when they are registered; a visitor who is not leaves no
    trace at all: no name, no contact, only the item.
    """

    place = models.ForeignKey("community.Place", on_delete=models.CASCADE)
    event = models.ForeignKey(
        "community.Event", on_delete=models.PROTECT, related_name="repair_items"
    )
    category = models.CharField(_("soort voorwerp"), max_length=12, choices=ItemCategory.choices)
    description = models.CharField(_("wat is het"), max_length=DESCRIPTION_LIMIT)
    weight_grams = models.PositiveIntegerField(_("gewicht (gram)"))
    owner = models.ForeignKey(
        "community.Member",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="repair_items_brought",
        verbose_name=_("gebracht door"),
    )
    # Members are erased by pseudonymising, never deleted: a fixer stays on the record.
    fixer = models.ForeignKey(
        "community.Member",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="repair_items_fixed",
        verbose_name=_("wie repareerde"),
    )
    outcome = models.CharField(
        _("resultaat"), max_length=12, choices=Outcome.choices, default=Outcome.PENDING
    )
    note = models.TextField(_("notitie"), blank=True, max_length=NOTE_LIMIT)
    recorded_by = models.ForeignKey(
        "community.Member", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    recorded_at = models.DateTimeField()
    outcome_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["recorded_at", "pk"]
        indexes = [
            models.Index(fields=["event", "recorded_at"]),
            models.Index(fields=["place", "outcome"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(weight_grams__gt=0) & Q(weight_grams__lte=MAX_WEIGHT_GRAMS),
                name="repair_item_weight_positive",
            ),
            models.CheckConstraint(
                condition=Q(category__in=ItemCategory.values), name="repair_item_category_known"
            ),
            models.CheckConstraint(
                condition=Q(outcome__in=Outcome.values), name="repair_item_outcome_known"
            ),
            models.CheckConstraint(
                condition=~Q(description=""), name="repair_item_description_not_empty"
            ),
            # An outcome is recorded with who fixed it and when; a pending item has neither.
            models.CheckConstraint(
                condition=(
                    Q(outcome=Outcome.PENDING, outcome_at__isnull=True, fixer__isnull=True)
                    | (
                        ~Q(outcome=Outcome.PENDING)
                        & Q(outcome_at__isnull=False, fixer__isnull=False)
                    )
                ),
                name="repair_item_outcome_complete",
            ),
        ]

    def __str__(self) -> str:
        return self.description

    @property
    def is_pending(self) -> bool:
        return self.outcome == Outcome.PENDING
