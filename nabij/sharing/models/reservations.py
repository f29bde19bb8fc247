from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from nabij.sharing.choices import ReservationState

# Added on PostgreSQL by migration 0002: two reservations of one item that hold it
# (booked or lent) never overlap. SQLite checks the same under its write lock.
NO_OVERLAP = "sharing_reservation_no_overlap"


class Reservation(models.Model):
    """A period on an item's calendar, for one member, from `starts_at` up to `ends_at`.

    Every loan has one: a direct check-out books the period from now to the due day, so
    the calendar always shows who holds the item when.
    """

    place = models.ForeignKey("community.Place", on_delete=models.CASCADE, related_name="+")
    item = models.ForeignKey("sharing.Item", on_delete=models.CASCADE, related_name="reservations")
    member = models.ForeignKey(
        "community.Member", on_delete=models.CASCADE, related_name="reservations"
    )
    starts_at = models.DateTimeField(_("van"))
    ends_at = models.DateTimeField(_("tot"))
    state = models.CharField(
        max_length=10, choices=ReservationState.choices, default=ReservationState.BOOKED
    )
    created_by = models.ForeignKey(
        "community.Member", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField()
    cancelled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["starts_at", "pk"]
        indexes = [
            models.Index(fields=["item", "starts_at"]),
            models.Index(fields=["member", "state"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=F("starts_at")), name="sharing_reservation_ends_after_start"
            ),
            models.CheckConstraint(
                condition=Q(state__in=ReservationState.values),
                name="sharing_reservation_state_known",
            ),
            models.CheckConstraint(
                condition=Q(cancelled_at__isnull=True) | Q(state=ReservationState.CANCELLED),
                name="sharing_reservation_cancelled_when_cancelled",
            ),
        ]
