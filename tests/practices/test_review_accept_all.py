"""Accepting at once the machine's codes of a document one has not reviewed yet."""

from django.urls import reverse

from nabij.practices.models import PassageReview
from nabij.practices.services.reviews import passage_review, passages_accept

from .conftest_reviews import PLAN, document_with, passages_of


def test_accept_all_leaves_ones_own_corrections_and_others_reviews_alone(cast):
    document = document_with(cast.rabot, cast.worker, PLAN)
    first, second, third = passages_of(document)
    passage_review(actor=cast.worker, passage=first, source="struggle", tension_field="")
    passage_review(actor=cast.analyst, passage=second, source="encounter", tension_field="")

    accepted = passages_accept(actor=cast.worker, document=document)

    assert accepted == 2
    mine = {r.passage_id: r for r in PassageReview.objects.filter(reviewer=cast.worker)}
    assert (mine[first.pk].source, mine[first.pk].corrected) == ("struggle", True)
    assert (mine[second.pk].source, mine[second.pk].corrected) == ("norms_values", False)
    assert (mine[third.pk].source, mine[third.pk].tension_field) == ("", "")
    lien = PassageReview.objects.get(reviewer=cast.analyst)
    assert lien.source == "encounter"


def test_accept_all_on_the_summary_page(cast, login):
    document = document_with(cast.rabot, cast.worker, PLAN)
    client = login(cast.analyst)

    response = client.post(
        reverse("practices:document_accept", args=["rabot", document.pk]), follow=True
    )

    assert PassageReview.objects.filter(reviewer=cast.analyst, corrected=False).count() == 3
    assert "Je aanvaardde de codes van 3 passages." in response.content.decode()
