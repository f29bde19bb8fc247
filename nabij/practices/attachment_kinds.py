"""What an attachment of a practice really is, read from its content, not from its name.

A file is accepted only when its content is one of the kinds below and its name says the
same kind: a program renamed to flyer.pdf is refused, and so is a PDF named photo.png."""

import zipfile
from dataclasses import dataclass
from io import BytesIO

from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

from nabij.errors import DomainError
from nabij.practices.errors import PracticeError
from nabij.practices.models.practices import ATTACHMENT_MAX_BYTES

ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"


@dataclass(frozen=True)
class AttachmentKind:
    key: str
    name: str  # what people call it, in the refusal "it is not a ..."
    content_type: str
    extensions: tuple[str, ...]


KINDS = {
    kind.key: kind
    for kind in (
        AttachmentKind("pdf", _("PDF"), "application/pdf", (".pdf",)),
        AttachmentKind("jpeg", _("JPEG-foto"), "image/jpeg", (".jpg", ".jpeg")),
        AttachmentKind("png", _("PNG-afbeelding"), "image/png", (".png",)),
        AttachmentKind(
            "docx",
            _("Word-document (DOCX)"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            (".docx",),
        ),
        AttachmentKind(
            "odt",
            _("OpenDocument-tekst (ODT)"),
            "application/vnd.oasis.opendocument.text",
            (".odt",),
        ),
        AttachmentKind("text", _("tekstbestand"), "text/plain; charset=utf-8", (".txt",)),
    )
}


def _kind_by_name(filename: str) -> AttachmentKind:
    lowered = filename.lower()
    for kind in KINDS.values():
        if lowered.endswith(kind.extensions):
            return kind
    raise DomainError(PracticeError.ATTACHMENT_KIND_UNKNOWN, field="file")


def _is_image(data: bytes, format_name: str) -> bool:
    try:
        with Image.open(BytesIO(data)) as image:
            if image.format != format_name:
                return False
            image.verify()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return False
    return True


def _zip_names(data: bytes) -> zipfile.ZipFile | None:
    try:
        return zipfile.ZipFile(BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError):
        return None


def _is_docx(data: bytes) -> bool:
    archive = _zip_names(data)
    if archive is None:
        return False
    with archive:
        names = set(archive.namelist())
    return "[Content_Types].xml" in names and "word/document.xml" in names


def _is_odt(data: bytes) -> bool:
    archive = _zip_names(data)
    if archive is None:
        return False
    with archive:
        try:
            return archive.read("mimetype").strip() == ODT_MIMETYPE
        except (KeyError, zipfile.BadZipFile, OSError, ValueError):
            return False


def _is_text(data: bytes) -> bool:
    if b"\x00" in data:
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


CHECKS = {
    "pdf": lambda data: data.startswith(b"%PDF-"),
    "jpeg": lambda data: data.startswith(b"\xff\xd8\xff") and _is_image(data, "JPEG"),
    "png": lambda data: data.startswith(b"\x89PNG\r\n\x1a\n") and _is_image(data, "PNG"),
    "docx": _is_docx,
    "odt": _is_odt,
    "text": _is_text,
}


def attachment_kind(data: bytes, filename: str) -> AttachmentKind:
    """The kind of an upload, or a DomainError that says why it is refused."""
    if not data:
        raise DomainError(PracticeError.ATTACHMENT_EMPTY, field="file")
    if len(data) > ATTACHMENT_MAX_BYTES:
        raise DomainError(
            PracticeError.ATTACHMENT_TOO_LARGE,
            field="file",
            limit=ATTACHMENT_MAX_BYTES // (1024 * 1024),
        )
    kind = _kind_by_name(filename)
    if not CHECKS[kind.key](data):
        raise DomainError(PracticeError.ATTACHMENT_NOT_WHAT_NAME_SAYS, field="file", kind=kind.name)
    return kind
