"""Attachments are checked by their content: a PDF, a photo, a DOCX or ODT text or a text
file, at most 10 MB, whose name says what it is. Anything else is refused with a clear
message and nothing is stored. Whoever may see the practice downloads them."""

import io
import zipfile

import docx
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from nabij.errors import DomainError
from nabij.practices.errors import PracticeError
from nabij.practices.models import PracticeAttachment
from nabij.practices.models.practices import ATTACHMENT_MAX_BYTES
from nabij.practices.services import practices as services
from tests.practices.bank import record

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (4, 4), (200, 40, 40)).save(out, "PNG")
    return out.getvalue()


def _docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("Verslag van het repair café.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _odt() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    return out.getvalue()


@pytest.fixture
def practice(cast):
    return record(cast.worker, cast.rabot)


def _add(cast, practice, data: bytes, filename: str, **extra):
    return services.practice_attachment_add(
        actor=cast.worker, practice=practice, data=data, filename=filename, **extra
    )


@pytest.mark.parametrize(
    ("make", "filename", "content_type"),
    [
        (lambda: PDF, "verslag.pdf", "application/pdf"),
        (_png, "foto.PNG", "image/png"),
        (
            _docx,
            "verslag.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        (_odt, "verslag.odt", "application/vnd.oasis.opendocument.text"),
        (lambda: "Welkom in het café.".encode(), "uitnodiging.txt", "text/plain; charset=utf-8"),
    ],
)
def test_a_file_of_a_known_kind_is_kept_with_its_type(cast, practice, make, filename, content_type):
    data = make()

    attachment = _add(cast, practice, data, filename)

    stored = PracticeAttachment.objects.get(pk=attachment.pk)
    assert (stored.filename, stored.content_type, stored.size) == (
        filename,
        content_type,
        len(data),
    )
    assert bytes(stored.data) == data


@pytest.mark.parametrize(
    ("data", "filename", "code"),
    [
        (b"MZ\x90\x00 a program", "flyer.pdf", PracticeError.ATTACHMENT_NOT_WHAT_NAME_SAYS),
        (PDF, "foto.png", PracticeError.ATTACHMENT_NOT_WHAT_NAME_SAYS),
        (b"\x89PNG\r\n\x1a\n but broken", "foto.png", PracticeError.ATTACHMENT_NOT_WHAT_NAME_SAYS),
        (b"PK\x03\x04 not a zip", "verslag.docx", PracticeError.ATTACHMENT_NOT_WHAT_NAME_SAYS),
        (b"\xff\xfe\x00t\x00e", "notities.txt", PracticeError.ATTACHMENT_NOT_WHAT_NAME_SAYS),
        (b"MZ\x90\x00 a program", "setup.exe", PracticeError.ATTACHMENT_KIND_UNKNOWN),
        (b"", "leeg.pdf", PracticeError.ATTACHMENT_EMPTY),
        (b"%PDF-" + b"0" * ATTACHMENT_MAX_BYTES, "groot.pdf", PracticeError.ATTACHMENT_TOO_LARGE),
    ],
)
def test_a_file_that_is_not_what_it_says_or_too_large_is_refused(
    cast, practice, data, filename, code
):
    with pytest.raises(DomainError) as refused:
        _add(cast, practice, data, filename)

    assert refused.value.code == code
    assert PracticeAttachment.objects.count() == 0


def test_the_refusal_says_what_the_file_should_have_been(cast, practice):
    with pytest.raises(DomainError) as refused:
        _add(cast, practice, PDF, "foto.png")

    assert (
        refused.value.message == "Dit bestand is niet wat de naam zegt: het is geen PNG-afbeelding."
    )


def test_an_upload_too_large_is_refused_on_the_page_before_it_is_read(cast, practice, login):
    upload = SimpleUploadedFile("groot.pdf", b"%PDF-" + b"0" * ATTACHMENT_MAX_BYTES)

    response = login(cast.worker).post(
        f"/p/rabot/praktijken/{practice.pk}/bijlagen/", {"file": upload}
    )

    assert response.status_code == 200
    assert "Een bijlage mag hoogstens 10 MB groot zijn." in response.content.decode()
    assert PracticeAttachment.objects.count() == 0


def test_a_worker_uploads_on_the_page_and_the_analyst_downloads_it(cast, practice, login):
    upload = SimpleUploadedFile("verslag.pdf", PDF)
    login(cast.worker).post(
        f"/p/rabot/praktijken/{practice.pk}/bijlagen/", {"file": upload, "public": "on"}
    )
    attachment = PracticeAttachment.objects.get()
    assert attachment.public

    response = login(cast.analyst).get(f"/p/rabot/praktijken/bijlagen/{attachment.pk}/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="verslag.pdf"'
    assert response.content == PDF


def test_a_worker_removes_an_attachment(cast, practice, login):
    attachment = _add(cast, practice, PDF, "verslag.pdf")

    login(cast.worker).post(f"/p/rabot/praktijken/bijlagen/{attachment.pk}/weg/")

    assert PracticeAttachment.objects.count() == 0


def test_an_attachment_of_another_place_is_not_found(cast, login):
    school_practice = record(cast.school_worker, cast.school)
    attachment = services.practice_attachment_add(
        actor=cast.school_worker, practice=school_practice, data=PDF, filename="verslag.pdf"
    )

    response = login(cast.worker).get(f"/p/rabot/praktijken/bijlagen/{attachment.pk}/")

    assert response.status_code == 404
