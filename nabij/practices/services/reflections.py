"""Recording a team's reflection on a practice: always a new version, never an edit."""

from collections.abc import Mapping
from datetime import date, datetime

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from nabij.community.models import Member
from nabij.community.services.common import now_or, require_role
from nabij.errors import DomainError
from nabij.practices.choices import (
    POSITION_MAX,
    POSITION_MIN,
    STRENGTH_MAX,
    STRENGTH_MIN,
    Source,
    TensionField,
)
from nabij.practices.errors import PracticeError
from nabij.practices.models import FieldPosition, Practice, Reflection, SourceStrength

TEAM_LIMIT = 300
NOTE_LIMIT = 4000
ITEM_NOTE_LIMIT = 2000


def _text(value: str | None, *, field: str, limit: int, required: bool = False) -> str:
    text = (value or "").strip()
    if required and not text:
        raise DomainError(PracticeError.TEXT_EMPTY, field=field)
    if len(text) > limit:
        raise DomainError(PracticeError.TEXT_TOO_LONG, field=field)
    return text


def _on_scale(value: object, low: int, high: int) -> bool:
    # A bool is an int to Python, but "True" is no point on a scale.
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _strengths(given: Mapping[str, tuple[int, str]]) -> dict[str, tuple[int, str]]:
    for key in given:
        if key not in Source.values:
            raise DomainError(PracticeError.REFLECTION_SOURCE_UNKNOWN, field=None, source=key)
    clean = {}
    for source in Source:
        label = str(source.label)
        if source.value not in given:
            raise DomainError(
                PracticeError.REFLECTION_SOURCE_MISSING, field=f"{source}_strength", source=label
            )
        strength, note = given[source.value]
        if not _on_scale(strength, STRENGTH_MIN, STRENGTH_MAX):
            raise DomainError(
                PracticeError.REFLECTION_STRENGTH_OFF_SCALE,
                field=f"{source}_strength",
                source=label,
            )
        clean[source.value] = (
            strength,
            _text(note, field=f"{source}_note", limit=ITEM_NOTE_LIMIT),
        )
    return clean


def _positions(given: Mapping[str, tuple[int, int, str]]) -> dict[str, tuple[int, int, str]]:
    for key in given:
        if key not in TensionField.values:
            raise DomainError(PracticeError.REFLECTION_FIELD_UNKNOWN, field=None, name=key)
    clean = {}
    for tension in TensionField:
        label = str(tension.label)
        if tension.value not in given:
            raise DomainError(
                PracticeError.REFLECTION_FIELD_MISSING, field=f"{tension}_actual", name=label
            )
        actual, desired, note = given[tension.value]
        for name, value in (("actual", actual), ("desired", desired)):
            if not _on_scale(value, POSITION_MIN, POSITION_MAX):
                raise DomainError(
                    PracticeError.REFLECTION_POSITION_OFF_SCALE,
                    field=f"{tension}_{name}",
                    name=label,
                )
        clean[tension.value] = (
            actual,
            desired,
            _text(note, field=f"{tension}_note", limit=ITEM_NOTE_LIMIT),
        )
    return clean


def reflection_record(
    *,
    actor: Member,
    practice: Practice,
    held_on: date,
    team: str,
    note: str = "",
    strengths: Mapping[str, tuple[int, str]],
    positions: Mapping[str, tuple[int, int, str]],
    now: datetime | None = None,
) -> Reflection:
    """A new version of the team's reflection on `practice`: every source with a strength
    from 0 to 3 and every tension field with an actual and a desired position from -3
    to +3, each with a note. Only staff of the practice's place record one.

    Raises DomainError (PracticeError) for a missing, unknown or off-scale source or
    field, an empty team, a date after today or a text that is too long; then nothing
    is stored."""
    now = now_or(now)
    require_role(actor, practice.place)
    team = _text(team, field="team", limit=TEAM_LIMIT, required=True)
    note = _text(note, field="note", limit=NOTE_LIMIT)
    if held_on > timezone.localdate(now):
        raise DomainError(PracticeError.REFLECTION_DATE_FUTURE, field="held_on")
    clean_strengths = _strengths(strengths)
    clean_positions = _positions(positions)
    with transaction.atomic():
        # The practice's row is the lock: two teams saving at once get versions one after
        # the other (the unique constraint would refuse the second otherwise).
        locked = Practice.objects.select_for_update().get(pk=practice.pk)
        last = locked.reflections.aggregate(last=Max("version"))["last"] or 0
        reflection = Reflection.objects.create(
            practice=locked,
            place=locked.place,
            version=last + 1,
            held_on=held_on,
            team=team,
            note=note,
            created_by=actor,
            created_at=now,
        )
        SourceStrength.objects.bulk_create(
            SourceStrength(reflection=reflection, source=key, strength=strength, note=text)
            for key, (strength, text) in clean_strengths.items()
        )
        FieldPosition.objects.bulk_create(
            FieldPosition(
                reflection=reflection, field=key, actual=actual, desired=desired, note=text
            )
            for key, (actual, desired, text) in clean_positions.items()
        )
    return reflection
