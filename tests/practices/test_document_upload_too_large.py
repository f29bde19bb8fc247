"""A 200 MB upload is refused early and cheaply, with the limit in the message, and
nothing is stored.

The request is real: a multipart body of 200 MB streamed to the site from a sparse file
on disk (the test client would build the whole body in memory, so the request is made
with the body as the WSGI input stream, as a web server hands it over). Memory is traced
while the site handles it, so reading the file into memory would fail the test."""

import tracemalloc
import uuid

from django.core.files.uploadedfile import UploadedFile
from django.core.files.uploadhandler import TemporaryFileUploadHandler
from django.utils.html import escape

from nabij.practices.forms_documents import DocumentUploadForm

from .conftest_documents import counts, list_url

SIZE = 200 * 1024 * 1024
TOO_LARGE = "Dit bestand is te groot: het mag hoogstens 20 MB zijn."


def _sparse_multipart(path, boundary: str) -> int:
    """A form with a title, a language and a 200 MB 'nota.pdf' (zeros, taking no disk)."""
    head = (
        f"--{boundary}\r\n"
        'Content-Disposition: form-data; name="title"\r\n\r\nDe grote nota\r\n'
        f"--{boundary}\r\n"
        'Content-Disposition: form-data; name="language"\r\n\r\nnl\r\n'
        f"--{boundary}\r\n"
        'Content-Disposition: form-data; name="file"; filename="nota.pdf"\r\n'
        "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n"
    ).encode()
    tail = f"\r\n--{boundary}--\r\n".encode()
    with open(path, "wb") as body:
        body.write(head)
        body.seek(len(head) + SIZE)
        body.write(tail)
    return len(head) + SIZE + len(tail)


def test_a_200_mb_upload_is_refused_without_being_kept_and_nothing_is_stored(
    cast, login, tmp_path, monkeypatch
):
    client = login(cast.worker)
    boundary = uuid.uuid4().hex
    length = _sparse_multipart(tmp_path / "body", boundary)
    spooled = []
    original = TemporaryFileUploadHandler.new_file

    def spy(handler, *args, **kwargs):
        spooled.append(args)
        return original(handler, *args, **kwargs)

    monkeypatch.setattr(TemporaryFileUploadHandler, "new_file", spy)
    before = counts()

    with open(tmp_path / "body", "rb") as stream:
        tracemalloc.start()
        try:
            response = client.request(
                REQUEST_METHOD="POST",
                PATH_INFO=list_url(),
                CONTENT_TYPE=f"multipart/form-data; boundary={boundary}",
                CONTENT_LENGTH=str(length),
                **{"wsgi.input": stream},
            )
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()

    assert response.status_code == 400
    page = response.content.decode()
    assert escape(TOO_LARGE) in page
    # The form keeps what was typed, so only the file must be chosen again.
    assert 'value="De grote nota"' in page
    assert counts() == before
    # The file was skipped before a temporary copy was started, and never held in memory.
    assert spooled == []
    assert peak < 32 * 1024 * 1024


def test_the_form_refuses_a_200_mb_file_by_its_size_before_reading_it(cast, tmp_path):
    """An upload as Django hands it to the form once it is on disk: a 200 MB file (sparse,
    so it takes no room) that the form must not read."""
    path = tmp_path / "nota.pdf"
    with open(path, "wb") as sparse:
        sparse.truncate(SIZE)
    with open(path, "rb") as stream:
        upload = UploadedFile(stream, name="nota.pdf", content_type="application/pdf", size=SIZE)
        form = DocumentUploadForm({"title": "De grote nota", "language": "nl"}, {"file": upload})

        assert not form.is_valid()
        assert form.errors["file"] == [TOO_LARGE]
        assert stream.tell() == 0
