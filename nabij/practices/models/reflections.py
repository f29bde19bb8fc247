from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from nabij.practices.choices import (
    POSITION_MAX,
    POSITION_MIN,
    STRENGTH_MAX,
    STRENGTH_MIN,
    Source,
    TensionField,
)


class Reflection(models.Model):
    """One version of a team's reflection on a practice. Versions are never changed: a new
    reflection on the same practice is the next version, so the positions over time stay."""

    practice = models.ForeignKey(
        "practices.Practice", on_delete=models.CASCADE, related_name="reflections"
    )
    place = models.ForeignKey("community.Place", on_delete=models.CASCADE, related_name="+")
    version = models.PositiveIntegerField()
    held_on = models.DateField(_("datum van het gesprek"))
    team = models.CharField(_("wie deed mee"), max_length=300)
    note = models.TextField(_("wat we willen veranderen"), blank=True)
    created_by = models.ForeignKey("community.Member", on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["practice", "version"]
        constraints = [
            models.UniqueConstraint(
                fields=["practice", "version"], name="practices_reflection_one_per_version"
            ),
            models.CheckConstraint(
                condition=Q(version__gte=1), name="practices_reflection_version"
            ),
            models.CheckConstraint(
                condition=Q(team__regex=r"\S"), name="practices_reflection_team"
            ),
        ]


class SourceStrength(models.Model):
    """How strongly the practice draws on one source of solidarity, 0 to 3."""

    reflection = models.ForeignKey(Reflection, on_delete=models.CASCADE, related_name="sources")
    source = models.CharField(max_length=16, choices=Source.choices)
    strength = models.PositiveSmallIntegerField(_("hoe sterk"))
    note = models.TextField(_("toelichting"), blank=True)

    class Meta:
        ordering = ["reflection", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["reflection", "source"], name="practices_strength_one_per_source"
            ),
            models.CheckConstraint(
                condition=Q(source__in=Source.values), name="practices_strength_source_known"
            ),
            models.CheckConstraint(
                condition=Q(strength__gte=STRENGTH_MIN) & Q(strength__lte=STRENGTH_MAX),
                name="practices_strength_on_scale",
            ),
        ]


class FieldPosition(models.Model):
    """Where the practice stands on one tension field, and where the team wants it to
    stand: -3 at the first pole, +3 at the second, 0 in between."""

    reflection = models.ForeignKey(Reflection, on_delete=models.CASCADE, related_name="fields")
    field = models.CharField(max_length=26, choices=TensionField.choices)
    actual = models.SmallIntegerField(_("nu"))
    desired = models.SmallIntegerField(_("gewenst"))
    note = models.TextField(_("toelichting"), blank=True)

    class Meta:
        ordering = ["reflection", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["reflection", "field"], name="practices_position_one_per_field"
            ),
            models.CheckConstraint(
                condition=Q(field__in=TensionField.values), name="practices_position_field_known"
            ),
            models.CheckConstraint(
                condition=Q(actual__gte=POSITION_MIN)
                & Q(actual__lte=POSITION_MAX)
                & Q(desired__gte=POSITION_MIN)
                & Q(desired__lte=POSITION_MAX),
                name="practices_position_on_scale",
            ),
        ]
