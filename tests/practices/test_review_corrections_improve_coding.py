"""Reviewers' corrections change the next coding of similar passages.

A Rabot plan about a shared vegetable garden is coded by the machine; Sara and Lien
correct every passage to another code. A new text about the same garden, coded with the
place's reviewed passages as examples, gets the reviewers' code, where the machine
without those examples gives it a different one."""

from nabij.practices.coding.coder import Coder
from nabij.practices.coding.labels import SOURCES, TENSION_FIELDS
from nabij.practices.models import Document
from nabij.practices.selectors.reviews import coder_examples
from nabij.practices.services.reviews import passage_review

from .conftest_reviews import document_with, passages_of

GARDEN = [
    "In de gemeenschappelijke moestuin aan de Rabotstraat wieden de buren om beurten, "
    "want als één gezin zijn beurt overslaat, verdroogt de oogst van iedereen.",
    "De buren van de moestuin aan de Rabotstraat delen de gieters en het tuingereedschap; "
    "zonder elkaars gereedschap krijgt niemand de moestuin bewerkt.",
    "Elke zaterdag verdelen de buren de taken in de moestuin: wie water geeft, wie wiedt, "
    "wie oogst. De tuin lukt alleen als iedereen zijn beurt doet.",
]
NEW = (
    "In de moestuin aan de Rabotstraat geven de buren om beurten water; "
    "slaat één gezin zijn beurt over, dan verdroogt de oogst van iedereen."
)


def _other(labels, *taken):
    return next(label for label in labels if label not in taken)


def test_corrections_improve_the_coding_of_the_next_document(cast):
    machine = Coder(language="nl")
    before = machine.code([NEW])[0]
    codings = machine.code(GARDEN)
    # The reviewers' code: one the machine gave neither the garden passages nor the new text.
    source = _other(SOURCES, before.source, *(c.source for c in codings))
    field = _other(TENSION_FIELDS, before.tension_field, *(c.tension_field for c in codings))
    document = document_with(
        cast.rabot,
        cast.worker,
        [
            (text, c.source or "", c.tension_field or "")
            for text, c in zip(GARDEN, codings, strict=True)
        ],
        title="Moestuinplan",
    )
    for index, passage in enumerate(passages_of(document)):
        reviewer = cast.worker if index % 2 else cast.analyst
        review = passage_review(actor=reviewer, passage=passage, source=source, tension_field=field)
        assert review.corrected

    examples = coder_examples(cast.rabot, "nl")
    after = Coder(language="nl", examples=examples).code([NEW])[0]

    assert len(examples) == len(GARDEN)
    assert (before.source, before.tension_field) != (source, field)
    assert (after.source, after.tension_field) == (source, field)
    assert Document.objects.count() == 1


def test_corrections_in_another_place_do_not_change_rabots_coding(cast):
    machine = Coder(language="nl")
    before = machine.code([NEW])[0]
    source = _other(SOURCES, before.source)
    document = document_with(
        cast.school, cast.school_worker, [(text, "", "") for text in GARDEN], title="Schooltuin"
    )
    for passage in passages_of(document):
        passage_review(actor=cast.school_worker, passage=passage, source=source, tension_field="")

    examples = coder_examples(cast.rabot, "nl")
    after = Coder(language="nl", examples=examples).code([NEW])[0]

    assert examples == []
    assert after.source == before.source
