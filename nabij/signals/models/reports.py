from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from nabij.community.models.members import UnicodeJSONEncoder
from nabij.signals.choices import FigureKind, SignalOutcome, SignalStatus


class Signal(models.Model):
    """A policy signal: an issue, the figures and testimonies that show it, and what the
    team asks for; then to whom it went, the answers, and what came of it."""

    place = models.ForeignKey("community.Place", on_delete=models.CASCADE, related_name="+")
    title = models.CharField(_("titel"), max_length=200)
    issue = models.TextField(_("wat er aan de hand is"))
    demands = models.TextField(_("wat we vragen"), blank=True)
    status = models.CharField(
        _("stand"), max_length=10, choices=SignalStatus.choices, default=SignalStatus.DRAFT
    )
    outcome = models.CharField(
        _("resultaat"), max_length=14, choices=SignalOutcome.choices, default=SignalOutcome.PENDING
    )
    outcome_note = models.TextField(_("wat het opleverde"), blank=True)
    created_by = models.ForeignKey(
        "community.Member", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField()
    updated_at = models.DateTimeField()

    class Meta:
        ordering = ["-updated_at", "-pk"]
        indexes = [models.Index(fields=["place", "status"])]
        constraints = [
            models.CheckConstraint(condition=Q(title__regex=r"\S"), name="signals_signal_title"),
            models.CheckConstraint(condition=Q(issue__regex=r"\S"), name="signals_signal_issue"),
            models.CheckConstraint(
                condition=Q(status__in=SignalStatus.values), name="signals_signal_status_known"
            ),
            models.CheckConstraint(
                condition=Q(outcome__in=SignalOutcome.values),
                name="signals_signal_outcome_known",
            ),
            models.CheckConstraint(
                condition=~Q(status=SignalStatus.CLOSED) | ~Q(outcome=SignalOutcome.PENDING),
                name="signals_signal_closed_has_outcome",
            ),
            models.CheckConstraint(
                condition=Q(updated_at__gte=F("created_at")), name="signals_signal_updated_after"
            ),
        ]

    def __str__(self) -> str:
        return self.title


class SignalFigure(models.Model):
    """A figure in a signal report. It holds the question asked, not the numbers: the
    numbers are computed, with small cells suppressed, each time the report is shown;
    a sending keeps the PDF exactly as it went out."""

    place = models.ForeignKey("community.Place", on_delete=models.CASCADE, related_name="+")
    signal = models.ForeignKey(Signal, on_delete=models.CASCADE, related_name="figures")
    position = models.PositiveSmallIntegerField()
    kind = models.CharField(max_length=16, choices=FigureKind.choices)
    caption = models.CharField(_("bijschrift"), max_length=200, blank=True)
    survey = models.ForeignKey(
        "signals.Survey", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    question = models.ForeignKey(
        "signals.Question", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    by_question = models.ForeignKey(
        "signals.Question", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    # Answers that narrow the figure down: {"<question id>": [<choice id>, ...], ...}.
    filters = models.JSONField(default=dict, blank=True, encoder=UnicodeJSONEncoder)
    period_from = models.DateField(null=True, blank=True)
    period_until = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["signal", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["signal", "position"], name="signals_figure_position_unique"
            ),
            models.CheckConstraint(
                condition=Q(kind__in=FigureKind.values), name="signals_figure_kind_known"
            ),
            models.CheckConstraint(
                condition=(
                    Q(kind=FigureKind.SURVEY_QUESTION)
                    & Q(question__isnull=False)
                    & Q(by_question__isnull=True)
                )
                | (
                    Q(kind=FigureKind.SURVEY_CROSSTAB)
                    & Q(question__isnull=False)
                    & Q(by_question__isnull=False)
                    & ~Q(by_question=F("question"))
                )
                | (
                    Q(kind__startswith="needs_")
                    & Q(survey__isnull=True)
                    & Q(question__isnull=True)
                    & Q(by_question__isnull=True)
                ),
                name="signals_figure_shape",
            ),
            models.CheckConstraint(
                condition=Q(period_from__isnull=True)
                | Q(period_until__isnull=True)
                | Q(period_until__gte=F("period_from")),
                name="signals_figure_period_ordered",
            ),
        ]


class SignalTestimony(models.Model):
    place = models.ForeignKey("community.Place", on_delete=models.CASCADE, related_name="+")
    signal = models.ForeignKey(Signal, on_delete=models.CASCADE, related_name="quotes")
    testimony = models.ForeignKey(
        "signals.Testimony", on_delete=models.PROTECT, related_name="signal_uses"
    )
    position = models.PositiveSmallIntegerField()

    class Meta:
        ordering = ["signal", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["signal", "testimony"], name="signals_quote_testimony_once"
            ),
            models.UniqueConstraint(
                fields=["signal", "position"], name="signals_quote_position_unique"
            ),
        ]


class SignalSending(models.Model):
    """The signal went to someone (a council, an alderman, a parliament committee): when,
    how, and the PDF exactly as it was sent."""

    place = models.ForeignKey("community.Place", on_delete=models.CASCADE, related_name="+")
    signal = models.ForeignKey(Signal, on_delete=models.CASCADE, related_name="sendings")
    recipient = models.CharField(_("aan wie"), max_length=200)
    sent_on = models.DateField(_("verstuurd op"))
    how = models.CharField(_("hoe"), max_length=120, blank=True)
    pdf = models.BinaryField()
    recorded_by = models.ForeignKey(
        "community.Member", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    recorded_at = models.DateTimeField()

    class Meta:
        ordering = ["sent_on", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(recipient__regex=r"\S"), name="signals_sending_recipient"
            ),
        ]


class SignalReply(models.Model):
    """An answer received to a signal: from whom, when, and what it says in short."""

    place = models.ForeignKey("community.Place", on_delete=models.CASCADE, related_name="+")
    signal = models.ForeignKey(Signal, on_delete=models.CASCADE, related_name="replies")
    sending = models.ForeignKey(
        SignalSending, on_delete=models.SET_NULL, null=True, blank=True, related_name="replies"
    )
    received_on = models.DateField(_("ontvangen op"))
    sender = models.CharField(_("van wie"), max_length=200)
    summary = models.TextField(_("wat het antwoord zegt"))
    recorded_by = models.ForeignKey(
        "community.Member", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    recorded_at = models.DateTimeField()

    class Meta:
        ordering = ["received_on", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(sender__regex=r"\S"), name="signals_reply_sender"),
            models.CheckConstraint(condition=Q(summary__regex=r"\S"), name="signals_reply_summary"),
        ]
