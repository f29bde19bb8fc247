"""Cohen's kappa between two reviewers and between reviewer and machine, against a set
worked out by hand.

Ten passages, all coded "struggle" by the machine. Sara and Lien each review all ten:

    passage   1  2  3  4  5  6  7  8  9  10
    Sara      s  s  s  s  s  n  n  n  n  n      (s = struggle, n = norms and values)
    Lien      s  s  s  s  n  n  n  n  n  s

Between them: they agree on 8 of 10 (p_o = 0.8); each says s half the time, so chance
agreement is p_e = 0.5·0.5 + 0.5·0.5 = 0.5, and kappa = (0.8 − 0.5) / (1 − 0.5) = 0.60.
Reviewer and machine: 20 reviews, 10 of them "s" like the machine (p_o = 0.5); the
machine always says s, so p_e = 1·0.5 + 0·0.5 = 0.5 and kappa = 0.00.
Nobody names a tension field, so on that dimension kappa is undefined."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from nabij.practices import agreement
from nabij.practices.agreement import ReviewedPassage
from nabij.practices.selectors.reviews import corpus_agreement, document_agreement
from nabij.practices.services.reviews import passage_review

from .conftest_reviews import document_with, passages_of

SARA = "sssssnnnnn"
LIEN = "ssssnnnnns"
LABEL = {"s": "struggle", "n": "norms_values"}


def _worked_example(cast):
    document = document_with(
        cast.rabot,
        cast.worker,
        [(f"Passage {n} over samen opkomen voor rechten.", "struggle", "") for n in range(10)],
    )
    now = timezone.now()
    for passage, sara, lien in zip(passages_of(document), SARA, LIEN, strict=True):
        passage_review(
            actor=cast.worker,
            passage=passage,
            source=LABEL[sara],
            tension_field="",
            now=now - timedelta(minutes=5),
        )
        passage_review(
            actor=cast.analyst, passage=passage, source=LABEL[lien], tension_field="", now=now
        )
    return document


def test_kappa_of_the_hand_worked_example(cast):
    source, field = document_agreement(_worked_example(cast))

    assert source.reviewers.pairs == 10
    assert source.reviewers.kappa == pytest.approx(0.6)
    assert source.machine.pairs == 20
    assert source.machine.kappa == pytest.approx(0.0)
    assert field.reviewers.pairs == 10
    assert field.reviewers.kappa is None
    assert not field.reviewers.enough


def test_the_page_shows_the_kappas_of_the_hand_worked_example(cast, login):
    document = _worked_example(cast)

    page = login(cast.worker).get(
        reverse("practices:document_summary", args=["rabot", document.pk])
    )

    text = " ".join(page.content.decode().split())
    assert (
        '<td class="kappa-reviewers"><span class="kappa">0,60</span> (10 passages vergeleken)'
        in text
    )
    assert (
        '<td class="kappa-machine"><span class="kappa">0,00</span> (20 passages vergeleken)' in text
    )
    assert "Niet te berekenen: in alle 10 vergeleken passages koos iedereen hetzelfde." in text


def test_fewer_than_ten_pairs_are_not_enough_yet(cast, login):
    document = document_with(
        cast.rabot, cast.worker, [("Samen opkomen voor betaalbaar wonen.", "struggle", "")]
    )
    passage_review(
        actor=cast.worker, passage=passages_of(document)[0], source="encounter", tension_field=""
    )

    page = login(cast.analyst).get(reverse("practices:corpus_summary", args=["rabot"]))

    text = " ".join(page.content.decode().split())
    assert "Nog niet genoeg nagekeken: 1 passage vergeleken, er zijn er minstens 10 nodig." in text
    assert "Nog niet genoeg nagekeken: 0 passages vergeleken" in text  # no two reviewers yet
    assert corpus_agreement(cast.rabot)[0].machine.pairs == 1


def test_only_the_first_two_reviewers_of_a_passage_are_compared():
    passages = [
        ReviewedPassage(machine="struggle", reviews=["struggle", "struggle", "encounter"]),
        ReviewedPassage(machine="encounter", reviews=["encounter", "struggle"]),
        ReviewedPassage(machine="encounter", reviews=["encounter"]),
    ]

    between = agreement.between_reviewers(passages)
    machine = agreement.reviewer_machine(passages)

    assert between.pairs == 2
    assert machine.pairs == 6
