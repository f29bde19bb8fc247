from datetime import datetime, timedelta

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _


class BatchRunState(models.TextChoices):
    QUEUED = "queued", _("in de wachtrij")
    RUNNING = "running", _("bezig")
    DONE = "done", _("klaar")
    FAILED = "failed", _("mislukt")


ACTIVE_RUN_STATES = (BatchRunState.QUEUED, BatchRunState.RUNNING)


class BatchRunStep(models.TextChoices):
    """Where a running batch is; `done` of `total` counts requests in the weighing step."""

    READING = "reading", _("de open vragen en de helpers worden opgehaald")
    WEIGHING = "weighing", _("de mogelijke helpers worden gewogen")
    ASSIGNING = "assigning", _("de beste verdeling over alle vragen wordt gezocht")
    SAVING = "saving", _("de voorstellen worden bewaard")


# A run that has shown no sign of life for this long died with its thread (a restart,
# a crash): it no longer blocks a new one. Progress is written at least every few
# seconds, and the matching core settles 10,000 requests in seconds.
STALE_AFTER = timedelta(minutes=10)

# What `error` holds for a run that stopped without a word.
STALLED = "stalled"


class BatchRun(models.Model):
    """One run of batch matching for a place, so a page can follow it while it works."""

    place = models.ForeignKey("community.Place", on_delete=models.CASCADE, related_name="+")
    started_by = models.ForeignKey(
        "community.Member", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    state = models.CharField(
        max_length=10, choices=BatchRunState.choices, default=BatchRunState.QUEUED
    )
    step = models.CharField(
        max_length=10, choices=BatchRunStep.choices, default=BatchRunStep.READING
    )
    done = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(default=0)
    # The BatchResult's fields once done (unmatched as a list of request ids).
    result = models.JSONField(null=True, blank=True)
    # For whoever looks into a failure; people read a translated message instead.
    error = models.TextField(blank=True)
    created_at = models.DateTimeField()
    # The last sign of life: the stale rule reads it.
    updated_at = models.DateTimeField()
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["place", "created_at"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(state__in=BatchRunState.values), name="batch_run_state_known"
            ),
            models.CheckConstraint(
                condition=Q(done__lte=F("total")), name="batch_run_done_within_total"
            ),
            models.CheckConstraint(
                condition=Q(step__in=BatchRunStep.values), name="batch_run_step_known"
            ),
            # One run at a time per place: two would propose for the same requests.
            models.UniqueConstraint(
                fields=["place"],
                condition=Q(state__in=ACTIVE_RUN_STATES),
                name="batch_run_one_active_per_place",
            ),
            models.CheckConstraint(
                condition=Q(state__in=ACTIVE_RUN_STATES, finished_at__isnull=True)
                | (~Q(state__in=ACTIVE_RUN_STATES) & Q(finished_at__isnull=False)),
                name="batch_run_finished_when_over",
            ),
        ]

    @property
    def active(self) -> bool:
        return self.state in ACTIVE_RUN_STATES

    @property
    def stalled(self) -> bool:
        return self.state == BatchRunState.FAILED and self.error == STALLED

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0

    def stale(self, now: datetime) -> bool:
        """Active, but silent for longer than any live run stays silent."""
        return self.active and now - self.updated_at > STALE_AFTER
