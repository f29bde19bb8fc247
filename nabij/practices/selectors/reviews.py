"""Reads of reviewed passages: the code that counts for a passage, filters by it,
summaries and agreement of a document or a place's corpus, and coder examples.

The code that counts for a passage is its latest review's where a person reviewed it
(when two reviewers differ, the latest word wins: it is usually the one who looked
again, after talking with the first), and the machine's otherwise. Summaries, the
filters behind their counts, the document page's filters and coder examples all use
this one rule, so a count and the list behind it always agree."""

from collections.abc import Mapping
from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Prefetch, QuerySet, Subquery
from django.db.models.functions import Coalesce

from nabij.community.models import Place
from nabij.practices import agreement
from nabij.practices.coding.labels import SOURCES, TENSION_FIELDS, Example
from nabij.practices.models import Document, Passage, PassageReview
from nabij.practices.summary import FIELD_KEYS, SOURCE_KEYS, CodedPassage, Summary, summarise

# In a URL's filter, the value for "no source" / "no tension field".
NONE = "none"
SOURCE = "source"
TENSION_FIELD = "tension_field"


@dataclass(frozen=True)
class CodeFilter:
    """Which passages to list: a label, "" for none, or None for any."""

    source: str | None = None
    tension_field: str | None = None

    @classmethod
    def parse(cls, query: Mapping[str, str]) -> "CodeFilter":
        """From ?source=...&tension_field=... (a label or "none"); anything else is no
        filter, so a mistyped link shows every passage rather than an error."""
        return cls(
            source=_parse_label(query.get(SOURCE, ""), SOURCES),
            tension_field=_parse_label(query.get(TENSION_FIELD, ""), TENSION_FIELDS),
        )

    def query(self) -> dict[str, str]:
        """The filter as URL parameters (the inverse of parse)."""
        params = {}
        for name, value in ((SOURCE, self.source), (TENSION_FIELD, self.tension_field)):
            if value is not None:
                params[name] = value or NONE
        return params

    @property
    def active(self) -> bool:
        return self.source is not None or self.tension_field is not None


def _parse_label(value: str, labels: tuple[str, ...]) -> str | None:
    if value == NONE:
        return ""
    return value if value in labels else None


def _latest_review() -> QuerySet:
    return PassageReview.objects.filter(passage=OuterRef("pk")).order_by("-reviewed_at", "-pk")


def passages_coded(passages: QuerySet) -> QuerySet:
    """The passages with the code that counts: `code_source`, `code_tension_field` ("" for
    none) and `reviewed` (whether a person checked it)."""
    latest = _latest_review()
    return passages.annotate(
        code_source=Coalesce(Subquery(latest.values("source")[:1]), "source"),
        code_tension_field=Coalesce(Subquery(latest.values("tension_field")[:1]), "tension_field"),
        reviewed=Exists(PassageReview.objects.filter(passage=OuterRef("pk"))),
    )


def passages_filtered(passages: QuerySet, code: CodeFilter) -> QuerySet:
    """The passages whose counting code matches the filter (annotated as passages_coded)."""
    passages = passages_coded(passages)
    if code.source is not None:
        passages = passages.filter(code_source=code.source)
    if code.tension_field is not None:
        passages = passages.filter(code_tension_field=code.tension_field)
    return passages


def passages_for_review(passages: QuerySet) -> QuerySet:
    """With their reviews and reviewers fetched at once, for the review controls."""
    return passages.prefetch_related(
        Prefetch(
            "reviews",
            queryset=PassageReview.objects.select_related("reviewer").order_by("reviewed_at", "pk"),
        )
    )


def corpus_passages(place: Place, language: str | None = None) -> QuerySet:
    passages = Passage.objects.filter(place=place)
    if language:
        passages = passages.filter(document__language=language)
    return passages


def _summary(passages: QuerySet) -> Summary:
    rows = passages_coded(passages).values_list("code_source", "code_tension_field", "reviewed")
    return summarise(
        CodedPassage(source=s or None, tension_field=f or None, reviewed=bool(r))
        for s, f, r in rows
    )


def document_summary(document: Document) -> Summary:
    return _summary(Passage.objects.filter(document=document))


def corpus_summary(place: Place, language: str | None = None) -> Summary:
    return _summary(corpus_passages(place, language))


@dataclass(frozen=True)
class Dimension:
    """Agreement on one dimension: between two reviewers, reviewer and machine, and the
    machine's labels against the reviewers'."""

    name: str  # SOURCE or TENSION_FIELD
    reviewers: agreement.Agreement
    machine: agreement.Agreement
    confusion: agreement.Confusion


def _agreement(passages: QuerySet) -> list[Dimension]:
    rows = (
        PassageReview.objects.filter(passage__in=passages)
        .order_by("passage_id", "reviewed_at", "pk")
        .values_list(
            "passage_id", "source", "tension_field", "passage__source", "passage__tension_field"
        )
    )
    machine: dict[int, tuple[str | None, str | None]] = {}
    reviews: dict[int, list[tuple[str | None, str | None]]] = {}
    for passage, source, field, machine_source, machine_field in rows:
        machine[passage] = (machine_source or None, machine_field or None)
        reviews.setdefault(passage, []).append((source or None, field or None))
    dimensions = []
    for index, (name, keys) in enumerate(((SOURCE, SOURCE_KEYS), (TENSION_FIELD, FIELD_KEYS))):
        reviewed = [
            agreement.ReviewedPassage(
                machine=machine[pk][index], reviews=[review[index] for review in reviews[pk]]
            )
            for pk in reviews
        ]
        dimensions.append(
            Dimension(
                name=name,
                reviewers=agreement.between_reviewers(reviewed),
                machine=agreement.reviewer_machine(reviewed),
                confusion=agreement.confusion(reviewed, keys),
            )
        )
    return dimensions


def document_agreement(document: Document) -> list[Dimension]:
    return _agreement(Passage.objects.filter(document=document))


def corpus_agreement(place: Place, language: str | None = None) -> list[Dimension]:
    return _agreement(corpus_passages(place, language))


def coder_examples(place: Place, language: str) -> list[Example]:
    """The place's reviewed passages in that language, with the code that counts (the
    latest review's), as examples that teach the coder."""
    rows = (
        passages_coded(corpus_passages(place, language))
        .filter(reviewed=True)
        .order_by("pk")
        .values_list("text", "code_source", "code_tension_field")
    )
    return [
        Example(text=text, source=source or None, tension_field=field or None, language=language)
        for text, source, field in rows
    ]
