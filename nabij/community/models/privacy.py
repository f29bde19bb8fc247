from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from nabij.community.choices import SensitiveKind


class Consent(models.Model):
    """A person's recorded consent for one purpose; withdrawing it ends what it allowed."""

    member = models.ForeignKey(
        "community.Member", on_delete=models.CASCADE, related_name="consents"
    )
    purpose = models.CharField(_("doel"), max_length=30, choices=SensitiveKind.choices)
    given_at = models.DateTimeField()
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    recorded_by = models.ForeignKey(
        "community.Member", on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        ordering = ["given_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(purpose__in=SensitiveKind.values), name="consent_purpose_known"
            ),
            models.CheckConstraint(
                condition=Q(withdrawn_at__isnull=True) | Q(withdrawn_at__gte=F("given_at")),
                name="consent_withdrawn_after_given",
            ),
            models.UniqueConstraint(
                fields=["member", "purpose"],
                condition=Q(withdrawn_at__isnull=True),
                name="consent_one_active_per_purpose",
            ),
        ]

    @property
    def active(self) -> bool:
        return self.withdrawn_at is None


class SensitiveAttribute(models.Model):
    """Special-category data, encrypted at rest; it cannot exist without a consent row."""

    member = models.ForeignKey(
        "community.Member", on_delete=models.CASCADE, related_name="sensitive_attributes"
    )
    kind = models.CharField(max_length=30, choices=SensitiveKind.choices)
    consent = models.ForeignKey(Consent, on_delete=models.PROTECT, related_name="+")
    ciphertext = models.TextField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["member", "kind"], name="sensitive_one_per_kind"),
            models.CheckConstraint(
                condition=Q(kind__in=SensitiveKind.values), name="sensitive_kind_known"
            ),
            models.CheckConstraint(condition=~Q(ciphertext=""), name="sensitive_not_empty"),
        ]
