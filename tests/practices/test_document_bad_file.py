"""A file Nabij cannot read is refused with a message that says what is wrong and what to
do about it, next to the file field; nothing is stored."""

import io
import zipfile

import pytest
from django.utils.html import escape

from nabij.errors import DomainError
from nabij.practices.errors import PracticeError
from nabij.practices.services.documents import document_upload

from .conftest_documents import (
    corrupt_pdf,
    counts,
    docx_bomb,
    locked_pdf,
    png,
    policy_text,
    post_upload,
    scanned_pdf,
)


def _not_a_word_file() -> bytes:
    """A zip with a document part that is not XML, as a broken save leaves it."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("word/document.xml", "dit is geen XML")
    return out.getvalue()


BAD_FILES = {
    "corrupt PDF": (
        "nota.pdf",
        corrupt_pdf,
        "Deze PDF is beschadigd en kan niet gelezen worden. Maak de PDF opnieuw, of kies "
        "een ander bestand.",
    ),
    "password-protected PDF": (
        "nota.pdf",
        locked_pdf,
        "Deze PDF is beveiligd met een wachtwoord. Haal het wachtwoord weg en laad de PDF "
        "opnieuw op.",
    ),
    "scanned PDF": (
        "scan.pdf",
        scanned_pdf,
        "In deze PDF staat geen tekst om te lezen: hij is waarschijnlijk ingescand.",
    ),
    "empty file": (
        "nota.txt",
        lambda: b"",
        "Dit bestand is leeg. Kies het bestand opnieuw, of een ander bestand.",
    ),
    "PNG named .pdf": (
        "nota.pdf",
        png,
        "Het bestand heet ‘nota.pdf’, maar het is geen PDF: het is een PNG-afbeelding.",
    ),
    "text named .docx": (
        "nota.docx",
        policy_text,
        "Het bestand heet ‘nota.docx’, maar het is geen Word-bestand (DOCX): het is platte tekst.",
    ),
    "PNG named .png": (
        "foto.png",
        png,
        "Dit bestand is een PNG-afbeelding. Nabij leest alleen PDF, Word (DOCX) en platte tekst",
    ),
    "broken Word file": (
        "nota.docx",
        _not_a_word_file,
        "Dit is geen geldig Word-bestand (DOCX).",
    ),
    "zip bomb named .docx": (
        "nota.docx",
        docx_bomb,
        "Dit Word-bestand wordt na het uitpakken te groot om te lezen.",
    ),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_a_bad_file_is_refused_on_the_page_and_nothing_is_stored(cast, login, case):
    name, make, dutch = BAD_FILES[case]
    before = counts()

    response = post_upload(login(cast.worker), name, make())

    assert response.status_code == 400
    page = response.content.decode()
    assert escape(dutch) in page
    assert 'class="error-summary"' in page
    assert counts() == before


@pytest.mark.parametrize(
    ("case", "code"),
    [
        ("corrupt PDF", PracticeError.PDF_CORRUPT),
        ("password-protected PDF", PracticeError.PDF_LOCKED),
        ("scanned PDF", PracticeError.PDF_NO_TEXT),
        ("empty file", PracticeError.FILE_EMPTY),
        ("PNG named .pdf", PracticeError.FILE_NOT_WHAT_NAME_SAYS),
        ("text named .docx", PracticeError.FILE_NOT_WHAT_NAME_SAYS),
        ("broken Word file", PracticeError.DOCX_INVALID),
        ("zip bomb named .docx", PracticeError.DOCX_TOO_LARGE_UNPACKED),
    ],
)
def test_the_service_refuses_the_same_files_by_itself(cast, case, code):
    name, make, _ = BAD_FILES[case]
    before = counts()

    with pytest.raises(DomainError) as refused:
        document_upload(
            actor=cast.worker,
            place=cast.rabot,
            title="Beleidsnota",
            language="nl",
            filename=name,
            data=make(),
        )

    assert refused.value.code == code
    assert refused.value.field == "file"
    assert counts() == before


@pytest.mark.parametrize(
    ("title", "language", "code", "field"),
    [
        ("   ", "nl", PracticeError.TEXT_EMPTY, "title"),
        ("x" * 201, "nl", PracticeError.TEXT_TOO_LONG, "title"),
        ("Beleidsnota", "de", PracticeError.CHOICE_UNKNOWN, "language"),
    ],
)
def test_a_missing_title_or_unknown_language_is_refused(cast, title, language, code, field):
    before = counts()

    with pytest.raises(DomainError) as refused:
        document_upload(
            actor=cast.worker,
            place=cast.rabot,
            title=title,
            language=language,
            filename="nota.txt",
            data=policy_text(),
        )

    assert (refused.value.code, refused.value.field) == (code, field)
    assert counts() == before


def test_a_text_without_any_words_yields_no_passage_and_is_refused(cast, login):
    before = counts()

    response = post_upload(login(cast.worker), "leeg.txt", b"\n\n   \n\t\n")

    assert response.status_code == 400
    assert escape("In dit bestand staat geen tekst om te lezen.") in response.content.decode()
    assert counts() == before
