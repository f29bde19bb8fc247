"""The text of an uploaded document: PDF, DOCX or plain text, checked before it is read.

What a file is comes from its first bytes, never from its name alone: the name only says
what the person meant to upload, so a PNG called `nota.pdf` is refused with both."""

import logging
import zipfile
from dataclasses import dataclass
from io import BytesIO
from pathlib import PurePath

import docx
from django.utils.translation import gettext_lazy as _
from docx.table import Table
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError

from nabij.errors import DomainError
from nabij.practices.choices import DocumentKind
from nabij.practices.errors import PracticeError

# The largest file read; the upload form refuses larger ones before reading them.
MAX_BYTES = 20 * 1024 * 1024
MAX_MB = MAX_BYTES // (1024 * 1024)
# A DOCX is a zip: unpacked it may not grow beyond this (a zip bomb is refused unread).
# Its XML is parsed whole, at several times its size in memory: a thousand pages of
# text are some 20 MB of XML.
DOCX_MAX_UNPACKED = 100 * 1024 * 1024
DOCX_MAX_MEMBERS = 2000
# Text with more control characters than this share is a binary file, not text.
CONTROL_SHARE = 0.01

DOCX_MAIN = "word/document.xml"

# What a file is, as the messages name it.
AS_PDF = _("een PDF")
AS_DOCX = _("een Word-bestand (DOCX)")
AS_TEXT = _("platte tekst")
# What the name promises, after "geen".
EXPECTED = {
    DocumentKind.PDF: _("PDF"),
    DocumentKind.DOCX: _("Word-bestand (DOCX)"),
    DocumentKind.TEXT: _("tekstbestand"),
}
BY_EXTENSION = {
    ".pdf": DocumentKind.PDF,
    ".docx": DocumentKind.DOCX,
    ".txt": DocumentKind.TEXT,
    ".text": DocumentKind.TEXT,
    ".md": DocumentKind.TEXT,
}
# Files people often pick by mistake, by their first bytes.
MAGIC = (
    (b"\x89PNG\r\n\x1a\n", _("een PNG-afbeelding")),
    (b"\xff\xd8\xff", _("een JPEG-foto")),
    (b"GIF87a", _("een GIF-afbeelding")),
    (b"GIF89a", _("een GIF-afbeelding")),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", _("een ouder Office-bestand (zoals DOC of XLS)")),
    (b"{\\rtf", _("een RTF-bestand")),
    (b"\x1f\x8b", _("een gzip-archief")),
    (b"7z\xbc\xaf\x27\x1c", _("een 7z-archief")),
    (b"Rar!", _("een RAR-archief")),
)
ZIP_KINDS = (
    ("xl/", _("een Excel-bestand (XLSX)")),
    ("ppt/", _("een PowerPoint-bestand (PPTX)")),
    ("content.xml", _("een OpenDocument-bestand (zoals ODT)")),
)
AS_ZIP = _("een ZIP-archief")
AS_BINARY = _("een bestand zonder leesbare tekst (bijvoorbeeld een programma of afbeelding)")


@dataclass(frozen=True)
class Extracted:
    kind: DocumentKind
    pages: list[str]  # one string per page; a DOCX or a text file is one page

    @property
    def paged(self) -> bool:
        """Whether the pages are real pages (a PDF's), worth citing by number."""
        return self.kind == DocumentKind.PDF


def extract_text(data: bytes, filename: str) -> Extracted:
    """The document's text. Raises DomainError (PracticeError) for an empty file, a file
    too large, a file that is not what its name says, a corrupt or locked PDF."""
    if not data:
        raise DomainError(PracticeError.FILE_EMPTY, field="file")
    if len(data) > MAX_BYTES:
        raise DomainError(PracticeError.FILE_TOO_LARGE, field="file", limit=MAX_MB)
    kind, text, what = _identify(data)
    expected = BY_EXTENSION.get(PurePath(filename).suffix.lower())
    if expected is not None and kind != expected:
        raise DomainError(
            PracticeError.FILE_NOT_WHAT_NAME_SAYS,
            field="file",
            filename=PurePath(filename).name,
            expected=EXPECTED[expected],
            actual=what,
        )
    if kind is None:
        raise DomainError(PracticeError.FILE_KIND_UNSUPPORTED, field="file", actual=what)
    if kind == DocumentKind.PDF:
        pages = _pdf_pages(data)
    elif kind == DocumentKind.DOCX:
        pages = [_docx_text(data)]
    else:
        pages = [text]
    if not any(page.strip() for page in pages):
        raise DomainError(PracticeError.FILE_NO_TEXT, field="file")
    return Extracted(kind=kind, pages=pages)


