"""A summary counts every passage once, by the reviewed code where a person checked it and
the machine's otherwise, and says how many a person checked."""

from django.urls import reverse

from nabij.practices.selectors.reviews import corpus_summary, document_summary
from nabij.practices.services.reviews import passage_review
from nabij.practices.summary import CodedPassage, summarise

from .conftest_reviews import PLAN, document_with, passages_of


def test_the_pure_core_counts_per_source_field_and_both():
    summary = summarise(
        [
            CodedPassage("struggle", "consensus_conflict", reviewed=True),
            CodedPassage("struggle", None, reviewed=False),
            CodedPassage(None, None, reviewed=False),
        ]
    )

    assert (summary.total, summary.reviewed) == (3, 1)
    assert summary.by_source["struggle"] == 2
    assert summary.by_source[None] == 1
    assert summary.by_source["encounter"] == 0
    assert list(summary.by_source)[-1] is None
    assert summary.by_field == {
        "universal_particular": 0,
        "consensus_conflict": 1,
        "economic_cultural": 0,
        "integration_transformation": 0,
        "distance_proximity": 0,
        "negotiable": 0,
        None: 2,
    }
    assert summary.cross["struggle", "consensus_conflict"] == 1
    assert summary.cross["struggle", None] == 1
    assert summary.cross[None, None] == 1
    assert sum(summary.cross.values()) == 3


def test_a_reviewed_code_wins_over_the_machines(cast):
    document = document_with(cast.rabot, cast.worker, PLAN)
    first, _, third = passages_of(document)
    # The machine said interdependence; Sara says struggle. The machine saw nothing in the
    # third; Lien says encounter.
    passage_review(actor=cast.worker, passage=first, source="struggle", tension_field="")
    passage_review(
        actor=cast.analyst, passage=third, source="encounter", tension_field="distance_proximity"
    )

    summary = document_summary(document)

    assert (summary.total, summary.reviewed) == (3, 2)
    assert summary.by_source["interdependence"] == 0
    assert summary.by_source["struggle"] == 1
    assert summary.by_source["norms_values"] == 1
    assert summary.by_source["encounter"] == 1
    assert summary.by_source[None] == 0
    assert summary.by_field["distance_proximity"] == 1
    assert summary.by_field["negotiable"] == 1
    assert summary.by_field[None] == 1


def test_the_corpus_is_every_document_of_the_place_filterable_by_language(cast):
    document_with(cast.rabot, cast.worker, PLAN)
    document_with(
        cast.rabot,
        cast.worker,
        [("Les voisins s'entraident.", "interdependence", "")],
        title="Plan",
        language="fr",
    )
    document_with(cast.school, cast.school_worker, PLAN, title="Schoolplan")

    assert corpus_summary(cast.rabot).total == 4
    assert corpus_summary(cast.rabot, "nl").total == 3
    assert corpus_summary(cast.rabot, "fr").by_source["interdependence"] == 1
    assert corpus_summary(cast.rabot, "en").total == 0


def test_the_summary_page_says_how_many_a_person_checked(cast, login):
    document = document_with(cast.rabot, cast.worker, PLAN)
    passage_review(
        actor=cast.worker, passage=passages_of(document)[0], source="struggle", tension_field=""
    )

    page = login(cast.analyst).get(
        reverse("practices:document_summary", args=["rabot", document.pk])
    )

    text = page.content.decode()
    assert page.status_code == 200
    assert "Een mens keek 1 van de 3 passages na." in text
    assert "<svg" in text and "<table" in text


def test_the_corpus_summary_page_shows_the_counts(cast, login):
    document_with(cast.rabot, cast.worker, PLAN)

    page = login(cast.worker).get(reverse("practices:corpus_summary", args=["rabot"]))

    assert page.status_code == 200
    assert "Een mens keek 0 van de 3 passages na." in page.content.decode()
