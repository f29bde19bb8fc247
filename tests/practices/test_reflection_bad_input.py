"""A reflection off the scale, with a missing or unknown source or field, is refused with
a message that names what is wrong; nothing is stored. The database refuses it too."""

from datetime import timedelta

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from nabij.community.errors import CommunityError
from nabij.errors import DomainError
from nabij.practices.choices import Source, TensionField
from nabij.practices.errors import PracticeError
from nabij.practices.models import FieldPosition, Reflection, SourceStrength
from tests.practices.conftest_reflections import POSITIONS, STRENGTHS, record, repair_cafe


def _counts():
    return (
        Reflection.objects.count(),
        SourceStrength.objects.count(),
        FieldPosition.objects.count(),
    )


def _refused(cast, **changes) -> DomainError:
    practice = repair_cafe(cast)
    before = _counts()
    with pytest.raises(DomainError) as refused:
        record(cast, practice, **changes)
    assert _counts() == before
    return refused.value


@pytest.mark.parametrize("actual", [4, -4])
def test_a_position_off_the_scale_is_refused_and_nothing_is_stored(cast, actual):
    positions = dict(POSITIONS) | {TensionField.CONSENSUS_CONFLICT: (actual, 0, "")}
    error = _refused(cast, positions=positions)
    assert error.code == PracticeError.REFLECTION_POSITION_OFF_SCALE
    assert error.field == "consensus_conflict_actual"
    assert error.message == "Kies bij ‘consensus of conflict’ een plaats van -3 tot en met +3."


def test_a_desired_position_off_the_scale_is_refused(cast):
    positions = dict(POSITIONS) | {TensionField.NEGOTIABLE: (0, 7, "")}
    error = _refused(cast, positions=positions)
    assert error.field == "negotiable_desired"


def test_a_strength_of_five_is_refused_and_nothing_is_stored(cast):
    strengths = dict(STRENGTHS) | {Source.STRUGGLE: (5, "")}
    error = _refused(cast, strengths=strengths)
    assert error.code == PracticeError.REFLECTION_STRENGTH_OFF_SCALE
    assert error.field == "struggle_strength"
    assert error.message == "Kies voor de bron ‘strijd’ een waarde van 0 tot en met 3."


def test_a_missing_tension_field_is_refused_by_name(cast):
    positions = dict(POSITIONS)
    del positions[TensionField.DISTANCE_PROXIMITY]
    error = _refused(cast, positions=positions)
    assert error.code == PracticeError.REFLECTION_FIELD_MISSING
    assert "afstand of nabijheid" in error.message


def test_a_missing_source_is_refused_by_name(cast):
    strengths = dict(STRENGTHS)
    del strengths[Source.ENCOUNTER]
    error = _refused(cast, strengths=strengths)
    assert error.code == PracticeError.REFLECTION_SOURCE_MISSING
    assert "ontmoeting" in error.message


def test_an_unknown_source_is_refused_by_name(cast):
    strengths = dict(STRENGTHS) | {"charity": (2, "")}
    error = _refused(cast, strengths=strengths)
    assert error.code == PracticeError.REFLECTION_SOURCE_UNKNOWN
    assert error.message == "‘charity’ is geen bron van solidariteit."


def test_an_unknown_tension_field_is_refused(cast):
    error = _refused(cast, positions=dict(POSITIONS) | {"left_right": (0, 0, "")})
    assert error.code == PracticeError.REFLECTION_FIELD_UNKNOWN


def test_a_position_that_is_not_a_whole_number_is_refused(cast):
    positions = dict(POSITIONS) | {TensionField.CONSENSUS_CONFLICT: (1.5, 0, "")}
    assert _refused(cast, positions=positions).code == (PracticeError.REFLECTION_POSITION_OFF_SCALE)


def test_an_empty_team_and_a_day_to_come_are_refused(cast):
    assert _refused(cast, team="   ").field == "team"
    tomorrow = timezone.localdate() + timedelta(days=1)
    assert _refused(cast, held_on=tomorrow).code == PracticeError.REFLECTION_DATE_FUTURE


@pytest.mark.parametrize("who", ["volunteer", "analyst", "school_worker"])
def test_only_staff_of_the_place_record_a_reflection(cast, who):
    error = _refused(cast, actor=getattr(cast, who))
    assert error.code == CommunityError.NOT_YOUR_PLACE


@pytest.mark.parametrize(
    ("model", "values"),
    [
        (FieldPosition, {"field": TensionField.NEGOTIABLE, "actual": 4, "desired": 0}),
        (FieldPosition, {"field": TensionField.NEGOTIABLE, "actual": 0, "desired": -4}),
        (SourceStrength, {"source": Source.STRUGGLE, "strength": 5}),
        (SourceStrength, {"source": "charity", "strength": 1}),
    ],
)
def test_the_database_refuses_values_off_the_scale(cast, model, values):
    reflection = record(cast, repair_cafe(cast))
    # Take the stored row away first, so it is the scale that refuses, not uniqueness.
    key = "field" if model is FieldPosition else "source"
    model.objects.filter(reflection=reflection, **{key: values[key]}).delete()
    with pytest.raises(IntegrityError), transaction.atomic():
        model.objects.create(reflection=reflection, **values)


def test_the_database_refuses_two_reflections_with_one_version(cast):
    practice = repair_cafe(cast)
    first = record(cast, practice)
    with pytest.raises(IntegrityError), transaction.atomic():
        Reflection.objects.create(
            practice=practice,
            place=cast.rabot,
            version=first.version,
            held_on=first.held_on,
            team="Koen",
            created_by=cast.admin,
            created_at=timezone.now(),
        )
