"""A coded document written straight into the database (uploading is tested apart).

`document_with` gives Rabot a document whose passages carry the machine's codes as
given: (text, source, tension_field), "" for none."""

import hashlib
from datetime import timedelta

from django.utils import timezone

from nabij.community.models import Member, Place
from nabij.practices.models import Document, Passage


def document_with(
    place: Place,
    uploader: Member,
    passages: list[tuple[str, str, str]],
    *,
    title: str = "Beleidsplan samenleven",
    language: str = "nl",
) -> Document:
    now = timezone.now() - timedelta(days=1)
    document = Document.objects.create(
        place=place,
        title=title,
        language=language,
        kind="text",
        filename=f"{title}.txt",
        size=sum(len(text) for text, _, _ in passages) or 1,
        sha256=hashlib.sha256(f"{place.pk}:{title}".encode()).hexdigest(),
        uploaded_by=uploader,
        uploaded_at=now,
    )
    Passage.objects.bulk_create(
        Passage(
            document=document,
            place=place,
            position=position,
            page=1,
            text=text,
            source=source,
            tension_field=field,
            scores={"source": {}, "tension_field": {}},
            triggers={},
            coded_with="lexicon",
            coded_at=now,
        )
        for position, (text, source, field) in enumerate(passages, start=1)
    )
    return document


def passages_of(document: Document) -> list[Passage]:
    return list(document.passages.order_by("position"))


# Three passages of a plan for living together in Rabot, as the machine coded them.
PLAN = [
    (
        "Buren helpen elkaar met boodschappen en klusjes; wie vandaag helpt, krijgt morgen hulp.",
        "interdependence",
        "distance_proximity",
    ),
    (
        "Iedereen in de wijk houdt zich aan dezelfde afspraken over afval en lawaai.",
        "norms_values",
        "negotiable",
    ),
    (
        "Het buurthuis is elke middag open voor een koffie en een babbel.",
        "",
        "",
    ),
]
