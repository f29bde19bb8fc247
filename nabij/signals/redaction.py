"""Finding what could tell who someone is in a quote, and taking it out.

A testimony may only leave Nabij without names and identifying details. This finds the
names of the place's members (a whole name, a first name alone, a surname written with a
capital), phone numbers (Belgian and international), e-mail addresses, bank account
numbers (IBAN), Belgian national register numbers, a street with a house number, and
dates that could be a birthday; `redact` puts a bracketed word in their place.

It errs on the side of taking out too much: a worker sees the proposal before saving,
and a second staff member reads the quote before anyone may use it. Pure: no database.
"""

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

NAME = "name"
PHONE = "phone"
EMAIL = "email"
IBAN = "iban"
NATIONAL_NUMBER = "national_number"
ADDRESS = "address"
DATE = "date"

# What takes the place of each kind; the brackets are part of the translation, because
# a right-to-left language may write them otherwise.
LABELS = {
    NAME: _("[naam]"),
    PHONE: _("[telefoon]"),
    EMAIL: _("[e-mail]"),
    IBAN: _("[rekeningnummer]"),
    NATIONAL_NUMBER: _("[rijksregisternummer]"),
    ADDRESS: _("[adres]"),
    DATE: _("[datum]"),
}

# What each kind is, for a worker checking the proposal.
KIND_NAMES = {
    NAME: _("naam"),
    PHONE: _("telefoonnummer"),
    EMAIL: _("e-mailadres"),
    IBAN: _("rekeningnummer"),
    NATIONAL_NUMBER: _("rijksregisternummer"),
    ADDRESS: _("adres"),
    DATE: _("datum"),
}


@dataclass(frozen=True, order=True)
class Span:
    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Piece:
    """A stretch of the redacted text: kept as written (kind "") or put in place of
    `original`."""

    text: str
    kind: str = ""
    original: str = ""


EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}(?![\w-])")

IBAN_RE = re.compile(
    r"(?<![\w])([A-Za-z]{2}\d{2}(?:[ ]?[A-Za-z0-9]{4}){2,7}(?:[ ]?[A-Za-z0-9]{1,3})?)(?![\w])"
)

# YY.MM.DD-XXX.CC, written with or without its dots and dash.
NATIONAL_RE = re.compile(
    r"(?<![\w.])(\d{2})[. ]?(\d{2})[. ]?(\d{2})[- ]?(\d{3})[. ]?(\d{2})(?![\w])"
)
NATIONAL_WRITTEN = re.compile(r"\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}")

# Digits in groups with one separator between them, a leading + and a "(0)" allowed.
PHONE_RE = re.compile(r"(?<![\w+])(?:\+\s?)?\d+(?:(?:[ \u00a0./-]|\s?\(0\)\s?)\d+)*(?![\w])")
DIGIT_GROUP = re.compile(r"\(0\)|\d+")

MONTHS = (
    # Dutch
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    "jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|"
    # French
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|"
    "novembre|décembre|decembre|"
    # English
    "january|february|march|june|july|august|october"
)
DATE_RES = (
    re.compile(r"(?<![\w.])(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})(?![\w])"),
    re.compile(r"(?<![\w.])(\d{4})-(\d{1,2})-(\d{1,2})(?![\w])"),
    re.compile(
        rf"(?<![\w])\d{{1,2}}(?:ste|de|e|er|st|nd|rd|th)?\.?\s+(?i:{MONTHS})\.?"
        r"(?:\s+\d{4})?(?![\w])"
    ),
    re.compile(rf"(?<![\w])(?i:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}(?![\w])"),
)

