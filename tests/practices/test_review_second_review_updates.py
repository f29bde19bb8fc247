"""A reviewer who looks again changes their own review; there is still one per person."""

from datetime import timedelta

from django.utils import timezone

from nabij.practices.models import PassageReview
from nabij.practices.services.reviews import passage_review

from .conftest_reviews import PLAN, document_with, passages_of


def test_a_second_review_by_the_same_person_replaces_the_first(cast):
    first = passages_of(document_with(cast.rabot, cast.worker, PLAN))[0]
    earlier = timezone.now() - timedelta(hours=2)
    passage_review(
        actor=cast.worker, passage=first, source="struggle", tension_field="", now=earlier
    )

    later = timezone.now()
    again = passage_review(
        actor=cast.worker,
        passage=first,
        source="interdependence",
        tension_field="distance_proximity",
        now=later,
    )

    review = PassageReview.objects.get(passage=first, reviewer=cast.worker)
    assert review.pk == again.pk
    assert (review.source, review.tension_field) == ("interdependence", "distance_proximity")
    assert review.corrected is False  # back to what the machine said
    assert review.reviewed_at == later
    assert PassageReview.objects.count() == 1


def test_a_second_reviewer_adds_their_own_review(cast):
    first = passages_of(document_with(cast.rabot, cast.worker, PLAN))[0]
    passage_review(actor=cast.worker, passage=first, source="struggle", tension_field="")

    passage_review(actor=cast.analyst, passage=first, source="encounter", tension_field="")

    assert PassageReview.objects.filter(passage=first).count() == 2
