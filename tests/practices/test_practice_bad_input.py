"""A practice with a missing, unknown or ill-fitting value is refused with a translated
message on the right field, and nothing is stored; the database refuses it too."""

import pytest
from django.db import IntegrityError, transaction

from nabij.errors import DomainError
from nabij.practices.errors import PracticeError
from nabij.practices.models import Practice
from nabij.practices.services import practices as services
from tests.practices.bank import record

BAD = [
    ({"name": "   "}, PracticeError.TEXT_EMPTY, "name"),
    ({"name": "x" * 201}, PracticeError.TEXT_TOO_LONG, "name"),
    ({"description": ""}, PracticeError.TEXT_EMPTY, "description"),
    ({"domain": "sport"}, PracticeError.CHOICE_UNKNOWN, "domain"),
    ({"level": "mega"}, PracticeError.CHOICE_UNKNOWN, "level"),
    ({"solidarity": "warm"}, PracticeError.CHOICE_UNKNOWN, "solidarity"),
    ({"community_kind": "loose"}, PracticeError.CHOICE_UNKNOWN, "community_kind"),
    ({"bond": "football"}, PracticeError.CHOICE_UNKNOWN, "bond"),
    ({"mandates": ["charity"]}, PracticeError.CHOICE_UNKNOWN, "mandates"),
    ({"visibility": "secret"}, PracticeError.CHOICE_UNKNOWN, "visibility"),
    # A meeting place binds a light community, not a tight one ...
    ({"community_kind": "tight", "bond": "meeting_place"}, PracticeError.BOND_MISFIT, "bond"),
    # ... and a shared project binds a tight one, not a light one.
    ({"community_kind": "light", "bond": "project"}, PracticeError.BOND_MISFIT, "bond"),
    ({"organisations": "x" * 201}, PracticeError.TEXT_TOO_LONG, "organisations"),
]


@pytest.mark.parametrize(("facets", "code", "field"), BAD)
def test_a_wrong_facet_is_refused_and_nothing_is_stored(cast, facets, code, field):
    with pytest.raises(DomainError) as refused:
        record(cast.worker, cast.rabot, **facets)

    assert refused.value.code == code
    assert refused.value.field == field
    assert refused.value.message == str(code.message)
    assert Practice.objects.count() == 0


def test_a_wrong_update_changes_nothing(cast):
    practice = record(cast.worker, cast.rabot, other_places=[cast.school])
    before = Practice.objects.filter(pk=practice.pk).values().get()

    with pytest.raises(DomainError):
        services.practice_update(
            actor=cast.worker,
            practice=practice,
            name="Nieuwe naam",
            domain="living",
            description="Nieuw",
            level="micro",
            solidarity="direct",
            community_kind="tight",
            bond="exchange",
            other_places=[],
        )

    assert Practice.objects.filter(pk=practice.pk).values().get() == before
    assert list(practice.other_places.all()) == [cast.school]


def test_the_database_refuses_a_bond_that_does_not_fit(cast):
    practice = record(cast.worker, cast.rabot)

    with pytest.raises(IntegrityError), transaction.atomic():
        Practice.objects.filter(pk=practice.pk).update(community_kind="tight")

    assert Practice.objects.get(pk=practice.pk).community_kind == "light"


def test_a_tight_community_may_be_bound_by_a_shared_project(cast):
    practice = record(cast.worker, cast.rabot, community_kind="tight", bond="project")

    assert (practice.community_kind, practice.bond) == ("tight", "project")
