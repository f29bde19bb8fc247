from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from nabij.aid.choices import CallOutcome


class Call(models.Model):
    """A worker phoned (or visited) someone from the outreach list, and how it went."""

    place = models.ForeignKey("community.Place", on_delete=models.CASCADE, related_name="+")
    member = models.ForeignKey("community.Member", on_delete=models.CASCADE, related_name="calls")
    caller = models.ForeignKey(
        "community.Member", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    at = models.DateTimeField()
    outcome = models.CharField(_("uitkomst"), max_length=14, choices=CallOutcome.choices)
    note = models.TextField(_("notitie"), blank=True)
    request = models.ForeignKey(
        "aid.Request", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    offer = models.ForeignKey(
        "aid.Offer", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["place", "member", "at"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(outcome__in=CallOutcome.values), name="call_outcome_known"
            )
        ]
