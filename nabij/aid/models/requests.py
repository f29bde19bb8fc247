from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from nabij.aid.choices import Channel, HelpType, RequestStatus, Urgency
from nabij.community.availability import ALL_SLOTS


class Request(models.Model):
    """Someone needs help; often registered by a worker on their behalf."""

    place = models.ForeignKey("community.Place", on_delete=models.CASCADE, related_name="+")
    requester = models.ForeignKey(
        "community.Member", on_delete=models.PROTECT, related_name="help_requests"
    )
    help_type = models.CharField(_("soort hulp"), max_length=12, choices=HelpType.choices)
    languages = models.JSONField(_("talen"), default=list, blank=True)
    sector = models.CharField(_("buurt of straat"), max_length=80, blank=True)
    slots = models.PositiveIntegerField(_("wanneer"), default=0)  # 0: any time
    needed_from = models.DateField(_("vanaf"), null=True, blank=True)
    needed_until = models.DateField(_("tot"), null=True, blank=True)
    urgency = models.PositiveSmallIntegerField(
        _("dringend?"), choices=Urgency.choices, default=Urgency.NORMAL
    )
    recurring = models.BooleanField(_("terugkerend"), default=False)
    home_visit = models.BooleanField(_("bij de persoon thuis"), default=False)
    worker_note = models.TextField(_("notitie voor werkers"), blank=True)
    channel = models.CharField(_("via"), max_length=14, choices=Channel.choices)
    status = models.CharField(
        max_length=8, choices=RequestStatus.choices, default=RequestStatus.OPEN
    )
    created_at = models.DateTimeField()
    created_by = models.ForeignKey(
        "community.Member", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    unmet_since = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-urgency", "created_at", "pk"]
        indexes = [
            models.Index(fields=["place", "status", "created_at"]),
            models.Index(fields=["place", "help_type"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(help_type__in=HelpType.values), name="request_help_type_known"
            ),
            models.CheckConstraint(
                condition=Q(urgency__gte=Urgency.LOW) & Q(urgency__lte=Urgency.URGENT),
                name="request_urgency_in_scale",
            ),
            models.CheckConstraint(
                condition=Q(slots__gte=0) & Q(slots__lte=ALL_SLOTS), name="request_slots_in_week"
            ),
            models.CheckConstraint(
                condition=Q(needed_from__isnull=True)
                | Q(needed_until__isnull=True)
                | Q(needed_until__gte=F("needed_from")),
                name="request_window_ordered",
            ),
            models.CheckConstraint(
                condition=Q(channel__in=Channel.values), name="request_channel_known"
            ),
            models.CheckConstraint(
                condition=Q(status__in=RequestStatus.values), name="request_status_known"
            ),
            models.CheckConstraint(
                condition=Q(unmet_since__isnull=True) | Q(unmet_since__gte=F("created_at")),
                name="request_unmet_after_created",
            ),
        ]
