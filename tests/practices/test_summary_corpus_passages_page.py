"""The corpus passages page lists passages of every document of the place with their
document's title and review controls, filtered by the code that counts, in pages."""

from django.urls import reverse

from nabij.practices.services.reviews import passage_review

from .conftest_reviews import PLAN, document_with, passages_of


def test_the_page_lists_the_filtered_passages_with_their_document_and_reviewers(cast, login):
    plan = document_with(cast.rabot, cast.worker, PLAN)
    document_with(cast.rabot, cast.worker, PLAN, title="Wijkplan Rabot")
    document_with(cast.school, cast.school_worker, PLAN, title="Schoolplan")
    first = passages_of(plan)[0]
    passage_review(actor=cast.analyst, passage=first, source="norms_values", tension_field="")

    page = login(cast.worker).get(
        reverse("practices:corpus_passages", args=["rabot"]), {"source": "norms_values"}
    )

    text = page.content.decode()
    assert text.count('class="passage"') == 3  # two by the machine, one by Lien's review
    assert "Wijkplan Rabot" in text and "Beleidsplan samenleven" in text
    assert "Schoolplan" not in text
    assert f'id="passage-{first.pk}"' in text
    assert "Ook nagekeken door: Lien (verbeterd)." in text
    assert 'name="back" value="corpus"' in text


def test_the_page_needs_few_queries_however_many_passages(
    cast, login, django_assert_max_num_queries
):
    for number in range(8):
        document = document_with(cast.rabot, cast.worker, PLAN * 3, title=f"Plan {number}")
        for passage in passages_of(document)[:4]:
            passage_review(actor=cast.analyst, passage=passage, source="struggle", tension_field="")
    client = login(cast.worker)
    url = reverse("practices:corpus_passages", args=["rabot"])

    with django_assert_max_num_queries(12):
        page = client.get(url, {"page": 2})

    assert page.content.decode().count('class="passage"') == 25


def test_a_page_past_the_last_shows_the_last(cast, login):
    document_with(cast.rabot, cast.worker, PLAN)

    page = login(cast.analyst).get(
        reverse("practices:corpus_passages", args=["rabot"]), {"page": 9, "source": "none"}
    )

    assert page.status_code == 200
    assert page.content.decode().count('class="passage"') == 1