STREET_SUFFIXES = (
    "straat|str\\.|laan|lei|plein|pleintje|steenweg|weg|wegel|dreef|kaai|kade|dijk|hof|markt|"
    "singel|gracht|pad|baan|ring|wal|vest|berg|veld|park|tuin|steeg|dok|rei|reke|hoek|meers|"
    "akker|dam|boulevard"
)
UPPER = "A-ZÀ-ÖØ-Þ"
HOUSE_NUMBER = (
    r"(?:nr\.?\s*|nummer\s+)?\d{1,4}(?:\s?[a-zA-Z](?![\w]))?"
    r"(?:\s*(?:bus|bte|b\.|/)\s*\d{1,4}[a-zA-Z]?)?(?!\d)"
    rf"(?:,?\s+\d{{4}}\s+[{UPPER}][\w'’-]*)?"
)
ADDRESS_RES = (
    # "Rabotstraat 12", "Frans Van Ryhovelaan 5 bus 2", "Sint-Pietersplein 3, 9000 Gent"
    re.compile(
        rf"(?<![\w])(?:(?:[{UPPER}][\w'’.-]*|van|de|der|den|ter|ten|het)\s+){{0,3}}"
        rf"(?:[^\W\d_]+-)*[^\W\d_]+(?i:{STREET_SUFFIXES})(?![\w])\s+{HOUSE_NUMBER}"
    ),
    # "rue de la Loi 16", "Avenue Louise 54"
    re.compile(
        r"(?<![\w])(?i:rue|avenue|av\.|boulevard|bd|chaussée|place|chemin|quai|impasse|allée)"
        r"\s+(?:(?:de\s+la|de\s+l'|de|du|des|d')\s*)?"
        rf"[{UPPER}][\w'’-]*(?:\s+[{UPPER}][\w'’-]*){{0,3}},?\s+{HOUSE_NUMBER}"
    ),
)

TOKEN_RE = re.compile(r"\w+(?:['’-]\w+)*")
PARTICLES = frozenset(
    {
        *("van", "de", "der", "den", "ter", "ten", "het", "t", "op", "in"),
        *("la", "le", "du", "des", "da", "di", "dos", "del", "della", "von"),
        *("el", "al", "ben", "bin", "bint", "ibn", "abu", "abou"),
    }
)
# A conjunction or preposition Arabic writes onto the next word: "وأمينة" (and Amina).
ARABIC_PROCLITICS = frozenset("وفبلك")
MAX_NAME_WORDS = 6


def _span_list(pattern: re.Pattern, text: str, kind: str) -> list[Span]:
    return [Span(m.start(), m.end(), kind) for m in pattern.finditer(text)]


def _iban_valid(raw: str) -> bool:
    compact = raw.replace(" ", "").upper()
    moved = compact[4:] + compact[:4]
    digits = "".join(str(int(c, 36)) for c in moved)
    return int(digits) % 97 == 1


def _ibans(text: str) -> list[Span]:
    spans = []
    for match in IBAN_RE.finditer(text):
        raw = match.group(1)
        # A well-formed country code in capitals is enough: a mistyped account number
        # still points at someone.
        if raw[:2].isupper() or _iban_valid(raw):
            spans.append(Span(match.start(1), match.end(1), IBAN))
    return spans


def _national_checks(digits: str) -> bool:
    body, check = int(digits[:9]), int(digits[9:])
    return check in (97 - body % 97, 97 - int("2" + digits[:9]) % 97)


def _national_numbers(text: str) -> list[Span]:
    spans = []
    for match in NATIONAL_RE.finditer(text):
        digits = "".join(match.groups())
        if NATIONAL_WRITTEN.fullmatch(match.group(0)) or _national_checks(digits):
            spans.append(Span(match.start(), match.end(), NATIONAL_NUMBER))
    return spans


def _phones(text: str) -> list[Span]:
    """Numbers of 9 or 10 digits starting with 0 (Belgian), or of 9 to 15 digits after
    + or 00 (international). Two numbers written one after the other are told apart."""
    spans = []
    for match in PHONE_RE.finditer(text):
        plus = match.group(0).startswith("+")
        groups = [g for g in DIGIT_GROUP.finditer(match.group(0)) if g.group(0) != "(0)"]
        i = 0
        while i < len(groups):
            first = groups[i].group(0)
            international = (plus and i == 0) or first.startswith("00")
            if international:
                low, high, skip = 9, 15, 2 if first.startswith("00") else 0
            elif first.startswith("0"):
                low, high, skip = 9, 10, 0
            else:
                i += 1
                continue
            total, best = -skip, None
            for j in range(i, len(groups)):
                total += len(groups[j].group(0))
                if total > high:
                    break
                if total >= low:
                    best = j
            if best is None:
                i += 1
                continue
            start = match.start() if plus and i == 0 else match.start() + groups[i].start()
            spans.append(Span(start, match.start() + groups[best].end(), PHONE))
            i = best + 1
    return spans


def _dates(text: str) -> list[Span]:
    spans = []
    numeric_dmy, numeric_ymd, *written = DATE_RES
    for match in numeric_dmy.finditer(text):
        day, month = int(match.group(1)), int(match.group(2))
        if 1 <= day <= 31 and 1 <= month <= 12:
            spans.append(Span(match.start(), match.end(), DATE))
    for match in numeric_ymd.finditer(text):
        month, day = int(match.group(2)), int(match.group(3))
        if 1 <= day <= 31 and 1 <= month <= 12:
            spans.append(Span(match.start(), match.end(), DATE))
    for pattern in written:
        spans += _span_list(pattern, text, DATE)
    return spans


