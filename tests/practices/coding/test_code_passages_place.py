"""`nabij code-passages --place SLUG` codes with what that place's reviewers taught the
coder: a passage like one a Rabot reviewer corrected is coded as the reviewer coded it
for Rabot, and as before for a place whose reviewers said nothing."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from nabij.practices.services.reviews import passage_review
from tests.practices.conftest_reviews import document_with, passages_of

GARDEN = (
    "In de gedeelde buurtmoestuin aan de Wondelgemstraat kweken twintig gezinnen samen "
    "groenten; wie een beurt overslaat, laat de anderen in de steek."
)
SIMILAR = (
    "Een twintigtal gezinnen kweekt samen groenten in de buurtmoestuin van de "
    "Wondelgemstraat. Slaat iemand een beurt over, dan laat hij de anderen in de steek."
)


def code(place: str) -> dict:
    out = io.StringIO()
    call_command(
        "code_passages", "--place", place, stdin=io.StringIO(json.dumps({"text": SIMILAR})),
        stdout=out,
    )  # fmt: skip
    return json.loads(out.getvalue())


@pytest.mark.django_db
def test_a_places_reviews_teach_the_coder_for_that_place_only(cast):
    (garden,) = passages_of(
        document_with(cast.rabot, cast.worker, [(GARDEN, "interdependence", "")])
    )
    passage_review(
        actor=cast.worker, passage=garden, source="encounter", tension_field="distance_proximity"
    )

    assert code(cast.rabot.slug)["source"] == "encounter"
    assert code(cast.school.slug)["source"] != "encounter"


@pytest.mark.django_db
def test_an_unknown_place_is_refused(cast):
    with pytest.raises(CommandError, match="geen plek"):
        code("nergens")
