from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from nabij.signals.choices import ConsentHow, NeedType, TestimonyStatus


class Testimony(models.Model):
    """A quote from someone, recorded by a worker with the person's consent, stripped of
    names and identifying details. It is not linked to the person: only the stripped text
    is kept. A second staff member reads it before it may be used (approved); the person
    can withdraw their consent, and then it is used no more."""

    place = models.ForeignKey("community.Place", on_delete=models.CASCADE, related_name="+")
    text = models.TextField(_("getuigenis"))
    language = models.CharField(_("taal"), max_length=5, default="nl")
    theme = models.CharField(
        _("thema"), max_length=12, choices=NeedType.choices, blank=True, default=""
    )
    context = models.CharField(_("wie spreekt (zonder naam)"), max_length=120, blank=True)
    consent_how = models.CharField(_("toestemming"), max_length=8, choices=ConsentHow.choices)
    consent_on = models.DateField(_("toestemming gegeven op"))
    status = models.CharField(
        max_length=10, choices=TestimonyStatus.choices, default=TestimonyStatus.DRAFT
    )
    recorded_by = models.ForeignKey("community.Member", on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField()
    reviewed_by = models.ForeignKey(
        "community.Member", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    review_note = models.TextField(_("opmerking bij het nalezen"), blank=True)

    class Meta:
        ordering = ["-recorded_at", "-pk"]
        indexes = [models.Index(fields=["place", "status"])]
        constraints = [
            models.CheckConstraint(condition=Q(text__regex=r"\S"), name="signals_testimony_text"),
            models.CheckConstraint(
                condition=Q(consent_how__in=ConsentHow.values),
                name="signals_testimony_consent_recorded",
            ),
            models.CheckConstraint(
                condition=Q(status__in=TestimonyStatus.values),
                name="signals_testimony_status_known",
            ),
            models.CheckConstraint(
                condition=Q(theme="") | Q(theme__in=NeedType.values),
                name="signals_testimony_theme_known",
            ),
            models.CheckConstraint(
                condition=~Q(status__in=[TestimonyStatus.APPROVED, TestimonyStatus.REJECTED])
                | (
                    Q(reviewed_by__isnull=False)
                    & Q(reviewed_at__isnull=False)
                    & ~Q(reviewed_by=F("recorded_by"))
                ),
                name="signals_testimony_reviewed_by_another",
            ),
        ]
