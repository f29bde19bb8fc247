"""Reads of uploaded documents: the list of a place with how far each was reviewed, and
a document's passages as its page shows them (filtered by the code that counts)."""

from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet

from nabij.community.models import Place
from nabij.practices.choices import Source, TensionField
from nabij.practices.models import Document, Passage
from nabij.practices.selectors.reviews import CodeFilter, passages_filtered
from nabij.practices.trigger_marks import Piece, trigger_pieces

LABELS = {**dict(Source.choices), **dict(TensionField.choices)}


def documents_of_place(place: Place) -> QuerySet:
    """The place's documents, newest first, with `passage_count` and `reviewed_count`
    (passages at least one person reviewed)."""
    return (
        Document.objects.filter(place=place)
        .select_related("uploaded_by")
        .annotate(
            passage_count=Count("passages", distinct=True),
            reviewed_count=Count(
                "passages", filter=Q(passages__reviews__isnull=False), distinct=True
            ),
        )
    )


def document_passages(document: Document, code: CodeFilter) -> QuerySet:
    """The document's passages in reading order, those whose counting code matches."""
    return passages_filtered(Passage.objects.filter(document=document), code).order_by("position")


@dataclass(frozen=True)
class MachineCode:
    """What the coder said of one dimension of a passage, for the page."""

    label: str  # "" for none
    name: str  # the label as people read it
    score: float | None  # the score of the label given, 0..1
    triggers: list[str]


@dataclass(frozen=True)
class ShownPassage:
    passage: Passage
    pieces: list[Piece]
    source: MachineCode
    tension_field: MachineCode


def _machine(passage: Passage, dimension: str, label: str) -> MachineCode:
    scores = (passage.scores or {}).get(dimension) or {}
    score = scores.get(label) if label else None
    return MachineCode(
        label=label,
        name=str(LABELS.get(label, "")),
        score=float(score) if isinstance(score, int | float) else None,
        triggers=list((passage.triggers or {}).get(label, [])) if label else [],
    )


def passage_shown(passage: Passage) -> ShownPassage:
    """A passage with its text cut at the words that triggered its machine code."""
    # Only the words behind the labels given are marked: the others did not win.
    given = {
        label: words
        for label, words in (passage.triggers or {}).items()
        if label in (passage.source, passage.tension_field)
    }
    return ShownPassage(
        passage=passage,
        pieces=trigger_pieces(passage.text, given),
        source=_machine(passage, "source", passage.source),
        tension_field=_machine(passage, "tension_field", passage.tension_field),
    )
