"""Policy documents: an upload is checked, read, split into passages and coded in one go;
a document can be coded again once reviewers taught the coder more.

The file itself is not kept: only what was read from it and its fingerprint, so the same
file is never coded twice in a place."""

import hashlib
from datetime import datetime

from django.db import IntegrityError, transaction

from nabij.community.models import Member, Place
from nabij.community.services.common import now_or, require_role
from nabij.errors import DomainError
from nabij.practices.choices import DocumentLanguage
from nabij.practices.coding.coder import Coder
from nabij.practices.coding.labels import Coding, Example
from nabij.practices.coding.passages import split_passages
from nabij.practices.errors import PracticeError
from nabij.practices.extract import extract_text
from nabij.practices.models import Document, Passage
from nabij.practices.roles import READERS

# Documents and their coding are for staff and for the place's analyst (a researcher).
TITLE_LIMIT = 200
FILENAME_LIMIT = 200
# What coding a passage writes (and coding it again rewrites).
CODED_FIELDS = ("source", "tension_field", "scores", "triggers", "coded_with", "coded_at")


def _examples(place: Place, language: str) -> list[Example]:
    """What the place's reviewers taught: their reviewed passages in this language."""
    try:
        from nabij.practices.selectors.reviews import coder_examples
    except ImportError:  # the reviews part is optional to the documents part
        return []
    return coder_examples(place, language)


def _coder(place: Place, language: str) -> Coder:
    return Coder(language, examples=_examples(place, language))


def _title(value: str) -> str:
    title = " ".join((value or "").split())
    if not title:
        raise DomainError(PracticeError.TEXT_EMPTY, field="title")
    if len(title) > TITLE_LIMIT:
        raise DomainError(PracticeError.TEXT_TOO_LONG, field="title")
    return title


def _filename(value: str) -> str:
    # Only the name is kept, never a path a browser may send along.
    name = (value or "").replace("\\", "/").rsplit("/", 1)[-1].strip() or "document"
    if len(name) > FILENAME_LIMIT:
        stem, dot, extension = name.rpartition(".")
        keep = FILENAME_LIMIT - len(extension) - 1 if dot and len(extension) <= 10 else 0
        name = f"{stem[:keep]}.{extension}" if keep > 0 else name[:FILENAME_LIMIT]
    return name


def _coded_fields(coding: Coding, *, version: str, now: datetime) -> dict:
    return {
        "source": coding.source or "",
        "tension_field": coding.tension_field or "",
        "scores": coding.scores,
        "triggers": coding.triggers,
        "coded_with": version[:40],
        "coded_at": now,
    }


def document_upload(
    *,
    actor: Member,
    place: Place,
    title: str,
    language: str,
    filename: str,
    data: bytes,
    now: datetime | None = None,
) -> Document:
    """Read, split and code an uploaded policy text; store it with its passages.

    Refuses (and stores nothing) when the actor is not staff or the place's analyst, the
    title or language is wrong, the same file was uploaded here before, or the file is
    empty, too large, not what its name says, unreadable, or yields no passage."""
    require_role(actor, place, READERS)
    title = _title(title)
    if language not in DocumentLanguage.values:
        raise DomainError(PracticeError.CHOICE_UNKNOWN, field="language")
    filename = _filename(filename)
    now = now_or(now)
    sha256 = hashlib.sha256(data).hexdigest()
    _refuse_twice(place, sha256)
    extracted = extract_text(data, filename)
    pieces = [
        piece
        for piece in split_passages(extracted.pages, paged=extracted.paged)
        if piece.text.strip()
    ]
    if not pieces:
        raise DomainError(PracticeError.DOCUMENT_NO_PASSAGES, field="file")
    coder = _coder(place, language)
    codings = coder.code([piece.text for piece in pieces])
    document = Document(
        place=place,
        title=title,
        language=language,
        kind=extracted.kind,
        filename=filename,
        size=len(data),
        sha256=sha256,
        uploaded_by=actor,
        uploaded_at=now,
    )
    try:
        with transaction.atomic():
            document.save()
            Passage.objects.bulk_create(
                (
                    Passage(
                        document=document,
                        place=place,
                        position=position,
                        # Only a PDF has pages a reader can look up.
                        page=piece.page,
                        text=piece.text,
                        **_coded_fields(coding, version=coder.version, now=now),
                    )
                    for position, (piece, coding) in enumerate(zip(pieces, codings, strict=True), 1)
                ),
                batch_size=500,
            )
    except IntegrityError:
        # The same file, sent at the same moment by someone else, was stored first.
        _refuse_twice(place, sha256)
        raise
    return document


def _refuse_twice(place: Place, sha256: str) -> None:
    earlier = Document.objects.filter(place=place, sha256=sha256).only("title").first()
    if earlier is not None:
        raise DomainError(PracticeError.DOCUMENT_TWICE, field="file", title=earlier.title)


def document_recode(*, actor: Member, document: Document, now: datetime | None = None) -> int:
    """Code the document's passages again with what the place's reviewers taught since;
    the reviews stay as they are. Returns how many passages changed code."""
    require_role(actor, document.place, READERS)
    now = now_or(now)
    coder = _coder(document.place, document.language)
    with transaction.atomic():
        passages = list(
            Passage.objects.select_for_update().filter(document=document).order_by("position")
        )
        codings = coder.code([passage.text for passage in passages])
        changed = 0
        for passage, coding in zip(passages, codings, strict=True):
            fields = _coded_fields(coding, version=coder.version, now=now)
            if (passage.source, passage.tension_field) != (
                fields["source"],
                fields["tension_field"],
            ):
                changed += 1
            for name, value in fields.items():
                setattr(passage, name, value)
        Passage.objects.bulk_update(passages, CODED_FIELDS, batch_size=500)
    return changed
