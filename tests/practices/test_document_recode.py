"""Coding a document again uses what the place's reviewers taught since: each passage
gets the new machine code, what coded it and when; the reviews stay as they were."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from nabij.errors import DomainError
from nabij.practices.coding.labels import Coding
from nabij.practices.models import Passage, PassageReview
from nabij.practices.services import documents as services
from nabij.practices.services.documents import document_recode, document_upload

from .conftest_documents import counts, policy_text


class TaughtCoder:
    """A coder that learned from the reviewers: it calls every passage struggle."""

    def __init__(self, language: str = "nl", examples=()) -> None:
        self.examples = tuple(examples)

    version = "taught"

    def code(self, texts):
        scores = {"source": {"struggle": 0.8}, "tension_field": {}}
        return [Coding("struggle", None, scores, {"struggle": text.split()[:1]}) for text in texts]


def _uploaded(cast):
    return document_upload(
        actor=cast.worker,
        place=cast.rabot,
        title="Beleidsnota",
        language="nl",
        filename="nota.txt",
        data=policy_text(),
        now=timezone.now() - timedelta(days=2),
    )


def test_recoding_stores_the_new_code_and_keeps_the_reviews(cast, monkeypatch):
    document = _uploaded(cast)
    first = document.passages.order_by("position").first()
    review = PassageReview.objects.create(
        passage=first,
        place=cast.rabot,
        reviewer=cast.analyst,
        source="encounter",
        tension_field="",
        corrected=first.source != "encounter",
        reviewed_at=timezone.now() - timedelta(days=1),
    )
    examples_asked = []
    monkeypatch.setattr(
        services, "_examples", lambda place, language: examples_asked.append(language) or []
    )
    monkeypatch.setattr(services, "Coder", TaughtCoder)
    before = counts()
    now = timezone.now()

    document_recode(actor=cast.analyst, document=document, now=now)

    passages = list(Passage.objects.filter(document=document).order_by("position"))
    assert examples_asked == ["nl"]
    assert {p.source for p in passages} == {"struggle"}
    assert {p.tension_field for p in passages} == {""}
    assert {p.coded_with for p in passages} == {"taught"}
    assert {p.coded_at for p in passages} == {now}
    assert passages[0].triggers == {"struggle": [passages[0].text.split()[0]]}
    assert counts() == before
    assert PassageReview.objects.get(pk=review.pk).source == "encounter"


def test_recoding_counts_the_passages_that_changed_code(cast, monkeypatch):
    document = _uploaded(cast)
    # A passage changes code when its source or its tension field changes.
    unchanged = document.passages.filter(source="struggle", tension_field="").count()
    monkeypatch.setattr(services, "Coder", TaughtCoder)

    changed = document_recode(actor=cast.worker, document=document)

    passages = document.passages.count()
    assert changed == passages - unchanged
    # Nothing new to learn: a second time changes nothing.
    assert document_recode(actor=cast.worker, document=document) == 0


def test_only_staff_and_the_analyst_recode(cast):
    document = _uploaded(cast)
    coded = list(Passage.objects.values_list("source", "coded_at"))

    with pytest.raises(DomainError):
        document_recode(actor=cast.volunteer, document=document)

    assert list(Passage.objects.values_list("source", "coded_at")) == coded


def test_the_page_button_recodes_and_says_so(cast, login, monkeypatch):
    document = _uploaded(cast)
    monkeypatch.setattr(services, "Coder", TaughtCoder)
    url = reverse("practices:document_recode", args=["rabot", document.pk])

    response = login(cast.worker).post(url, follow=True)

    assert response.redirect_chain[-1][0].endswith(f"/teksten/{document.pk}/")
    assert "De passages zijn opnieuw gecodeerd" in response.content.decode()
    assert set(document.passages.values_list("coded_with", flat=True)) == {"taught"}
