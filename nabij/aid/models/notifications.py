from django.db import models
from django.db.models import Q

from nabij.aid.choices import NotificationChannel


class Notification(models.Model):
    """A message to a member, written in their language, sent on their channel."""

    place = models.ForeignKey("community.Place", on_delete=models.CASCADE, related_name="+")
    member = models.ForeignKey(
        "community.Member", on_delete=models.CASCADE, related_name="notifications"
    )
    channel = models.CharField(max_length=8, choices=NotificationChannel.choices)
    kind = models.CharField(max_length=30)
    language = models.CharField(max_length=5)
    subject = models.CharField(max_length=200)
    body = models.TextField()
    match = models.ForeignKey(
        "aid.Match", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField()
    sent_at = models.DateTimeField(null=True, blank=True)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["member", "read_at"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(channel__in=NotificationChannel.values),
                name="notification_channel_known",
            )
        ]
