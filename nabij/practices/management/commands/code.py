"""`nabij code FILE... [--language nl|fr|en] [--place SLUG] [--out FILE]`

Codes whole documents (PDF, DOCX, plain text): reads each file, splits it into passages
and codes them, with a progress bar on stderr. Writes one JSON line per passage (file,
page, position, text, source, tension_field, scores, triggers) to stdout or --out.

A file that cannot be read is named on stderr with the reason; the other files are still
coded, and the command ends with exit code 1."""

import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, ngettext
from tqdm import tqdm

from nabij.errors import DomainError
from nabij.practices.coding.coder import BATCH, Coder
from nabij.practices.coding.passages import Piece, split_passages
from nabij.practices.extract import extract_text
from nabij.practices.management.commands.code_passages import (
    add_coder_arguments,
    place_examples,
    utf8,
)

EXIT_UNREADABLE = 1


def read_pieces(path: Path) -> list[Piece]:
    """The passages of one file; raises DomainError or OSError when it cannot be read."""
    extracted = extract_text(path.read_bytes(), path.name)
    return split_passages(extracted.pages, paged=extracted.paged)


class Command(BaseCommand):
    help = gettext_noop(
        "Codeert hele documenten (PDF, DOCX, tekst) passage per passage naar bron van "
        "solidariteit en spanningsveld, met een voortgangsbalk. Schrijft JSON-regels."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("files", nargs="+", metavar="FILE")
        add_coder_arguments(parser)
        parser.add_argument(
            "--out",
            help=gettext_noop("schrijf naar dit bestand in plaats van naar de standaarduitvoer"),
        )

    def handle(
        self, *args, files: list[str], language: str, place: str | None, out: str | None, **options
    ) -> None:
        coder = Coder(language, place_examples(place, language))
        documents: list[tuple[str, list[Piece]]] = []
        failed = 0
        for name in files:
            try:
                documents.append((name, read_pieces(Path(name))))
            except DomainError as error:
                failed += 1
                self.stderr.write(
                    _("%(file)s: %(problem)s") % {"file": name, "problem": error.message}
                )
            except FileNotFoundError:
                failed += 1
                self.stderr.write(_("%(file)s: dit bestand bestaat niet.") % {"file": name})
            except IsADirectoryError:
                failed += 1
                self.stderr.write(_("%(file)s: dit is een map, geen bestand.") % {"file": name})
            except OSError:
                failed += 1
                self.stderr.write(
                    _("%(file)s: dit bestand kan niet gelezen worden.") % {"file": name}
                )
        total = sum(len(pieces) for _name, pieces in documents)
        coder.model  # noqa: B018 -- learn before the progress bar starts counting
        try:
            target = open(out, "w", encoding="utf-8") if out else None  # noqa: SIM115
        except OSError as error:
            raise CommandError(
                _("%(file)s: hier kan niet geschreven worden (%(reason)s).")
                % {"file": out, "reason": error.strerror or error}
            ) from None
        if target is None and self.stdout._out is sys.stdout:
            utf8(sys.stdout)
        try:
            with tqdm(
                total=total, unit=_("passages"), file=self.stderr._out, dynamic_ncols=True
            ) as bar:
                for name, pieces in documents:
                    bar.set_description_str(Path(name).name, refresh=False)
                    for start in range(0, len(pieces), BATCH):
                        batch = pieces[start : start + BATCH]
                        codings = coder.code([piece.text for piece in batch])
                        for position, (piece, coding) in enumerate(
                            zip(batch, codings, strict=True), start=start + 1
                        ):
                            line = json.dumps(
                                {
                                    "file": name,
                                    "page": piece.page,
                                    "position": position,
                                    "text": piece.text,
                                    **coding.as_json(),
                                },
                                ensure_ascii=False,
                            )
                            if target is None:
                                self.stdout.write(line)
                            else:
                                target.write(line + "\n")
                        bar.update(len(batch))
        finally:
            if target is not None:
                target.close()
        if failed:
            raise CommandError(
                ngettext(
                    "%(failed)d van de %(total)d bestanden kon niet gecodeerd worden.",
                    "%(failed)d van de %(total)d bestanden konden niet gecodeerd worden.",
                    failed,
                )
                % {"failed": failed, "total": len(files)},
                returncode=EXIT_UNREADABLE,
            )
