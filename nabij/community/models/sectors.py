from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Sector(models.Model):
    """A street or block of a place with its centre, so distances can be coarse, never exact.

    Members name their sector in words; matching looks it up here by name. Coordinates are
    metres east and north of the place's own origin, not a position on the globe.
    """

    place = models.ForeignKey("community.Place", on_delete=models.CASCADE, related_name="sectors")
    name = models.CharField(_("naam"), max_length=80)
    x_m = models.FloatField()
    y_m = models.FloatField()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["place", "name"], name="sector_unique_name"),
            models.CheckConstraint(condition=~Q(name=""), name="sector_name_not_empty"),
        ]

    def __str__(self) -> str:
        return self.name
