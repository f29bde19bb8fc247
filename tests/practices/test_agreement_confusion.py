"""Where the machine errs: reviews counted by the machine's label and the reviewer's."""

from django.urls import reverse

from nabij.practices.agreement import ReviewedPassage, confusion
from nabij.practices.selectors.reviews import document_agreement
from nabij.practices.services.reviews import passage_review

from .conftest_reviews import PLAN, document_with, passages_of


def test_the_pure_core_counts_each_review_against_the_machine():
    table = confusion(
        [
            ReviewedPassage(machine="struggle", reviews=["struggle", "encounter"]),
            ReviewedPassage(machine=None, reviews=["encounter"]),
        ],
        ["struggle", "encounter", None],
    )

    assert table.row("struggle") == [1, 1, 0]
    assert table.row(None) == [0, 1, 0]
    assert table.row("encounter") == [0, 0, 0]


def test_a_documents_confusion_table_holds_the_corrections(cast, login):
    document = document_with(cast.rabot, cast.worker, PLAN)
    first, second, third = passages_of(document)
    passage_review(actor=cast.worker, passage=first, source="struggle", tension_field="")
    passage_review(actor=cast.worker, passage=third, source="encounter", tension_field="")
    passage_review(
        actor=cast.analyst, passage=second, source="norms_values", tension_field="negotiable"
    )

    source, field = document_agreement(document)

    assert source.confusion.counts["interdependence", "struggle"] == 1
    assert source.confusion.counts[None, "encounter"] == 1
    assert source.confusion.counts["norms_values", "norms_values"] == 1
    assert sum(source.confusion.counts.values()) == 3
    assert field.confusion.counts["distance_proximity", None] == 1
    page = login(cast.worker).get(
        reverse("practices:document_summary", args=["rabot", document.pk])
    )
    assert "wat de computer koos (rijen) en wat de mens koos (kolommen)" in page.content.decode()