def _addresses(text: str) -> list[Span]:
    spans = []
    for pattern in ADDRESS_RES:
        spans += _span_list(pattern, text, ADDRESS)
    return spans


@dataclass(frozen=True)
class NameIndex:
    """Names as sequences of lower-cased words; `any_case` holds those found however they
    are written (whole names and first names), the rest (surnames alone) only when
    written with a capital, so that "Sara Bos" does not take "bos" (wood) out of a
    sentence."""

    any_case: frozenset[tuple[str, ...]]
    capitalised: frozenset[tuple[str, ...]]
    longest: int


def name_index(names: Iterable[str]) -> NameIndex:
    any_case: set[tuple[str, ...]] = set()
    capitalised: set[tuple[str, ...]] = set()
    for name in names:
        words = [w.casefold() for w in TOKEN_RE.findall(name)][:MAX_NAME_WORDS]
        if not words or sum(len(w) for w in words) < 2:
            continue
        any_case.add(tuple(words))
        first, *rest = words
        if len(first) >= 2 and first not in PARTICLES:
            any_case.add((first,))
        for word in rest:
            if len(word) >= 3 and word not in PARTICLES:
                capitalised.add((word,))
    capitalised -= any_case
    longest = max((len(k) for k in any_case | capitalised), default=0)
    return NameIndex(frozenset(any_case), frozenset(capitalised), longest)


def _written_capitalised(word: str) -> bool:
    first = word[0]
    return first.isupper() or not first.islower()  # scripts without case count as written so


def _names(text: str, index: NameIndex) -> list[Span]:
    if not index.longest:
        return []
    tokens = list(TOKEN_RE.finditer(text))
    folded = [t.group(0).casefold() for t in tokens]
    spans = []
    i = 0
    while i < len(tokens):
        found = 0
        for length in range(min(index.longest, len(tokens) - i), 0, -1):
            end = i + length - 1
            # A name of several words is written with only spaces between them.
            if any(text[tokens[k].end() : tokens[k + 1].start()].strip() for k in range(i, end)):
                continue
            key = tuple(folded[i : end + 1])
            if key in index.any_case or (
                key in index.capitalised and _written_capitalised(tokens[i].group(0))
            ):
                spans.append(Span(tokens[i].start(), tokens[end].end(), NAME))
                found = length
                break
        if not found:
            word = folded[i]
            if len(word) > 2 and word[0] in ARABIC_PROCLITICS and (word[1:],) in index.any_case:
                spans.append(Span(tokens[i].start() + 1, tokens[i].end(), NAME))
            found = 1
        i += found
    return spans


def find_identifying(text: str, names: Collection[str] | NameIndex) -> list[Span]:
    """Everything in `text` that could tell who someone is, in order, never overlapping.
    `names` are the display names of the place's members (or their `name_index`)."""
    index = names if isinstance(names, NameIndex) else name_index(names)
    # Earlier kinds win where two overlap: an e-mail address holds a name, a national
    # register number looks like a phone number.
    candidates = [
        *_span_list(EMAIL_RE, text, EMAIL),
        *_ibans(text),
        *_national_numbers(text),
        *_dates(text),
        *_phones(text),
        *_addresses(text),
        *_names(text, index),
    ]
    taken: list[Span] = []
    for span in candidates:
        if span.end > span.start and not any(
            span.start < other.end and other.start < span.end for other in taken
        ):
            taken.append(span)
    return sorted(taken)


def pieces(text: str, spans: Iterable[Span]) -> list[Piece]:
    """The redacted text in stretches, so a page can mark what was put in place."""
    result: list[Piece] = []
    at = 0
    for span in sorted(spans):
        if span.start < at:
            continue
        if span.start > at:
            result.append(Piece(text[at : span.start]))
        result.append(Piece(str(LABELS[span.kind]), span.kind, text[span.start : span.end]))
        at = span.end
    if at < len(text):
        result.append(Piece(text[at:]))
    return result


def redact(text: str, spans: Iterable[Span]) -> str:
    """`text` with each span replaced by its bracketed word, such as "[naam]"."""
    return "".join(piece.text for piece in pieces(text, spans))
