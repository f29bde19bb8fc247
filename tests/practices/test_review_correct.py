"""A reviewer who disagrees with the machine corrects the code; the review says so."""

from django.urls import reverse

from nabij.practices.models import PassageReview
from nabij.practices.services.reviews import passage_review

from .conftest_reviews import PLAN, document_with, passages_of


def test_a_changed_source_is_a_correction(cast):
    third = passages_of(document_with(cast.rabot, cast.worker, PLAN))[2]

    review = passage_review(actor=cast.worker, passage=third, source="encounter", tension_field="")

    assert PassageReview.objects.get(pk=review.pk).corrected is True
    assert review.source == "encounter"


def test_saying_there_is_no_tension_field_where_the_machine_saw_one_is_a_correction(cast):
    first = passages_of(document_with(cast.rabot, cast.worker, PLAN))[0]

    review = passage_review(
        actor=cast.analyst, passage=first, source="interdependence", tension_field=""
    )

    assert (review.tension_field, review.corrected) == ("", True)


def test_a_correction_saved_on_the_page_is_stored(cast, login):
    document = document_with(cast.rabot, cast.worker, PLAN)
    third = passages_of(document)[2]
    client = login(cast.worker)

    response = client.post(
        reverse("practices:passage_review", args=["rabot", third.pk]),
        {"action": "save", "source": "encounter", "tension_field": "distance_proximity"},
    )

    review = PassageReview.objects.get(passage=third, reviewer=cast.worker)
    assert (review.source, review.tension_field, review.corrected) == (
        "encounter",
        "distance_proximity",
        True,
    )
    expected = reverse("practices:document", args=["rabot", document.pk])
    assert response["Location"] == f"{expected}#passage-{third.pk}"
