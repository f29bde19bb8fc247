"""A passage's text cut into pieces, the words that triggered its code marked, so a page
can show why the coder said what it said (each piece is escaped by the template)."""

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Piece:
    text: str
    labels: tuple[str, ...] = ()  # the labels the words point to; () for plain text


def _pattern(word: str) -> str:
    # Whole words only ("strijd" not inside "bestrijding"), any space between the words
    # of a cue of several words.
    return r"(?<!\w)" + r"\s+".join(re.escape(part) for part in word.split()) + r"(?!\w)"


def trigger_pieces(text: str, triggers: dict[str, list[str]]) -> list[Piece]:
    """The text in order, with every occurrence of a trigger word as a marked piece."""
    labels_of: dict[str, list[str]] = {}
    for label, words in (triggers or {}).items():
        for word in words or ():
            key = " ".join(str(word).split()).casefold()
            if key and label not in labels_of.setdefault(key, []):
                labels_of[key].append(label)
    if not labels_of:
        return [Piece(text)] if text else []
    # Longest first, so a cue of two words wins over one of its words.
    words = sorted(labels_of, key=len, reverse=True)
    finder = re.compile("|".join(_pattern(word) for word in words), re.IGNORECASE)
    pieces: list[Piece] = []
    at = 0
    for found in finder.finditer(text):
        if found.start() > at:
            pieces.append(Piece(text[at : found.start()]))
        key = " ".join(found.group().split()).casefold()
        pieces.append(Piece(found.group(), tuple(labels_of.get(key, ()))))
        at = found.end()
    if at < len(text):
        pieces.append(Piece(text[at:]))
    return pieces
