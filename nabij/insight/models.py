"""The exchange graph of a place and the metrics stored from it.

An Exchange is one typed, dated tie between two members, copied from the record it came
from (a match, a transfer, an event, a loan); its source is unique, so syncing twice
adds nothing. A MetricMonth keeps, per place and calendar month, the month's distinct
ties and who gave and who received, as packed arrays of member ids, plus the month's
figures: pages combine months without reading a single exchange.
"""

from django.db import models
from django.db.models import F, Q

from nabij.insight.choices import ExchangeKind


class Exchange(models.Model):
    place = models.ForeignKey("community.Place", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=10, choices=ExchangeKind.choices)
    # For a directed kind: who gave and who received. For an encounter: the two members,
    # the lower id first, so one pair is one row.
    giver = models.ForeignKey("community.Member", on_delete=models.CASCADE, related_name="+")
    receiver = models.ForeignKey("community.Member", on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    # The primary key of the record it came from (Match, Transfer, Event, a loan).
    source_id = models.BigIntegerField()

    class Meta:
        ordering = ["day", "pk"]
        indexes = [models.Index(fields=["place", "day"])]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "source_id", "giver", "receiver"], name="exchange_source_unique"
            ),
            models.CheckConstraint(
                condition=Q(kind__in=ExchangeKind.values), name="exchange_kind_known"
            ),
            models.CheckConstraint(condition=~Q(giver=F("receiver")), name="exchange_not_self"),
            models.CheckConstraint(
                condition=~Q(kind=ExchangeKind.ENCOUNTER) | Q(giver__lt=F("receiver")),
                name="exchange_encounter_ordered",
            ),
        ]


class MetricMonth(models.Model):
    """One place's month, computed from its exchanges (see nabij.insight.metrics.packing)."""

    place = models.ForeignKey("community.Place", on_delete=models.CASCADE, related_name="+")
    month = models.DateField()  # the first day of the month
    exchanges = models.PositiveIntegerField(default=0)
    ties = models.BinaryField(default=b"")  # distinct pairs, kind mask, count
    givers = models.BinaryField(default=b"")  # sorted member ids
    receivers = models.BinaryField(default=b"")  # sorted member ids
    figures = models.JSONField(default=dict)  # raw counts; selectors suppress them
    computed_at = models.DateTimeField()

    class Meta:
        ordering = ["place", "month"]
        constraints = [
            models.UniqueConstraint(fields=["place", "month"], name="metric_month_unique"),
            models.CheckConstraint(condition=Q(month__day=1), name="metric_month_first_day"),
        ]


class MetricState(models.Model):
    """When a place's metrics were last computed, and up to which day."""

    place = models.OneToOneField(
        "community.Place", on_delete=models.CASCADE, related_name="+", primary_key=True
    )
    computed_at = models.DateTimeField()
    full_at = models.DateTimeField()  # the last full recomputation
    through = models.DateField(null=True, blank=True)  # the last day with an exchange
    # Communities and pictures computed on request, until the next refresh (insight.cache).
    views = models.JSONField(default=dict, blank=True)
