"""The text of an uploaded document: PDF, DOCX or plain text, checked before it is read.

(Contract; the documents part fills it.)"""

from dataclasses import dataclass

from nabij.practices.choices import DocumentKind


@dataclass(frozen=True)
class Extracted:
    kind: DocumentKind
    pages: list[str]  # one string per page; a DOCX or a text file is one page


def extract_text(data: bytes, filename: str) -> Extracted:
    """The document's text. Raises DomainError (PracticeError) for an empty file, a file
    too large, a file that is not what its name says, a corrupt or locked PDF."""
    raise NotImplementedError
