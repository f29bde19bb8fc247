"""A label that is not one of the framework's is refused with a translated message, and
nothing is stored: not by the service, not through the page."""

import pytest
from django.urls import reverse
from django.utils import translation

from nabij.errors import DomainError
from nabij.practices.errors import PracticeError
from nabij.practices.models import PassageReview
from nabij.practices.services.reviews import passage_review

from .conftest_reviews import PLAN, document_with, passages_of


@pytest.mark.parametrize(
    ("source", "tension_field", "code", "field"),
    [
        ("charity", "", PracticeError.REVIEW_SOURCE_UNKNOWN, "source"),
        ("struggle", "left_right", PracticeError.REVIEW_FIELD_UNKNOWN, "tension_field"),
        ("Struggle", "", PracticeError.REVIEW_SOURCE_UNKNOWN, "source"),
    ],
)
def test_an_unknown_label_is_refused_and_nothing_is_stored(
    cast, source, tension_field, code, field
):
    first = passages_of(document_with(cast.rabot, cast.worker, PLAN))[0]
    before = PassageReview.objects.count()

    with pytest.raises(DomainError) as refused:
        passage_review(actor=cast.worker, passage=first, source=source, tension_field=tension_field)

    assert refused.value.code is code
    assert refused.value.field == field
    assert PassageReview.objects.count() == before == 0


def test_an_unknown_label_leaves_an_earlier_review_as_it_was(cast):
    first = passages_of(document_with(cast.rabot, cast.worker, PLAN))[0]
    passage_review(actor=cast.worker, passage=first, source="struggle", tension_field="")

    with pytest.raises(DomainError):
        passage_review(actor=cast.worker, passage=first, source="charity", tension_field="")

    review = PassageReview.objects.get()
    assert (review.source, review.corrected) == ("struggle", True)


def test_the_message_is_dutch_and_translatable(cast):
    with translation.override("nl"):
        message = str(PracticeError.REVIEW_SOURCE_UNKNOWN.message)
    assert message == "Kies een bron van solidariteit uit de lijst, of 'geen bron'."


def test_an_unknown_label_sent_from_the_page_shows_the_message_and_stores_nothing(cast, login):
    document = document_with(cast.rabot, cast.worker, PLAN)
    first = passages_of(document)[0]
    client = login(cast.worker)

    response = client.post(
        reverse("practices:passage_review", args=["rabot", first.pk]),
        {"action": "save", "source": "charity", "tension_field": "", "back": "corpus"},
        follow=True,
    )

    assert PassageReview.objects.count() == 0
    assert "Kies een bron van solidariteit uit de lijst" in response.content.decode()
