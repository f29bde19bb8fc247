"""The reviewed passages of a place become examples for the coder, with the code that
counts: the latest review's. Unreviewed passages, other languages and other places stay
out."""

from datetime import timedelta

from django.utils import timezone

from nabij.practices.coding.labels import Example
from nabij.practices.selectors.reviews import coder_examples
from nabij.practices.services.reviews import passage_review

from .conftest_reviews import PLAN, document_with, passages_of


def test_the_corrections_and_acceptances_of_rabot_in_dutch_are_the_examples(cast):
    first, second, third = passages_of(document_with(cast.rabot, cast.worker, PLAN))
    passage_review(actor=cast.worker, passage=first, source="struggle", tension_field="")
    passage_review(
        actor=cast.worker, passage=second, source="norms_values", tension_field="negotiable"
    )
    french = passages_of(
        document_with(
            cast.rabot,
            cast.worker,
            [("Les voisins s'entraident.", "interdependence", "")],
            title="Plan",
            language="fr",
        )
    )[0]
    passage_review(actor=cast.worker, passage=french, source="encounter", tension_field="")
    school = passages_of(document_with(cast.school, cast.school_worker, PLAN, title="Schoolplan"))[
        2
    ]
    passage_review(actor=cast.school_worker, passage=school, source="encounter", tension_field="")

    examples = coder_examples(cast.rabot, "nl")

    assert sorted(examples, key=lambda e: e.text) == sorted(
        [
            Example(text=first.text, source="struggle", tension_field=None, language="nl"),
            Example(
                text=second.text,
                source="norms_values",
                tension_field="negotiable",
                language="nl",
            ),
        ],
        key=lambda e: e.text,
    )
    assert third.text not in [e.text for e in examples]  # nobody reviewed it


def test_when_two_reviewers_differ_the_latest_review_counts(cast):
    first = passages_of(document_with(cast.rabot, cast.worker, PLAN))[0]
    now = timezone.now()
    passage_review(
        actor=cast.analyst,
        passage=first,
        source="struggle",
        tension_field="",
        now=now - timedelta(hours=1),
    )
    passage_review(actor=cast.worker, passage=first, source="encounter", tension_field="", now=now)

    [example] = coder_examples(cast.rabot, "nl")

    assert (example.source, example.tension_field) == ("encounter", None)
