"""Only staff and the analyst of the passage's own place review it."""

import pytest
from django.urls import reverse

from nabij.community.errors import CommunityError
from nabij.errors import DomainError
from nabij.practices.models import PassageReview
from nabij.practices.services.reviews import passage_review, passages_accept

from .conftest_reviews import PLAN, document_with, passages_of


@pytest.mark.parametrize("who", ["school_worker", "volunteer", "neighbour", "shop"])
def test_someone_who_does_not_review_for_rabot_is_refused_and_nothing_is_stored(cast, who):
    document = document_with(cast.rabot, cast.worker, PLAN)
    first = passages_of(document)[0]

    with pytest.raises(DomainError) as refused:
        passage_review(actor=getattr(cast, who), passage=first, source="struggle", tension_field="")
    with pytest.raises(DomainError):
        passages_accept(actor=getattr(cast, who), document=document)

    assert refused.value.code is CommunityError.NOT_YOUR_PLACE
    assert PassageReview.objects.count() == 0


def test_the_schools_worker_cannot_post_a_review_of_a_rabot_passage(cast, login):
    first = passages_of(document_with(cast.rabot, cast.worker, PLAN))[0]
    client = login(cast.school_worker)

    through_rabot = client.post(
        reverse("practices:passage_review", args=["rabot", first.pk]),
        {"action": "accept"},
    )
    through_own_place = client.post(
        reverse("practices:passage_review", args=["regenboog", first.pk]),
        {"action": "accept"},
    )

    assert through_rabot.status_code == 403
    assert through_own_place.status_code == 404
    assert PassageReview.objects.count() == 0
