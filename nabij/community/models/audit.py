from django.conf import settings
from django.db import models
from django.db.models import Q

from nabij.community.choices import AuditAction


class AuditEvent(models.Model):
    """Who read or changed whose personal data, when. Append-only."""

    place = models.ForeignKey("community.Place", on_delete=models.PROTECT)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    member = models.ForeignKey(
        "community.Member", on_delete=models.PROTECT, null=True, related_name="+"
    )
    action = models.CharField(max_length=10, choices=AuditAction.choices)
    fields = models.JSONField(default=list, blank=True)
    at = models.DateTimeField()

    class Meta:
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["place", "at"]), models.Index(fields=["member", "at"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(action__in=AuditAction.values), name="audit_action_known"
            )
        ]
