"""Practices in and out of Nabij as JSON or CSV, over plain records (no database here).

JSON holds every facet, the contacts and the links of each practice; CSV holds one row per
practice, with the values of a facet that has several joined by " | " (contacts and links
as parallel columns: the n-th name goes with the n-th e-mail). Attachments are not
exported: they stay in Nabij. Reading a file only checks its shape and reports problems
per row; whether the values are acceptable is for the import service to decide."""

import csv
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime

from django.utils.translation import gettext_lazy as _

from nabij.errors import DomainError
from nabij.practices.errors import PracticeError

FORMAT = "nabij-practices"
VERSION = 1
SEPARATOR = " | "
IMPORT_MAX_BYTES = 5 * 1024 * 1024
IMPORT_MAX_PRACTICES = 2000

CSV_COLUMNS = (
    "name",
    "place",
    "other_places",
    "domain",
    "description",
    "organisations",
    "level",
    "solidarity",
    "community_kind",
    "bond",
    "mandates",
    "visibility",
    "contact_names",
    "contact_roles",
    "contact_emails",
    "contact_phones",
    "contact_public",
    "link_urls",
    "link_titles",
)
CONTACT_COLUMNS = ("contact_names", "contact_roles", "contact_emails", "contact_phones")
CONTACT_PUBLIC_COLUMN = "contact_public"
LINK_COLUMNS = ("link_urls", "link_titles")
YES, NO = "ja", "nee"
TRUE_WORDS = frozenset({"ja", "yes", "true", "1", "waar", "publiek"})
FALSE_WORDS = frozenset({"nee", "no", "false", "0", "onwaar", "", "intern"})

# A spreadsheet runs a cell that starts with one of these as a formula: such a cell is
# written with a leading apostrophe, which reading takes off again.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class ContactRecord:
    name: str
    role: str = ""
    email: str = ""
    phone: str = ""
    public: bool = False


@dataclass(frozen=True)
class LinkRecord:
    url: str
    title: str = ""


@dataclass(frozen=True)
class PracticeRecord:
    name: str
    place: str  # the slug of the place that recorded it
    domain: str
    description: str
    level: str
    solidarity: str
    community_kind: str
    bond: str = ""
    visibility: str = ""
    other_places: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    mandates: tuple[str, ...] = ()
    contacts: tuple[ContactRecord, ...] = ()
    links: tuple[LinkRecord, ...] = ()


@dataclass(frozen=True)
class RowProblem:
    row: int
    field: str  # a key of PracticeRecord, or "" for the row as a whole
    message: str


@dataclass
class ParsedRow:
    row: int  # a CSV row as a spreadsheet numbers it (the header is row 1); a JSON practice from 1
    record: PracticeRecord | None
    problems: list[RowProblem] = field(default_factory=list)


# --- writing -------------------------------------------------------------------------


