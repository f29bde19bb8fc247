"""Splitting a document's text into passages. (Contract; the engine fills it.)"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Piece:
    page: int | None  # 1-based page number, None when the document has no pages
    text: str


def split_passages(pages: list[str]) -> list[Piece]:
    """Paragraph-sized passages, in reading order."""
    raise NotImplementedError
