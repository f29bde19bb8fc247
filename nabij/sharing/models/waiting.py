from django.db import models
from django.db.models import Q

from nabij.sharing.choices import WaitState


class WaitingEntry(models.Model):
    """A place in the queue for an item that is booked or lent. Positions only grow, so
    the first still waiting is the one with the lowest position."""

    place = models.ForeignKey("community.Place", on_delete=models.CASCADE, related_name="+")
    item = models.ForeignKey(
        "sharing.Item", on_delete=models.CASCADE, related_name="waiting_entries"
    )
    member = models.ForeignKey(
        "community.Member", on_delete=models.CASCADE, related_name="waiting_entries"
    )
    position = models.PositiveIntegerField()
    state = models.CharField(max_length=10, choices=WaitState.choices, default=WaitState.WAITING)
    joined_at = models.DateTimeField()
    notified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(
                fields=["item", "position"], name="sharing_wait_position_unique"
            ),
            models.UniqueConstraint(
                fields=["item", "member"],
                condition=Q(state=WaitState.WAITING),
                name="sharing_wait_once_per_member",
            ),
            models.CheckConstraint(
                condition=Q(position__gte=1), name="sharing_wait_position_positive"
            ),
            models.CheckConstraint(
                condition=Q(state__in=WaitState.values), name="sharing_wait_state_known"
            ),
            models.CheckConstraint(
                condition=Q(notified_at__isnull=True) | Q(state=WaitState.NOTIFIED),
                name="sharing_wait_notified_when_notified",
            ),
        ]
