from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from nabij.community.choices import Bond, CommunityKind, EventKind


class Group(models.Model):
    """A light or tight community inside a place, and what binds it."""

    place = models.ForeignKey("community.Place", on_delete=models.CASCADE, related_name="groups")
    name = models.CharField(_("naam"), max_length=120)
    kind = models.CharField(_("soort gemeenschap"), max_length=8, choices=CommunityKind.choices)
    bond = models.CharField(_("wat verbindt"), max_length=20, choices=Bond.choices)
    description = models.TextField(_("beschrijving"), blank=True)
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["name", "pk"]
        constraints = [
            models.CheckConstraint(condition=~Q(name=""), name="group_name_not_empty"),
            models.CheckConstraint(
                condition=Q(kind__in=CommunityKind.values), name="group_kind_known"
            ),
            models.CheckConstraint(condition=Q(bond__in=Bond.values), name="group_bond_known"),
        ]

    def __str__(self) -> str:
        return self.name


class GroupMembership(models.Model):
    place = models.ForeignKey("community.Place", on_delete=models.CASCADE)
    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="memberships")
    member = models.ForeignKey(
        "community.Member", on_delete=models.CASCADE, related_name="group_memberships"
    )
    since = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["group", "member"], name="group_membership_unique")
        ]


class Event(models.Model):
    """An encounter: a meeting, an activity, a repair café."""

    place = models.ForeignKey("community.Place", on_delete=models.CASCADE, related_name="events")
    group = models.ForeignKey(Group, on_delete=models.SET_NULL, null=True, blank=True)
    title = models.CharField(_("titel"), max_length=140)
    kind = models.CharField(_("soort"), max_length=12, choices=EventKind.choices)
    starts_at = models.DateTimeField(_("begint"))
    ends_at = models.DateTimeField(_("eindigt"))
    location = models.CharField(_("waar"), max_length=140, blank=True)

    class Meta:
        ordering = ["-starts_at", "pk"]
        indexes = [models.Index(fields=["place", "starts_at"])]
        constraints = [
            models.CheckConstraint(condition=~Q(title=""), name="event_title_not_empty"),
            models.CheckConstraint(
                condition=Q(ends_at__gt=F("starts_at")), name="event_ends_after_start"
            ),
            models.CheckConstraint(condition=Q(kind__in=EventKind.values), name="event_kind_known"),
        ]

    def __str__(self) -> str:
        return self.title


class Attendance(models.Model):
    place = models.ForeignKey("community.Place", on_delete=models.CASCADE)
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="attendances")
    member = models.ForeignKey(
        "community.Member", on_delete=models.CASCADE, related_name="attendances"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["event", "member"], name="attendance_unique")
        ]
