"""A worker or the analyst uploads a policy text as PDF, Word or plain text: it is read,
split into passages in reading order, and every passage is coded and stored."""

import hashlib

import pytest

from nabij.practices.choices import DocumentKind
from nabij.practices.coding.coder import Coder
from nabij.practices.models import Document, Passage
from nabij.practices.services.documents import document_upload

from .conftest_documents import (
    PARAGRAPHS,
    counts,
    policy_docx,
    policy_pdf,
    policy_text,
    post_upload,
)


def _upload(cast, name: str, data: bytes, actor=None) -> Document:
    return document_upload(
        actor=actor or cast.worker,
        place=cast.rabot,
        title="Beleidsnota samenleven",
        language="nl",
        filename=name,
        data=data,
    )


def _assert_paragraphs_stored(document: Document) -> list[Passage]:
    passages = list(document.passages.order_by("position"))
    assert [p.position for p in passages] == list(range(1, len(passages) + 1))
    # Each paragraph of the note is in a passage of its own, in reading order.
    found = [next(i for i, p in enumerate(passages) if text[-30:] in p.text) for text in PARAGRAPHS]
    assert found == sorted(found) and len(set(found)) == len(PARAGRAPHS)
    return passages


def test_a_pdf_is_read_page_by_page_and_its_passages_are_coded(cast):
    data = policy_pdf()
    document = _upload(cast, "beleidsnota.pdf", data)

    assert document.kind == DocumentKind.PDF
    assert document.size == len(data)
    assert document.sha256 == hashlib.sha256(data).hexdigest()
    passages = _assert_paragraphs_stored(document)
    # One paragraph a page: each passage knows the page it is on.
    assert [p.page for p in passages if "huurprijzen" in p.text] == [2]
    assert [p.page for p in passages if "wijkagent" in p.text] == [3]
    expected = Coder("nl").code([p.text for p in passages])
    for passage, coding in zip(passages, expected, strict=True):
        assert passage.source == (coding.source or "")
        assert passage.tension_field == (coding.tension_field or "")
        assert set(passage.scores) == {"source", "tension_field"}
        assert passage.coded_with == Coder("nl").version
        assert passage.coded_at == document.uploaded_at


def test_a_word_file_is_read_with_its_tables(cast):
    row = "Buren ontmoeten elkaar in het park tijdens het buurtfeest van de zomer."
    document = _upload(cast, "nota.docx", policy_docx(table=[["Wat", "Wie"], [row, "de buurt"]]))

    assert document.kind == DocumentKind.DOCX
    passages = _assert_paragraphs_stored(document)
    assert any(row in p.text for p in passages)
    # A Word file has no pages to look up.
    assert {p.page for p in passages} == {None}


def test_a_text_file_in_windows_1252_is_read(cast):
    text = "\r\n\r\n".join(
        [*PARAGRAPHS, "Café De Kroon is één van de plekken waar iedereen welkom is."]
    )
    document = _upload(cast, "nota.txt", text.encode("cp1252"), actor=cast.analyst)

    assert document.kind == DocumentKind.TEXT
    assert document.uploaded_by == cast.analyst
    passages = _assert_paragraphs_stored(document)
    assert "Café De Kroon is één van de plekken" in passages[-1].text


@pytest.mark.parametrize("who", ["worker", "admin", "analyst"])
def test_staff_and_the_analyst_upload_through_the_page(cast, login, who):
    client = login(getattr(cast, who))

    response = post_upload(client, "nota.txt", policy_text())

    document = Document.objects.get()
    assert response.status_code == 302
    assert response["Location"].endswith(f"/teksten/{document.pk}/")
    assert document.title == "Beleidsnota"
    assert document.passages.count() >= len(PARAGRAPHS)


@pytest.mark.parametrize("who", ["volunteer", "neighbour", "shop", "school_worker"])
def test_nobody_else_can_upload_and_nothing_is_stored(cast, login, who):
    before = counts()

    response = post_upload(login(getattr(cast, who)), "nota.txt", policy_text())

    assert response.status_code == 403
    assert counts() == before
