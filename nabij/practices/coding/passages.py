"""Splitting a document's text into passages: paragraph-sized pieces, in reading order.

Text extracted from a PDF breaks lines where the layout did, hyphenates words at line
ends, and repeats running headers and page numbers on every page. A passage here is a
paragraph with those repaired: lines joined, words de-hyphenated, page furniture
dropped. A paragraph over about 120 words is cut at sentence ends into parts of similar
length; a fragment of a few words (a heading) goes with the paragraph after it, because
a heading alone is too little to code and says something of what follows."""

import math
import re
from collections import Counter
from dataclasses import dataclass

MAX_WORDS = 120
MIN_WORDS = 8  # a paragraph shorter than this is a heading or a fragment

_PAGE_NUMBER = re.compile(
    r"^\s*(?:(?:pagina|page|blz\.?|p\.)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?\s*"
    r"(?:(?:/|of|van|de|sur)\s*\d{1,4})?\s*$",
    re.IGNORECASE,
)
_ROMAN_NUMBER = re.compile(r"^\s*[ivxlc]{1,6}\s*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?:;…][\"'”’)\]]*$")
# A sentence ends at . ! ? (or … ;) followed by a space and a capital, a digit or a quote.
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-ZÀ-Ý0-9•])")
_BULLET = re.compile(r"^\s*(?:[•·▪◦‣*–—-]|\d{1,2}[.)]|[a-z][.)])\s+")
# Words after a hyphen at a line end that show it is a real hyphen ("buurt- en wijkwerk").
_KEEP_HYPHEN_BEFORE = {"en", "of", "tot", "et", "ou", "and", "or", "to"}


@dataclass(frozen=True)
class Piece:
    page: int | None  # 1-based page number, None when the document has no pages
    text: str


def split_passages(pages: list[str], *, paged: bool = True) -> list[Piece]:
    """Paragraph-sized passages, in reading order. `paged=False` for a document without
    pages (a DOCX or a text file, given as one string): its pieces have page None."""
    furniture = _running_lines(pages)
    paragraphs: list[tuple[int | None, list[str]]] = []
    for number, page in enumerate(pages, start=1):
        lines = [
            line for line in _lines(page) if line is None or not _is_furniture(line, furniture)
        ]
        for index, paragraph in enumerate(_paragraphs(lines)):
            # A paragraph cut by the page break goes on at the top of the next page.
            if index == 0 and paragraphs and _continues(paragraphs[-1][1], paragraph):
                paragraphs[-1] = (paragraphs[-1][0], paragraphs[-1][1] + paragraph)
                continue
            paragraphs.append((number if paged else None, paragraph))
    joined = [(page, _join(lines)) for page, lines in paragraphs]
    joined = [(page, text) for page, text in joined if re.search(r"[^\W\d_]", text)]
    pieces = []
    for page, text in _merge_fragments(joined):
        pieces.extend(Piece(page, part) for part in _cut(text))
    return pieces


def _lines(page: str) -> list[str | None]:
    """The page's lines, stripped; None marks a blank line (a paragraph break)."""
    return [
        line.strip() or None for line in page.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    ]


def _furniture_key(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.casefold().split()))


def _running_lines(pages: list[str]) -> set[str]:
    """Short lines repeated at the top or bottom of most pages (numbers aside): running
    headers and footers."""
    if len(pages) < 3:
        return set()
    counts: Counter[str] = Counter()
    for page in pages:
        lines = [line for line in _lines(page) if line]
        edges = {line for line in lines[:2] + lines[-2:] if len(line.split()) <= 12}
        counts.update({_furniture_key(line) for line in edges})
    threshold = max(3, math.ceil(len(pages) / 2))
    return {key for key, count in counts.items() if count >= threshold}


def _is_furniture(line: str, running: set[str]) -> bool:
    return bool(
        _PAGE_NUMBER.match(line) or _ROMAN_NUMBER.match(line) or _furniture_key(line) in running
    )


