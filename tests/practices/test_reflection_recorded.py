"""A team records reflections on a practice: every value is kept, and each new one is the
next version; the earlier ones stay as they were."""

from nabij.practices.choices import Source, TensionField
from nabij.practices.models import Reflection
from nabij.practices.selectors.reflections import reflection_page
from tests.practices.conftest_reflections import HELD_ON, POSITIONS, record, repair_cafe


def test_a_full_reflection_is_stored_as_version_one(cast):
    reflection = record(cast, repair_cafe(cast))
    assert reflection.version == 1
    assert reflection.place == cast.rabot
    assert reflection.held_on == HELD_ON
    assert reflection.team == "Sara, Koen en twee fixers"
    strengths = {row.source: row.strength for row in reflection.sources.all()}
    assert strengths == {
        Source.INTERDEPENDENCE: 2,
        Source.NORMS_VALUES: 1,
        Source.STRUGGLE: 0,
        Source.ENCOUNTER: 3,
    }
    positions = {row.field: (row.actual, row.desired) for row in reflection.fields.all()}
    assert positions == {field: (a, d) for field, (a, d, _note) in POSITIONS.items()}
    note = reflection.fields.get(field=TensionField.INTEGRATION_TRANSFORMATION).note
    assert note == "Meer zeggenschap voor bezoekers."


def test_the_next_reflection_is_version_two_and_version_one_is_unchanged(cast):
    practice = repair_cafe(cast)
    first = record(cast, practice)
    moved = dict(POSITIONS) | {TensionField.INTEGRATION_TRANSFORMATION: (1, 2, "Eerste stap.")}
    second = record(cast, practice, positions=moved, team="Sara en Youssef")
    assert (first.version, second.version) == (1, 2)
    assert Reflection.objects.filter(practice=practice).count() == 2
    old = Reflection.objects.get(pk=first.pk)
    assert old.team == "Sara, Koen en twee fixers"
    assert old.fields.get(field=TensionField.INTEGRATION_TRANSFORMATION).actual == 0

    page = reflection_page(practice, 2)
    assert page.previous.version == 1
    assert [(m.label, m.what, m.before, m.after) for m in page.moves] == [
        ("integratie of transformatie", "nu", 0, 1)
    ]


def test_two_reflections_one_after_the_other_take_different_versions(cast):
    practice, other = repair_cafe(cast), repair_cafe(cast, "Taalcafé")
    versions = [record(cast, practice).version for _ in range(3)]
    assert versions == [1, 2, 3]
    # Each practice counts its own versions.
    assert record(cast, other).version == 1
