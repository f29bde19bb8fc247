"""A reviewer who finds the machine's code right accepts it: the review holds the same
code and is not counted as a correction."""

from django.urls import reverse

from nabij.practices.models import PassageReview
from nabij.practices.services.reviews import passage_review

from .conftest_reviews import PLAN, document_with, passages_of


def test_a_worker_accepts_the_machines_code(cast):
    first = passages_of(document_with(cast.rabot, cast.worker, PLAN))[0]

    review = passage_review(
        actor=cast.worker,
        passage=first,
        source="interdependence",
        tension_field="distance_proximity",
    )

    stored = PassageReview.objects.get(pk=review.pk)
    assert (stored.passage, stored.reviewer) == (first, cast.worker)
    assert (stored.source, stored.tension_field) == ("interdependence", "distance_proximity")
    assert stored.corrected is False
    assert stored.place == cast.rabot


def test_the_analyst_presses_klopt_and_returns_to_the_passage_with_the_filter_kept(cast, login):
    document = document_with(cast.rabot, cast.worker, PLAN)
    second = passages_of(document)[1]
    client = login(cast.analyst)

    response = client.post(
        reverse("practices:passage_review", args=["rabot", second.pk]),
        {
            "action": "accept",
            # What the lists show does not matter when the machine's code is accepted.
            "source": "struggle",
            "tension_field": "",
            "back": "document",
            "query": "source=norms_values&page=2&evil=http://elders.example",
        },
    )

    review = PassageReview.objects.get(passage=second, reviewer=cast.analyst)
    assert (review.source, review.tension_field, review.corrected) == (
        "norms_values",
        "negotiable",
        False,
    )
    assert response.status_code == 302
    expected = reverse("practices:document", args=["rabot", document.pk])
    assert response["Location"] == f"{expected}?source=norms_values&page=2#passage-{second.pk}"
