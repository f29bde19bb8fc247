from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from nabij.practices.choices import DocumentKind, DocumentLanguage, Source, TensionField


class Document(models.Model):
    """A policy text uploaded for coding. The file itself is not kept: only its passages,
    its fingerprint (so the same file is not coded twice) and what it was."""

    place = models.ForeignKey("community.Place", on_delete=models.CASCADE, related_name="+")
    title = models.CharField(_("titel"), max_length=200)
    language = models.CharField(
        _("taal"), max_length=2, choices=DocumentLanguage.choices, default=DocumentLanguage.NL
    )
    kind = models.CharField(max_length=4, choices=DocumentKind.choices)
    filename = models.CharField(max_length=200)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    uploaded_by = models.ForeignKey("community.Member", on_delete=models.PROTECT, related_name="+")
    uploaded_at = models.DateTimeField()

    class Meta:
        ordering = ["-uploaded_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["place", "sha256"], name="practices_document_once"),
            models.CheckConstraint(
                condition=Q(title__regex=r"\S"), name="practices_document_title"
            ),
            models.CheckConstraint(
                condition=Q(language__in=DocumentLanguage.values),
                name="practices_document_language_known",
            ),
            models.CheckConstraint(
                condition=Q(kind__in=DocumentKind.values), name="practices_document_kind_known"
            ),
            models.CheckConstraint(condition=Q(size__gt=0), name="practices_document_not_empty"),
        ]

    def __str__(self) -> str:
        return self.title


class Passage(models.Model):
    """A passage of a document with the code the machine gave it: a source and a tension
    field (each may be none), the scores behind them and the words that triggered them."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="passages")
    place = models.ForeignKey("community.Place", on_delete=models.CASCADE, related_name="+")
    position = models.PositiveIntegerField()
    page = models.PositiveIntegerField(null=True, blank=True)
    text = models.TextField()
    source = models.CharField(max_length=16, choices=Source.choices, blank=True)
    tension_field = models.CharField(max_length=26, choices=TensionField.choices, blank=True)
    # {"source": {label: score}, "tension_field": {label: score}} as the coder gave them.
    scores = models.JSONField(default=dict)
    # {label: [words in the passage that triggered it]}
    triggers = models.JSONField(default=dict)
    coded_with = models.CharField(max_length=40)
    coded_at = models.DateTimeField()

    class Meta:
        ordering = ["document", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["document", "position"], name="practices_passage_one_per_position"
            ),
            models.CheckConstraint(condition=Q(text__regex=r"\S"), name="practices_passage_text"),
            models.CheckConstraint(
                condition=Q(source="") | Q(source__in=Source.values),
                name="practices_passage_source_known",
            ),
            models.CheckConstraint(
                condition=Q(tension_field="") | Q(tension_field__in=TensionField.values),
                name="practices_passage_field_known",
            ),
        ]


class PassageReview(models.Model):
    """A reviewer's code for a passage: the machine's, accepted, or their correction.
    One per reviewer per passage, so two reviewers can be compared (Cohen's kappa)."""

    passage = models.ForeignKey(Passage, on_delete=models.CASCADE, related_name="reviews")
    place = models.ForeignKey("community.Place", on_delete=models.CASCADE, related_name="+")
    reviewer = models.ForeignKey("community.Member", on_delete=models.PROTECT, related_name="+")
    source = models.CharField(max_length=16, choices=Source.choices, blank=True)
    tension_field = models.CharField(max_length=26, choices=TensionField.choices, blank=True)
    # Whether the reviewer changed what the machine said (kept for the corrections count).
    corrected = models.BooleanField(default=False)
    reviewed_at = models.DateTimeField()

    class Meta:
        ordering = ["passage", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["passage", "reviewer"], name="practices_review_one_per_reviewer"
            ),
            models.CheckConstraint(
                condition=Q(source="") | Q(source__in=Source.values),
                name="practices_review_source_known",
            ),
            models.CheckConstraint(
                condition=Q(tension_field="") | Q(tension_field__in=TensionField.values),
                name="practices_review_field_known",
            ),
        ]