def _identify(data: bytes) -> tuple[DocumentKind | None, str, str]:
    """(kind or None when Nabij does not read it, the text of a text file, what it is)."""
    # A PDF may have a few bytes of junk before its header; readers accept it, so do we.
    if b"%PDF-" in data[:1024]:
        return DocumentKind.PDF, "", AS_PDF
    for magic, what in MAGIC:
        if data.startswith(magic):
            return None, "", what
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _identify_zip(data)
    text = _decode(data)
    if text is None:
        return None, "", AS_BINARY
    return DocumentKind.TEXT, text, AS_TEXT


def _identify_zip(data: bytes) -> tuple[DocumentKind | None, str, str]:
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        # It claims to be a zip (and so maybe a DOCX) but cannot be opened.
        return DocumentKind.DOCX, "", AS_DOCX
    if DOCX_MAIN in names:
        return DocumentKind.DOCX, "", AS_DOCX
    for marker, what in ZIP_KINDS:
        if any(name == marker or name.startswith(marker) for name in names):
            return None, "", what
    return None, "", AS_ZIP


def _decode(data: bytes) -> str | None:
    """The text of a text file, or None when it is binary. UTF-8 (with or without a byte
    order mark) first; UTF-16 when it says so; else Windows-1252, as older Word saves."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    elif b"\x00" in data:
        return None
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                return None
    controls = sum(1 for char in text if ord(char) < 32 and char not in "\t\n\r\f")
    if "\x00" in text or controls > CONTROL_SHARE * len(text):
        return None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _pdf_pages(data: bytes) -> list[str]:
    # pypdf logs every repair it makes to a broken file; the person sees our message.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            # Only a PDF that opens without a password (an owner password) is readable.
            raise DomainError(PracticeError.PDF_LOCKED, field="file")
        pages = [page.extract_text() or "" for page in reader.pages]
    except DomainError:
        raise
    except FileNotDecryptedError as error:
        raise DomainError(PracticeError.PDF_LOCKED, field="file") from error
    except Exception as error:
        # A malformed file makes pypdf fail in many ways (not only its own errors).
        raise DomainError(PracticeError.PDF_CORRUPT, field="file") from error
    if not pages:
        raise DomainError(PracticeError.PDF_CORRUPT, field="file")
    if not any(page.strip() for page in pages):
        raise DomainError(PracticeError.PDF_NO_TEXT, field="file")
    return pages


def _docx_text(data: bytes) -> str:
    """The paragraphs of a Word file in reading order, table cells included, one blank
    line between paragraphs so that they become passages of their own."""
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            members = archive.infolist()
            unpacked = sum(member.file_size for member in members)
            if len(members) > DOCX_MAX_MEMBERS or unpacked > DOCX_MAX_UNPACKED:
                raise DomainError(PracticeError.DOCX_TOO_LARGE_UNPACKED, field="file")
            if DOCX_MAIN not in archive.namelist():
                raise DomainError(PracticeError.DOCX_INVALID, field="file")
    except zipfile.BadZipFile as error:
        raise DomainError(PracticeError.DOCX_INVALID, field="file") from error
    try:
        document = docx.Document(BytesIO(data))
        blocks: list[str] = []
        _docx_blocks(document, blocks, seen=set())
    except DomainError:
        raise
    except Exception as error:
        # python-docx raises KeyError, XMLSyntaxError, PackageNotFoundError... on a bad file.
        raise DomainError(PracticeError.DOCX_INVALID, field="file") from error
    return "\n\n".join(blocks)


def _docx_blocks(container, blocks: list[str], seen: set) -> None:
    for block in container.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells:
                    # A merged cell is returned once per grid column it spans.
                    if cell._tc in seen:
                        continue
                    seen.add(cell._tc)
                    _docx_blocks(cell, blocks, seen)
        elif block.text.strip():
            blocks.append(block.text.strip())
