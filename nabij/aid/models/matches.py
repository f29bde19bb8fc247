from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from nabij.aid.choices import LIVE_MATCH_STATES, MatchSource, MatchState


class Match(models.Model):
    """A helper for a request: proposed, approved by a worker, accepted, then done or failed."""

    place = models.ForeignKey("community.Place", on_delete=models.CASCADE, related_name="+")
    request = models.ForeignKey("aid.Request", on_delete=models.CASCADE, related_name="matches")
    helper = models.ForeignKey(
        "community.Member", on_delete=models.PROTECT, related_name="help_matches"
    )
    offer = models.ForeignKey("aid.Offer", on_delete=models.PROTECT, related_name="matches")
    state = models.CharField(max_length=10, choices=MatchState.choices)
    source = models.CharField(max_length=10, choices=MatchSource.choices)
    cost = models.FloatField(null=True, blank=True)
    reasons = models.JSONField(default=list, blank=True)
    # A worker looked at this proposal; a batch re-run never replaces it.
    reviewed = models.BooleanField(default=False)
    proposed_at = models.DateTimeField()
    proposed_by = models.ForeignKey(
        "community.Member", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    approved_by = models.ForeignKey(
        "community.Member", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    accepted_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    failure_reason = models.TextField(_("waarom niet gelukt"), blank=True)

    class Meta:
        ordering = ["-proposed_at", "-pk"]
        indexes = [
            models.Index(fields=["place", "state"]),
            models.Index(fields=["helper", "state"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(state__in=MatchState.values), name="match_state_known"
            ),
            models.CheckConstraint(
                condition=Q(source__in=MatchSource.values), name="match_source_known"
            ),
            # One live match per request: two workers cannot both place someone.
            models.UniqueConstraint(
                fields=["request"],
                condition=Q(state__in=LIVE_MATCH_STATES),
                name="match_one_live_per_request",
            ),
            models.CheckConstraint(
                condition=~Q(state=MatchState.FAILED) | ~Q(failure_reason=""),
                name="match_failure_has_reason",
            ),
            models.CheckConstraint(
                condition=Q(state=MatchState.PROPOSED)
                | Q(state=MatchState.WITHDRAWN)
                | Q(state=MatchState.DECLINED)
                | Q(approved_at__isnull=False),
                name="match_approved_before_going_on",
            ),
        ]


class MatchNote(models.Model):
    """A worker's follow-up on a match: how it went, what is next."""

    place = models.ForeignKey("community.Place", on_delete=models.CASCADE, related_name="+")
    match = models.ForeignKey(Match, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        "community.Member", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    text = models.TextField(_("notitie"))
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [models.CheckConstraint(condition=~Q(text=""), name="match_note_not_empty")]


class Veto(models.Model):
    """A requester does not want this helper again; suggestions and batches respect it."""

    place = models.ForeignKey("community.Place", on_delete=models.CASCADE, related_name="+")
    requester = models.ForeignKey("community.Member", on_delete=models.CASCADE, related_name="+")
    helper = models.ForeignKey("community.Member", on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField()
    created_by = models.ForeignKey(
        "community.Member", on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["requester", "helper"], name="veto_unique"),
            models.CheckConstraint(
                condition=~Q(requester=models.F("helper")), name="veto_not_self"
            ),
        ]
