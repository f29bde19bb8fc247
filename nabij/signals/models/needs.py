from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from nabij.signals.choices import NeedType


class UnmetNeed(models.Model):
    """A need a worker saw and no one could meet, noted by hand: what, when, where in the
    place, and for which group. Never who: the note must hold no names."""

    place = models.ForeignKey("community.Place", on_delete=models.CASCADE, related_name="+")
    need_type = models.CharField(_("soort nood"), max_length=12, choices=NeedType.choices)
    noted_on = models.DateField(_("gezien op"))
    people = models.PositiveIntegerField(_("aantal mensen"), default=1)
    sector = models.CharField(_("buurt of straat"), max_length=80, blank=True)
    group = models.ForeignKey(
        "community.Group", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    note = models.TextField(_("wat er nodig was (zonder namen)"), blank=True)
    recorded_by = models.ForeignKey(
        "community.Member", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    recorded_at = models.DateTimeField()

    class Meta:
        ordering = ["-noted_on", "-pk"]
        indexes = [models.Index(fields=["place", "noted_on"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(need_type__in=NeedType.values), name="signals_need_type_known"
            ),
            models.CheckConstraint(
                condition=Q(people__gte=1) & Q(people__lte=10000), name="signals_need_people_1up"
            ),
        ]
