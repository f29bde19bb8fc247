"""What the review controls of one passage show: the code to preselect (the viewer's
own review, else the machine's) and who reviewed it already."""

from dataclasses import dataclass

from django import template

from nabij.community.models import Member
from nabij.practices.forms_reviews import FIELD_CHOICES, SOURCE_CHOICES
from nabij.practices.models import Passage, PassageReview

register = template.Library()


@dataclass(frozen=True)
class ReviewState:
    source: str  # preselected in the list ("" for none)
    tension_field: str
    own: PassageReview | None
    others: list[PassageReview]
    source_choices: list
    field_choices: list


@register.simple_tag
def review_state(passage: Passage, actor: Member | None) -> ReviewState:
    # .all() uses the reviews prefetched by passages_for_review, when the page did so.
    reviews = list(passage.reviews.all())
    own = next((r for r in reviews if actor is not None and r.reviewer_id == actor.pk), None)
    chosen = own or passage
    return ReviewState(
        source=chosen.source,
        tension_field=chosen.tension_field,
        own=own,
        others=[r for r in reviews if r is not own],
        source_choices=SOURCE_CHOICES,
        field_choices=FIELD_CHOICES,
    )
