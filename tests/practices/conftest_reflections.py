"""What the reflection tests share: Rabot's repair café as a practice, and a full set of
values for a reflection on it (every source and every tension field)."""

from datetime import date

from django.utils import timezone

from nabij.community.choices import CommunityKind, Domain
from nabij.practices.choices import Level, Solidarity, Source, TensionField
from nabij.practices.models import Practice
from nabij.practices.services.reflections import reflection_record

HELD_ON = date(2026, 3, 12)

STRENGTHS = {
    Source.INTERDEPENDENCE: (2, "Fixers en bezoekers hebben elkaar nodig."),
    Source.NORMS_VALUES: (1, "Weggooien is zonde, vindt iedereen."),
    Source.STRUGGLE: (0, ""),
    Source.ENCOUNTER: (3, "Koffie aan de lange tafel."),
}
POSITIONS = {
    TensionField.UNIVERSAL_PARTICULAR: (-2, -3, "Iedereen is welkom."),
    TensionField.CONSENSUS_CONFLICT: (-1, 0, ""),
    TensionField.ECONOMIC_CULTURAL: (-2, -1, ""),
    TensionField.INTEGRATION_TRANSFORMATION: (0, 2, "Meer zeggenschap voor bezoekers."),
    TensionField.DISTANCE_PROXIMITY: (3, 3, ""),
    TensionField.NEGOTIABLE: (1, 2, ""),
}


def repair_cafe(cast, name: str = "Repair café Rabot") -> Practice:
    now = timezone.now()
    return Practice.objects.create(
        place=cast.rabot,
        name=name,
        domain=Domain.LEISURE,
        description="Elke maand herstellen buren samen spullen in de Rabotzaal.",
        level=Level.MESO,
        solidarity=Solidarity.DIRECT,
        community_kind=CommunityKind.LIGHT,
        created_by=cast.worker,
        created_at=now,
        updated_at=now,
    )


def record(cast, practice: Practice, **changes):
    """Sara records a reflection on the practice: the values above, with `changes`."""
    arguments = {
        "actor": cast.worker,
        "practice": practice,
        "held_on": HELD_ON,
        "team": "Sara, Koen en twee fixers",
        "note": "Bezoekers mee laten beslissen over de openingsuren.",
        "strengths": dict(STRENGTHS),
        "positions": dict(POSITIONS),
    } | changes
    return reflection_record(**arguments)
