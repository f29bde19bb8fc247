from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from nabij.signals.choices import ResponseChannel


class Response(models.Model):
    """One filled-in survey. It records the day only, not the hour, and for an anonymous
    survey nothing about who answered: a web answer keeps the hash of its one-time form
    token (so a form is never counted twice), a paper or phone answer the worker who
    typed it in. The database refuses an answer to a survey that is not open."""

    place = models.ForeignKey("community.Place", on_delete=models.CASCADE, related_name="+")
    survey = models.ForeignKey("signals.Survey", on_delete=models.CASCADE, related_name="responses")
    language = models.CharField(_("taal"), max_length=5)
    channel = models.CharField(_("hoe"), max_length=6, choices=ResponseChannel.choices)
    submitted_on = models.DateField()
    token_hash = models.CharField(max_length=64, unique=True, null=True, blank=True)
    entered_by = models.ForeignKey(
        "community.Member", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # Only on a survey that is not anonymous, and only when a worker enters it.
    member = models.ForeignKey(
        "community.Member", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["pk"]
        indexes = [models.Index(fields=["survey", "submitted_on"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(channel__in=ResponseChannel.values),
                name="signals_response_channel_known",
            ),
            models.CheckConstraint(
                condition=(
                    Q(channel=ResponseChannel.WEB)
                    & Q(token_hash__isnull=False)
                    & Q(member__isnull=True)
                )
                | (~Q(channel=ResponseChannel.WEB) & Q(token_hash__isnull=True)),
                name="signals_response_web_has_token",
            ),
            models.CheckConstraint(
                condition=Q(language__regex=r"^[a-z]{2,3}$"), name="signals_response_language_shape"
            ),
        ]


class Answer(models.Model):
    """One answer to one question: a choice (one row per picked choice), a number (also
    for a scale), or a text."""

    place = models.ForeignKey("community.Place", on_delete=models.CASCADE, related_name="+")
    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey("signals.Question", on_delete=models.CASCADE, related_name="+")
    choice = models.ForeignKey(
        "signals.Choice", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    number = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    text = models.TextField(blank=True)

    class Meta:
        ordering = ["response", "question", "choice"]
        indexes = [models.Index(fields=["question", "choice"])]
        constraints = [
            models.CheckConstraint(
                condition=(Q(choice__isnull=False) & Q(number__isnull=True) & Q(text=""))
                | (Q(choice__isnull=True) & Q(number__isnull=False) & Q(text=""))
                | (Q(choice__isnull=True) & Q(number__isnull=True) & Q(text__regex=r"\S")),
                name="signals_answer_one_value",
            ),
            models.UniqueConstraint(
                fields=["response", "question", "choice"], name="signals_answer_choice_once"
            ),
            models.UniqueConstraint(
                fields=["response", "question"],
                condition=Q(choice__isnull=True),
                name="signals_answer_value_once",
            ),
        ]
