"""`nabij code-passages [--language nl|fr|en] [--place SLUG] < passages.jsonl > coded.jsonl`

Codes passages by source of solidarity and tension field. Each input line is a JSON
object with `text` (other keys are kept as they are); each output line is that object
with `source`, `tension_field`, `scores` and `triggers` added, in the input's order.
Lines are coded in batches, so output streams while input is still coming.

A bad line (not JSON, not an object, no text) stops the run with exit code 2 and a
message naming the line: every line before it is coded and written, nothing after it."""

import json
import sys
from collections.abc import Iterable, Iterator
from typing import IO

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from nabij.practices.coding.coder import BATCH, Coder
from nabij.practices.coding.labels import LANGUAGES, Example

EXIT_BAD_INPUT = 2


class BadLine(Exception):
    def __init__(self, number: int, message: str) -> None:
        super().__init__(message)
        self.number = number
        self.message = message


def parse_line(line: str, number: int) -> dict:
    """One input line as an object with a text; raises BadLine otherwise."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError:
        raise BadLine(number, _("dit is geen JSON")) from None
    if not isinstance(row, dict):
        raise BadLine(number, _("dit is geen JSON-object"))
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        raise BadLine(number, _("er staat geen tekst in (het veld text)"))
    return row


def coded_lines(lines: Iterable[str], coder: Coder, batch: int = BATCH) -> Iterator[str]:
    """The output lines for the input lines, coded `batch` at a time. Blank lines are
    skipped; a bad line raises BadLine after the lines before it have been yielded."""
    pending: list[dict] = []

    def flush() -> Iterator[str]:
        codings = coder.code([row["text"] for row in pending])
        for row, coding in zip(pending, codings, strict=True):
            yield json.dumps({**row, **coding.as_json()}, ensure_ascii=False)
        pending.clear()

    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            pending.append(parse_line(line, number))
        except BadLine:
            yield from flush()
            raise
        if len(pending) >= batch:
            yield from flush()
    yield from flush()


def place_examples(slug: str | None, language: str) -> list[Example]:
    """A place's reviewed passages as examples for the coder (none without --place)."""
    if not slug:
        return []
    from nabij.community.models import Place

    place = Place.objects.filter(slug=slug).first()
    if place is None:
        raise CommandError(_("Er is geen plek %(slug)s.") % {"slug": slug})
    from nabij.practices.selectors.reviews import coder_examples

    return list(coder_examples(place, language))


def utf8(stream: IO[str]) -> IO[str]:
    """JSON lines are UTF-8 whatever the terminal's locale says."""
    if hasattr(stream, "reconfigure"):
        stream.reconfigure(encoding="utf-8")
    return stream


def add_coder_arguments(parser: CommandParser) -> None:
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        default="nl",
        help=gettext_noop("de taal van de teksten (standaard nl)"),
    )
    parser.add_argument(
        "--place",
        help=gettext_noop(
            "de korte naam van een plek: "
            "de codeerder leert bij uit de nagekeken passages van die plek"
        ),
    )


class Command(BaseCommand):
    help = gettext_noop(
        "Codeert passages (JSON-regels met een veld text) naar bron van solidariteit en "
        "spanningsveld. Leest van de standaardinvoer, schrijft naar de standaarduitvoer."
    )

    stealth_options = ("stdin",)

    def add_arguments(self, parser: CommandParser) -> None:
        add_coder_arguments(parser)

    def handle(self, *args, language: str, place: str | None, **options) -> None:
        stdin: IO[str] = options.get("stdin") or utf8(sys.stdin)
        if self.stdout._out is sys.stdout:
            utf8(sys.stdout)
        coder = Coder(language, place_examples(place, language))
        try:
            for line in coded_lines(stdin, coder):
                self.stdout.write(line)
        except BadLine as bad:
            self.stdout.flush()
            raise CommandError(
                _(
                    "Regel %(number)d: %(problem)s. "
                    "Elke regel moet een JSON-object zijn met een tekst."
                )
                % {"number": bad.number, "problem": bad.message},
                returncode=EXIT_BAD_INPUT,
            ) from None
