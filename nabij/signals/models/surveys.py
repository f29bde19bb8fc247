from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from nabij.community.models.members import UnicodeJSONEncoder
from nabij.signals.choices import QuestionKind, SurveyStatus

# Scales run between two whole numbers, at most eleven steps apart (0–10).
SCALE_STEPS_MAX = 10


class Survey(models.Model):
    """A questionnaire of one place, the same questions in one or more languages.

    Texts are kept per language as {"nl": "...", "ar": "..."}; `languages` lists the
    survey's languages, the first being the one it was written in. Anonymous by default:
    an answer then carries no link to a person at all. The public link is a random key,
    so a link that was not handed out leads nowhere."""

    place = models.ForeignKey("community.Place", on_delete=models.CASCADE, related_name="+")
    title = models.JSONField(_("titel"), encoder=UnicodeJSONEncoder)
    intro = models.JSONField(_("inleiding"), default=dict, blank=True, encoder=UnicodeJSONEncoder)
    languages = models.JSONField(_("talen"))
    status = models.CharField(
        _("stand"), max_length=8, choices=SurveyStatus.choices, default=SurveyStatus.DRAFT
    )
    anonymous = models.BooleanField(_("anoniem"), default=True)
    public_key = models.CharField(max_length=32, unique=True)
    created_by = models.ForeignKey(
        "community.Member", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField()
    opened_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["place", "status"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=SurveyStatus.values), name="signals_survey_status_known"
            ),
            models.CheckConstraint(
                condition=Q(status=SurveyStatus.DRAFT) | Q(opened_at__isnull=False),
                name="signals_survey_opened_has_date",
            ),
            models.CheckConstraint(
                condition=~Q(status=SurveyStatus.CLOSED) | Q(closed_at__isnull=False),
                name="signals_survey_closed_has_date",
            ),
            models.CheckConstraint(
                condition=Q(public_key__regex=r"^[A-Za-z0-9_-]{16,32}$"),
                name="signals_survey_key_shape",
            ),
        ]

    @property
    def main_title(self) -> str:
        """The title in the language the survey was written in."""
        return self.text("title", self.languages[0])

    def text(self, field: str, language: str) -> str:
        """A text in `language`, else in the survey's first language."""
        texts = getattr(self, field) or {}
        return texts.get(language) or texts.get(self.languages[0], "")


class Question(models.Model):
    """One question of a survey, at a position (1, 2, ...); its text per language."""

    place = models.ForeignKey("community.Place", on_delete=models.CASCADE, related_name="+")
    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="questions")
    position = models.PositiveSmallIntegerField()
    kind = models.CharField(_("soort vraag"), max_length=8, choices=QuestionKind.choices)
    text = models.JSONField(_("vraag"), encoder=UnicodeJSONEncoder)
    help = models.JSONField(_("uitleg"), default=dict, blank=True, encoder=UnicodeJSONEncoder)
    required = models.BooleanField(_("verplicht"), default=False)
    scale_min = models.SmallIntegerField(null=True, blank=True)
    scale_max = models.SmallIntegerField(null=True, blank=True)
    # What the ends of a scale mean, per language: {"nl": ["helemaal niet", "helemaal"]}.
    scale_labels = models.JSONField(default=dict, blank=True, encoder=UnicodeJSONEncoder)
    number_min = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    number_max = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)

    class Meta:
        ordering = ["survey", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["survey", "position"], name="signals_question_position_unique"
            ),
            models.CheckConstraint(condition=Q(position__gte=1), name="signals_question_1up"),
            models.CheckConstraint(
                condition=Q(kind__in=QuestionKind.values), name="signals_question_kind_known"
            ),
            models.CheckConstraint(
                condition=(
                    Q(kind=QuestionKind.SCALE)
                    & Q(scale_min__isnull=False)
                    & Q(scale_max__gt=F("scale_min"))
                    & Q(scale_max__lte=F("scale_min") + SCALE_STEPS_MAX)
                )
                | (
                    ~Q(kind=QuestionKind.SCALE)
                    & Q(scale_min__isnull=True)
                    & Q(scale_max__isnull=True)
                ),
                name="signals_question_scale_shape",
            ),
            models.CheckConstraint(
                condition=Q(number_min__isnull=True)
                | Q(number_max__isnull=True)
                | Q(number_max__gte=F("number_min")),
                name="signals_question_number_range_ordered",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.position}. {self.text.get('nl') or next(iter(self.text.values()), '')}"


class Choice(models.Model):
    """One answer one can pick for a single or multiple choice question."""

    place = models.ForeignKey("community.Place", on_delete=models.CASCADE, related_name="+")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="choices")
    position = models.PositiveSmallIntegerField()
    label = models.JSONField(_("antwoord"), encoder=UnicodeJSONEncoder)

    class Meta:
        ordering = ["question", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["question", "position"], name="signals_choice_position_unique"
            ),
            models.CheckConstraint(condition=Q(position__gte=1), name="signals_choice_1up"),
        ]


class SkipRule(models.Model):
    """ "Whoever answers `choice` to `question` goes on at `target`" (or ends the survey
    when there is no target). Rules never make the survey loop: the service checks the
    whole route before saving, and a rule never points at its own question."""

    place = models.ForeignKey("community.Place", on_delete=models.CASCADE, related_name="+")
    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="skip_rules")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="skip_rules")
    choice = models.ForeignKey(Choice, on_delete=models.CASCADE, related_name="+")
    target = models.ForeignKey(
        Question, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["question", "choice"]
        constraints = [
            models.UniqueConstraint(fields=["question", "choice"], name="signals_skip_rule_unique"),
            models.CheckConstraint(
                condition=~Q(target=F("question")), name="signals_skip_rule_not_to_itself"
            ),
        ]