def to_json(records: Iterable[PracticeRecord], *, source: str, exported_at: datetime) -> str:
    document = {
        "format": FORMAT,
        "version": VERSION,
        "source": source,
        "exported_at": exported_at.isoformat(timespec="seconds"),
        "attachments": "not exported",
        "practices": [asdict(record) for record in records],
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


def _safe(cell: str) -> str:
    return f"'{cell}" if cell.startswith(FORMULA_START) else cell


def _joined(values: Iterable[str]) -> str:
    # A "|" inside a value would split it on the way back in.
    return SEPARATOR.join(value.replace("|", "/") for value in values)


def _csv_row(record: PracticeRecord) -> dict[str, str]:
    contacts, links = record.contacts, record.links
    row = {
        "name": record.name,
        "place": record.place,
        "other_places": _joined(record.other_places),
        "domain": record.domain,
        "description": record.description,
        "organisations": _joined(record.organisations),
        "level": record.level,
        "solidarity": record.solidarity,
        "community_kind": record.community_kind,
        "bond": record.bond,
        "mandates": _joined(record.mandates),
        "visibility": record.visibility,
        "contact_names": _joined(contact.name for contact in contacts),
        "contact_roles": _joined(contact.role for contact in contacts),
        "contact_emails": _joined(contact.email for contact in contacts),
        "contact_phones": _joined(contact.phone for contact in contacts),
        "contact_public": _joined(YES if contact.public else NO for contact in contacts),
        "link_urls": _joined(link.url for link in links),
        "link_titles": _joined(link.title for link in links),
    }
    return {key: _safe(value) for key, value in row.items()}


def to_csv(records: Iterable[PracticeRecord]) -> str:
    out = io.StringIO()
    # A byte-order mark, so that a spreadsheet opens the accents right.
    out.write("\ufeff")
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for record in records:
        writer.writerow(_csv_row(record))
    return out.getvalue()


# --- reading -------------------------------------------------------------------------


class _Row:
    """Reads the values of one row, noting a problem instead of stopping at the first."""

    def __init__(self, number: int, values: dict) -> None:
        self.number = number
        self.values = values
        self.problems: list[RowProblem] = []

    def problem(self, key: str, message) -> None:
        self.problems.append(RowProblem(self.number, key, str(message)))

    def text(self, key: str, values: dict | None = None, report_as: str = "") -> str:
        value = (self.values if values is None else values).get(key)
        if value is None:
            return ""
        if not isinstance(value, str):
            self.problem(report_as or key, PracticeError.IMPORT_NOT_TEXT.message)
            return ""
        return value.strip()

    def texts(self, key: str) -> tuple[str, ...]:
        value = self.values.get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            return _split(value)
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self.problem(key, PracticeError.IMPORT_NOT_LIST.message)
            return ()
        return tuple(item.strip() for item in value if item.strip())

    def flag(self, key: str, value) -> bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in TRUE_WORDS | FALSE_WORDS:
            return value.strip().lower() in TRUE_WORDS
        if value is None:
            return False
        self.problem(
            key,
            PracticeError.IMPORT_CHOICE_UNKNOWN.message
            % {"value": value, "allowed": f"{YES}, {NO}"},
        )
        return False


def _split(value: str, keep_empty: bool = False) -> tuple[str, ...]:
    parts = tuple(part.strip() for part in value.split("|"))
    if keep_empty:
        return parts if value.strip() else ()
    return tuple(part for part in parts if part)


def _record(row: _Row, contacts: Sequence[ContactRecord], links: Sequence[LinkRecord]):
    return PracticeRecord(
        name=row.text("name"),
        place=row.text("place"),
        other_places=row.texts("other_places"),
        domain=row.text("domain"),
        description=row.text("description"),
        organisations=row.texts("organisations"),
        level=row.text("level"),
        solidarity=row.text("solidarity"),
        community_kind=row.text("community_kind"),
        bond=row.text("bond"),
        mandates=row.texts("mandates"),
        visibility=row.text("visibility"),
        contacts=tuple(contacts),
        links=tuple(links),
    )


def _json_items(row: _Row, key: str) -> list[dict]:
    items = row.values.get(key) or []
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        row.problem(key, PracticeError.IMPORT_NOT_LIST.message)
        return []
    return items


def _json_row(number: int, values) -> ParsedRow:
    if not isinstance(values, dict):
        return ParsedRow(
            number, None, [RowProblem(number, "", str(PracticeError.IMPORT_UNREADABLE.message))]
        )
    row = _Row(number, values)
    contacts = [
        ContactRecord(
            name=row.text("name", item, "contacts"),
            role=row.text("role", item, "contacts"),
            email=row.text("email", item, "contacts"),
            phone=row.text("phone", item, "contacts"),
            public=row.flag("contacts", item.get("public")),
        )
        for item in _json_items(row, "contacts")
    ]
    links = [
        LinkRecord(url=row.text("url", item, "links"), title=row.text("title", item, "links"))
        for item in _json_items(row, "links")
    ]
    record = _record(row, contacts, links)
    return ParsedRow(number, record, row.problems)


def _read_json(data: bytes) -> list[ParsedRow]:
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        raise DomainError(PracticeError.IMPORT_UNREADABLE, field="file") from None
    practices = document.get("practices") if isinstance(document, dict) else document
    if not isinstance(practices, list):
        raise DomainError(PracticeError.IMPORT_UNREADABLE, field="file")
    _check_count(len(practices))
    return [_json_row(number, values) for number, values in enumerate(practices, start=1)]


def _unformula(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_START) else cell


def _parallel(row: _Row, columns: Sequence[str]) -> list[tuple[str, ...]]:
    """The n-th value of each column, for every n; a problem if the columns do not line up."""
    lists = [_split(row.values.get(column) or "", keep_empty=True) for column in columns]
    count = len(lists[0])
    if any(len(values) not in (0, count) for values in lists[1:]):
        row.problem(
            columns[0],
            PracticeError.IMPORT_COLUMNS_MISALIGNED.message % {"columns": ", ".join(columns)},
        )
        return []
    return [tuple(values[n] if values else "" for values in lists) for n in range(count)]


def _csv_row_parsed(number: int, values: dict) -> ParsedRow:
    row = _Row(number, {key: _unformula(value or "") for key, value in values.items() if key})
    contacts = [
        ContactRecord(
            name=name, role=role, email=email, phone=phone, public=row.flag("contacts", public)
        )
        for name, role, email, phone, public in _parallel(
            row, (*CONTACT_COLUMNS, CONTACT_PUBLIC_COLUMN)
        )
    ]
    links = [LinkRecord(url=url, title=title) for url, title in _parallel(row, LINK_COLUMNS)]
    return ParsedRow(number, _record(row, contacts, links), row.problems)


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # What a spreadsheet on Windows saves by default.
        return data.decode("cp1252", errors="replace")


def _read_csv(data: bytes) -> list[ParsedRow]:
    text = _decode(data)
    first_line = text.split("\n", 1)[0]
    # Dutch spreadsheets separate with ";".
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = reader.fieldnames or []
        if "name" not in header:
            raise DomainError(PracticeError.IMPORT_UNREADABLE, field="file")
        rows = list(reader)
    except csv.Error:
        raise DomainError(PracticeError.IMPORT_UNREADABLE, field="file") from None
    _check_count(len(rows))
    # The header is row 1, as a spreadsheet shows it; a value with line breaks stays one row.
    return [_csv_row_parsed(number, values) for number, values in enumerate(rows, start=2)]


def _check_count(count: int) -> None:
    if count == 0:
        raise DomainError(PracticeError.IMPORT_EMPTY, field="file")
    if count > IMPORT_MAX_PRACTICES:
        raise DomainError(PracticeError.IMPORT_TOO_LARGE, field="file", limit=IMPORT_MAX_PRACTICES)


def read(data: bytes, filename: str) -> list[ParsedRow]:
    """The practices in an uploaded JSON or CSV file, with what is wrong with the shape of
    each row. Raises DomainError when the file as a whole cannot be read."""
    if len(data) > IMPORT_MAX_BYTES:
        raise DomainError(
            PracticeError.IMPORT_FILE_TOO_LARGE,
            field="file",
            limit=IMPORT_MAX_BYTES // (1024 * 1024),
        )
    if not data.strip():
        raise DomainError(PracticeError.IMPORT_EMPTY, field="file")
    name = filename.lower()
    if name.endswith(".json"):
        return _read_json(data)
    if name.endswith(".csv"):
        return _read_csv(data)
    raise DomainError(PracticeError.IMPORT_KIND_UNKNOWN, field="file")


# Labels of the record's keys, for the problems an import reports.
FIELD_LABELS = {
    "name": _("naam"),
    "place": _("plek"),
    "other_places": _("andere plekken"),
    "domain": _("levensdomein"),
    "description": _("beschrijving"),
    "organisations": _("betrokken organisaties"),
    "level": _("niveau"),
    "solidarity": _("directe of indirecte solidariteit"),
    "community_kind": _("soort gemeenschap"),
    "bond": _("wat de gemeenschap bindt"),
    "mandates": _("mandaten"),
    "visibility": _("zichtbaarheid"),
    "contacts": _("contactpersonen"),
    "links": _("links"),
    "contact_names": _("contactpersonen"),
    "link_urls": _("links"),
}