def _paragraphs(lines: list[str | None]) -> list[list[str]]:
    """Lines grouped into paragraphs: at blank lines, and, where extraction left none, after
    a line that ends a sentence and is clearly shorter than the page's full lines."""
    filled = [line for line in lines if line]
    if not filled:
        return []
    full = sorted(len(line) for line in filled)[int(len(filled) * 0.8)]
    paragraphs: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if line is None:
            if current:
                paragraphs.append(current)
                current = []
            continue
        # A list stays with the sentence that introduces it, unless that is long.
        if (
            current
            and _BULLET.match(line)
            and not _BULLET.match(current[0])
            and sum(len(item.split()) for item in current) > MAX_WORDS // 2
        ):
            paragraphs.append(current)
            current = []
        current.append(line)
        if _SENTENCE_END.search(line) and len(line) < 0.7 * full and len(filled) > 3:
            paragraphs.append(current)
            current = []
    if current:
        paragraphs.append(current)
    return paragraphs


def _continues(previous: list[str], paragraph: list[str]) -> bool:
    """Whether a page's first paragraph goes on with the previous page's last one."""
    last, first = previous[-1], paragraph[0]
    return not _SENTENCE_END.search(last) and (first[:1].islower() or last.endswith("-"))


def _join(lines: list[str]) -> str:
    """One paragraph's lines as one line, words broken at line ends made whole again."""
    text = ""
    for line in lines:
        if not text:
            text = line
        elif re.search(r"[^\W\d_]-$", text) and line[:1].isalpha():
            next_word = line.split()[0].casefold().strip(".,;:")
            if next_word in _KEEP_HYPHEN_BEFORE:
                text = f"{text} {line}"  # "buurt- en wijkwerk"
            elif line[:1].isupper():
                text = text + line  # "Vlaams-\nBrusselse": the hyphen belongs
            else:
                text = text[:-1] + line
        else:
            text = f"{text} {line}"
    return " ".join(text.split())


def _merge_fragments(paragraphs: list[tuple[int | None, str]]) -> list[tuple[int | None, str]]:
    """Headings and stray fragments go with the next paragraph (the last with the one
    before it); a document that is only a fragment keeps it."""
    merged: list[tuple[int | None, str]] = []
    waiting: list[str] = []
    for page, text in paragraphs:
        if len(text.split()) < MIN_WORDS:
            waiting.append(text)
            continue
        if waiting:
            text = " ".join([*(_as_heading(part) for part in waiting), text])
            waiting = []
        merged.append((page, text))
    if waiting:
        rest = " ".join(_as_heading(part) for part in waiting)
        if merged:
            page, text = merged[-1]
            merged[-1] = (page, f"{text} {rest}".rstrip("."))
        else:
            last_page = paragraphs[-1][0]
            merged.append((last_page, " ".join(waiting)))
    return merged


def _as_heading(text: str) -> str:
    """A heading ends with a full stop when it is put before its paragraph."""
    return text if _SENTENCE_END.search(text) else f"{text}."


def _cut(text: str) -> list[str]:
    """A paragraph over MAX_WORDS as parts of similar length, cut at sentence ends."""
    total = len(text.split())
    if total <= MAX_WORDS:
        return [text]
    target = total / math.ceil(total / MAX_WORDS)
    sentences = [part for part in _SENTENCE_SPLIT.split(text) if part.strip()]
    units: list[str] = []
    for sentence in sentences:
        units.extend(_cut_sentence(sentence))
    parts: list[str] = []
    current: list[str] = []
    count = 0
    for unit in units:
        size = len(unit.split())
        if current and (count + size > MAX_WORDS or count >= target):
            parts.append(" ".join(current))
            current, count = [], 0
        current.append(unit)
        count += size
    if current:
        parts.append(" ".join(current))
    return parts


def _cut_sentence(sentence: str) -> list[str]:
    """A sentence over MAX_WORDS (a long enumeration) cut at semicolons, else at words."""
    words = sentence.split()
    if len(words) <= MAX_WORDS:
        return [sentence]
    clauses = [part.strip() for part in re.split(r"(?<=;)\s+", sentence) if part.strip()]
    if len(clauses) > 1:
        return [piece for clause in clauses for piece in _cut_sentence(clause)]
    return [" ".join(words[start : start + MAX_WORDS]) for start in range(0, len(words), MAX_WORDS)]
