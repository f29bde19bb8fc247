"""Reviewing coded passages: a person accepts or corrects the machine's code.

One review per reviewer per passage (a second one by the same person replaces theirs),
so that two reviewers can be compared with each other and with the machine."""

from datetime import datetime

from django.db import transaction

from nabij.community.models import Member
from nabij.community.services.common import now_or, require_role
from nabij.errors import DomainError
from nabij.practices.choices import Source, TensionField
from nabij.practices.errors import PracticeError
from nabij.practices.models import Document, Passage, PassageReview
from nabij.practices.roles import READERS

# Documents and their coding are for staff and for the place's analyst (a researcher).


def _check_labels(source: str, tension_field: str) -> None:
    if source != "" and source not in Source.values:
        raise DomainError(PracticeError.REVIEW_SOURCE_UNKNOWN, field="source")
    if tension_field != "" and tension_field not in TensionField.values:
        raise DomainError(PracticeError.REVIEW_FIELD_UNKNOWN, field="tension_field")


def passage_review(
    *,
    actor: Member,
    passage: Passage,
    source: str,
    tension_field: str,
    now: datetime | None = None,
) -> PassageReview:
    """The actor's code for the passage ("" for none); replaces their earlier review."""
    require_role(actor, passage.place, READERS)
    _check_labels(source, tension_field)
    now = now_or(now)
    corrected = source != passage.source or tension_field != passage.tension_field
    with transaction.atomic():
        review = (
            PassageReview.objects.select_for_update()
            .filter(passage=passage, reviewer=actor)
            .first()
        )
        if review is None:
            review = PassageReview(passage=passage, place_id=passage.place_id, reviewer=actor)
        review.source = source
        review.tension_field = tension_field
        review.corrected = corrected
        review.reviewed_at = now
        review.save()
    return review


def passages_accept(*, actor: Member, document: Document, now: datetime | None = None) -> int:
    """Accept the machine's code of every passage of the document the actor has not
    reviewed yet; their own earlier reviews stay as they are. Returns how many."""
    require_role(actor, document.place, READERS)
    now = now_or(now)
    with transaction.atomic():
        open_passages = Passage.objects.filter(document=document).exclude(reviews__reviewer=actor)
        reviews = [
            PassageReview(
                passage=passage,
                place_id=passage.place_id,
                reviewer=actor,
                source=passage.source,
                tension_field=passage.tension_field,
                corrected=False,
                reviewed_at=now,
            )
            for passage in open_passages.only("pk", "place_id", "source", "tension_field")
        ]
        PassageReview.objects.bulk_create(reviews)
    return len(reviews)
