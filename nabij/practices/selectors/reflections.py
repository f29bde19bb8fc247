"""Reading a practice's reflections: every version, one version with the one before it,
and what moved between them, in words as well as in numbers."""

from dataclasses import dataclass
from datetime import date

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from nabij.practices.choices import POLES, Source, TensionField
from nabij.practices.models import FieldPosition, Practice, Reflection, SourceStrength

# How strongly a practice draws on a source, in words: the form's choices and the PDF's.
STRENGTH_WORDS = {
    0: _("niet"),
    1: _("een beetje"),
    2: _("duidelijk"),
    3: _("sterk"),
}
_TOWARDS = {
    1: _("een beetje naar ‘%(pole)s’"),
    2: _("duidelijk naar ‘%(pole)s’"),
    3: _("helemaal bij ‘%(pole)s’"),
}
MIDDLE = _("in het midden")


def signed(value: int) -> str:
    """A position as people write it: -2, 0, +1."""
    return f"{value:+d}" if value else "0"


def position_words(field: str, value: int) -> str:
    """A position on a tension field in words: how far towards which pole."""
    if value == 0:
        return str(MIDDLE)
    left, right = POLES[field]
    pole = left if value < 0 else right
    return str(_TOWARDS[abs(value)]) % {"pole": pole}


@dataclass(frozen=True)
class Snapshot:
    """One version's values, without the ORM: what charts and comparisons need."""

    version: int
    held_on: date
    strengths: dict[str, int]  # source -> 0..3
    positions: dict[str, tuple[int, int]]  # field -> (actual, desired), -3..3


@dataclass(frozen=True)
class SourceRow:
    key: str
    label: str
    strength: int
    words: str
    note: str


@dataclass(frozen=True)
class FieldRow:
    key: str
    label: str
    left: str
    right: str
    actual: int
    desired: int
    actual_words: str
    desired_words: str
    note: str

    @property
    def actual_signed(self) -> str:
        return signed(self.actual)

    @property
    def desired_signed(self) -> str:
        return signed(self.desired)


@dataclass(frozen=True)
class Move:
    """Something that changed since the previous version."""

    label: str
    what: str  # "nu", "gewenst" or "sterkte", translated
    before: int
    after: int


@dataclass(frozen=True)
class ReflectionPage:
    reflection: Reflection
    snapshot: Snapshot
    sources: tuple[SourceRow, ...]
    fields: tuple[FieldRow, ...]
    previous: Snapshot | None
    moves: tuple[Move, ...]
    history: tuple[Snapshot, ...]  # every version, oldest first


def _with_values(reflections):
    return reflections.prefetch_related(
        Prefetch("sources", queryset=SourceStrength.objects.order_by("pk")),
        Prefetch("fields", queryset=FieldPosition.objects.order_by("pk")),
    )


def reflections_of(practice: Practice) -> list[Reflection]:
    """Every version of the practice's reflection, oldest first, with their values."""
    return list(_with_values(practice.reflections.order_by("version")))


def reflection_latest(practice: Practice) -> Reflection | None:
    return _with_values(practice.reflections.order_by("-version"))[:1].first()


def snapshot_of(reflection: Reflection) -> Snapshot:
    return Snapshot(
        version=reflection.version,
        held_on=reflection.held_on,
        strengths={row.source: row.strength for row in reflection.sources.all()},
        positions={row.field: (row.actual, row.desired) for row in reflection.fields.all()},
    )


def moves_between(earlier: Snapshot, later: Snapshot) -> tuple[Move, ...]:
    """What moved from one version to the next: sources first, then fields, in the
    framework's order."""
    moves = []
    for source in Source:
        before, after = earlier.strengths.get(source), later.strengths.get(source)
        if before is not None and after is not None and before != after:
            moves.append(Move(str(source.label), str(_("sterkte")), before, after))
    for field in TensionField:
        if field not in earlier.positions or field not in later.positions:
            continue
        for index, what in enumerate((_("nu"), _("gewenst"))):
            before, after = earlier.positions[field][index], later.positions[field][index]
            if before != after:
                moves.append(Move(str(field.label), str(what), before, after))
    return tuple(moves)


def reflection_page(practice: Practice, version: int) -> ReflectionPage | None:
    """One version of the practice's reflection with the one before it; None if there
    is no such version."""
    history = reflections_of(practice)
    found = next((r for r in history if r.version == version), None)
    if found is None:
        return None
    snapshots = tuple(snapshot_of(r) for r in history)
    position = [r.version for r in history].index(version)
    snapshot = snapshots[position]
    previous = snapshots[position - 1] if position > 0 else None
    notes = {row.source: row.note for row in found.sources.all()}
    field_notes = {row.field: row.note for row in found.fields.all()}
    sources = tuple(
        SourceRow(
            key=source.value,
            label=str(source.label),
            strength=snapshot.strengths[source],
            words=str(STRENGTH_WORDS[snapshot.strengths[source]]),
            note=notes[source],
        )
        for source in Source
    )
    fields = tuple(
        FieldRow(
            key=field.value,
            label=str(field.label),
            left=str(POLES[field][0]),
            right=str(POLES[field][1]),
            actual=snapshot.positions[field][0],
            desired=snapshot.positions[field][1],
            actual_words=position_words(field, snapshot.positions[field][0]),
            desired_words=position_words(field, snapshot.positions[field][1]),
            note=field_notes[field],
        )
        for field in TensionField
    )
    return ReflectionPage(
        reflection=found,
        snapshot=snapshot,
        sources=sources,
        fields=fields,
        previous=previous,
        moves=moves_between(previous, snapshot) if previous else (),
        history=snapshots,
    )
