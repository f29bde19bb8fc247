"""Reading a rendered PDF back as text, as a reader would copy it (poppler's pdftotext).

Without pdftotext a test that reads a PDF fails rather than passing unread."""

import shutil
import subprocess

import pytest


def pdf_text(pdf: bytes, *, layout: bool = False) -> str:
    """The PDF's text; `layout` keeps the columns of tables side by side."""
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext is needed to read the PDF back (poppler-utils)")
    args = ["pdftotext", *(["-layout"] if layout else []), "-", "-"]
    return subprocess.run(args, input=pdf, capture_output=True, check=True).stdout.decode()
