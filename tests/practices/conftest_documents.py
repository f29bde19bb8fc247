"""Policy documents as files people upload: a real PDF (rendered by WeasyPrint), a Word
file (built with python-docx), plain text, and the bad files of the issue."""

import io
import zipfile

import docx
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from pypdf import PdfReader, PdfWriter

from nabij.practices.extract import DOCX_MAX_UNPACKED
from nabij.practices.models import Document, Passage, PassageReview

# Three paragraphs of a policy note, each long enough to be a passage of its own.
PARAGRAPHS = [
    "In het buurthuis ontmoeten buren elkaar elke week bij een soepmoment. Wie elkaar "
    "leert kennen, spreekt elkaar ook op straat aan en helpt sneller een handje.",
    "Bewoners voeren samen actie tegen de hoge huurprijzen. Ze eisen hun recht op "
    "betaalbaar en gezond wonen op, en trekken daarvoor naar de gemeenteraad.",
    "De stad verwacht dat elke nieuwkomer de regels van het samenleven kent en respecteert. "
    "Wie de afspraken niet naleeft, krijgt een waarschuwing van de wijkagent.",
]


def policy_pdf(paragraphs: list[str] = PARAGRAPHS, *, title: str = "Beleidsnota") -> bytes:
    """A PDF with a text layer, one paragraph a page, as a word processor would make it."""
    from weasyprint import HTML

    body = "".join(f'<p style="break-after: page">{text}</p>' for text in paragraphs)
    return HTML(string=f"<html lang=nl><h1>{title}</h1>{body}</html>").write_pdf()


def locked_pdf() -> bytes:
    """A policy PDF that opens only with a password."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(policy_pdf())))
    writer.encrypt("geheim", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def scanned_pdf() -> bytes:
    """A PDF of pages without a text layer, as a scanner makes it (here: blank pages)."""
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.add_blank_page(595, 842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def corrupt_pdf() -> bytes:
    """The first half of a real PDF: the download broke off."""
    whole = policy_pdf()
    return whole[: len(whole) // 2]


def policy_docx(paragraphs: list[str] = PARAGRAPHS, *, table: list[list[str]] = ()) -> bytes:
    document = docx.Document()
    document.add_heading("Beleidsnota samenleven", level=1)
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, text in enumerate(row):
                grid.cell(r, c).text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def docx_bomb() -> bytes:
    """A zip of a few hundred kilobytes that claims to be a Word file and unpacks to more
    than Nabij will unpack (written a megabyte at a time, never whole in memory)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            megabyte = b" " * (1024 * 1024)
            for _ in range(DOCX_MAX_UNPACKED // len(megabyte) + 1):
                member.write(megabyte)
    return out.getvalue()


def png() -> bytes:
    """The start of a PNG picture (a photo of the note, not the note)."""
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)


def policy_text(paragraphs: list[str] = PARAGRAPHS) -> bytes:
    return "\n\n".join(paragraphs).encode("utf-8")


def counts() -> tuple[int, int, int]:
    return Document.objects.count(), Passage.objects.count(), PassageReview.objects.count()


def list_url(slug: str = "rabot") -> str:
    return reverse("practices:document_list", args=[slug])


def post_upload(client, name: str, data: bytes, *, title: str = "Beleidsnota", slug="rabot"):
    """The upload form as a browser sends it."""
    upload = SimpleUploadedFile(name, data)
    return client.post(list_url(slug), {"title": title, "language": "nl", "file": upload})
