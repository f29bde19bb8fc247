"""The practice bank of the demo: a handful of practices with the teams' reflections, and
a short policy text coded by source of solidarity.

The practices are the ones a visitor meets elsewhere in the demo (the Torekes, the repair
café, the fund, the winter survey) plus a few of the school, the warehouse and the youth
club. Some have two reflections half a year apart, so the charts over time show movement:
the repair café wants to bridge more and to let its visitors run it; the fund wants more
struggle and less charity.
"""

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from nabij.community.choices import Bond, CommunityKind, Domain, RoleKind
from nabij.community.models import Member, Place, Role
from nabij.demo.cast import CLUB, RABOT, SCHOOL, WAREHOUSE
from nabij.practices.choices import (
    DocumentLanguage,
    Level,
    Solidarity,
    Source,
    TensionField,
    Visibility,
)
from nabij.practices.models import Passage
from nabij.practices.services.documents import document_upload
from nabij.practices.services.practices import practice_create
from nabij.practices.services.reflections import reflection_record
from nabij.practices.services.reviews import passage_review

SAMPLE_DOCUMENT = Path(__file__).with_name("sample_policy_nl.txt")

# Strengths of the four sources (0-3), in the order of choices.Source.
Strengths = tuple[int, int, int, int]
# (actual, desired) per tension field, in the order of choices.TensionField.
Positions = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class ReflectionSpec:
    days_ago: int
    team: str
    strengths: Strengths
    positions: Positions
    note: str


@dataclass(frozen=True)
class PracticeSpec:
    place: str
    name: str
    domain: str
    description: str
    organisations: str
    level: str
    solidarity: str
    community_kind: str
    bond: str
    mandates: frozenset[str]
    visibility: str
    reflections: tuple[ReflectionSpec, ...] = field(default=())


PRACTICES: tuple[PracticeSpec, ...] = (
    PracticeSpec(
        RABOT,
        "Torekes: buurtmunt voor buurtwerk",
        Domain.LIVING,
        "Bewoners verdienen Torekes met werk voor de buurt: het plein proper houden, "
        "boodschappen doen voor een buur, helpen op het buurtfeest. Ze betalen ermee in "
        "buurtwinkels, voor een perceel in de stadstuin en voor de bus. Ook wie volgens "
        "de arbeidsmarkt 'niet activeerbaar' is, doet mee.",
        "Buurtwerk Rabot vzw\nStad Gent\nBuurtwinkels Rabot",
        Level.MESO,
        Solidarity.DIRECT,
        CommunityKind.LIGHT,
        Bond.EXCHANGE,
        frozenset({"informal", "rights"}),
        Visibility.PUBLIC,
        (
            ReflectionSpec(
                200,
                "Sara, Koen, twee bewoners",
                (3, 1, 0, 2),
                ((-2, -2), (-2, -1), (-3, -2), (-2, 0), (3, 3), (1, 2)),
                "De munt trekt mensen terug in een loonlogica. We willen dat bewoners "
                "zelf mee beslissen welk werk telt.",
            ),
            ReflectionSpec(
                20,
                "Sara, Koen, drie bewoners, een winkelier",
                (3, 1, 1, 2),
                ((-2, -2), (-1, -1), (-3, -2), (-1, 0), (3, 3), (2, 2)),
                "Er is nu een bewonersraad die de takenlijst mee opstelt.",
            ),
        ),
    ),
    PracticeSpec(
        RABOT,
        "Repair café in het buurthuis",
        Domain.LIVING,
        "Elke maand herstellen vrijwilligers en bewoners samen fietsen, lampen, kleren en "
        "telefoons. Wie iets brengt, leert mee herstellen. Er is koffie en tijd om te praten.",
        "Buurtwerk Rabot vzw\nFietsatelier Rabot",
        Level.MICRO,
        Solidarity.DIRECT,
        CommunityKind.LIGHT,
        Bond.MEETING_PLACE,
        frozenset({"informal"}),
        Visibility.PUBLIC,
        (
            ReflectionSpec(
                190,
                "Youssef, Sara, vier vrijwilligers",
                (1, 1, 0, 3),
                ((-3, -3), (-2, -2), (-1, -1), (-2, -1), (3, 3), (0, 2)),
                "Vooral dezelfde mensen komen. We willen de school en het jeugdhuis "
                "uitnodigen en bezoekers zelf een tafel laten trekken.",
            ),
            ReflectionSpec(
                25,
                "Youssef, Sara, vijf vrijwilligers",
                (2, 1, 0, 3),
                ((-3, -3), (-2, -2), (-1, -1), (-1, -1), (3, 3), (2, 2)),
                "Twee bezoekers trekken nu de fietstafel.",
            ),
        ),
    ),
    PracticeSpec(
        RABOT,
        "Solidariteitsfonds Rabot",
        Domain.LIVING,
        "Een fonds van buren en verenigingen geeft snelle materiële hulp aan mensen zonder "
        "volledige sociale rechten, met publieke criteria en een comité van vier. Met wat "
        "het fonds ziet, trekt het naar de stad voor structurele steun.",
        "Burgerinitiatief Samen Rabot\nOCMW Gent",
        Level.MESO,
        Solidarity.DIRECT,
        CommunityKind.TIGHT,
        Bond.AGENDA,
        frozenset({"rights", "politicise"}),
        Visibility.PUBLIC,
        (
            ReflectionSpec(
                60,
                "Koen, Sara, het comité",
                (1, 2, 2, 0),
                ((1, 0), (-1, 1), (-3, -3), (-1, 2), (1, 1), (-1, -1)),
                "We willen minder liefdadigheid en meer druk op de stad: elk kwartaal een "
                "signaal met onze cijfers.",
            ),
        ),
    ),
    PracticeSpec(
        RABOT,
        "Warme winter: enquête over energiearmoede",
        Domain.LIVING,
        "Buurtwerkers vroegen de buurt hoe ze de winter doorkwam, op papier, aan de "
        "telefoon en online, in vier talen. De cijfers en getuigenissen gingen als signaal "
        "naar de gemeenteraad.",
        "Buurtwerk Rabot vzw",
        Level.MACRO,
        Solidarity.INDIRECT,
        CommunityKind.LIGHT,
        "",
        frozenset({"politicise"}),
        Visibility.INTERNAL,
    ),
    PracticeSpec(
        SCHOOL,
        "Ouderkoffie aan de schoolpoort",
        Domain.LEARNING,
        "Elke vrijdagochtend koffie voor ouders in de refter. Ouders van meer dan twintig "
        "herkomsten leren elkaar kennen; de school hoort wat er speelt.",
        "Basisschool De Regenboog",
        Level.MICRO,
        Solidarity.DIRECT,
        CommunityKind.LIGHT,
        Bond.MEETING_PLACE,
        frozenset({"informal"}),
        Visibility.PUBLIC,
        (
            ReflectionSpec(
                40,
                "Els, de directie, twee ouders",
                (1, 2, 0, 3),
                ((-2, -3), (-2, -1), (1, 0), (-2, -1), (3, 3), (1, 2)),
                "Vaders komen bijna nooit. We proberen een moment op zaterdag.",
            ),
        ),
    ),
    PracticeSpec(
        WAREHOUSE,
        "Taalmaatjes op de werkvloer",
        Domain.WORKING,
        "Collega's met Nederlands als moedertaal oefenen in de pauze met nieuwe collega's. "
        "Ploegleiders plannen de duo's over ploegen heen.",
        "Magazijn Noord nv\nVakbondsafvaardiging",
        Level.MESO,
        Solidarity.DIRECT,
        CommunityKind.TIGHT,
        Bond.PROJECT,
        frozenset({"informal"}),
        Visibility.INTERNAL,
    ),
    PracticeSpec(
        CLUB,
        "Meidenwerking De Vonk",
        Domain.LEISURE,
        "Een eigen avond voor meisjes van 12 tot 18: sport, koken, praten. Ze kiezen zelf "
        "het programma en gaan met hun vragen naar de gemeente.",
        "Jeugdhuis De Vonk vzw",
        Level.MESO,
        Solidarity.DIRECT,
        CommunityKind.TIGHT,
        Bond.IDENTITY,
        frozenset({"informal", "politicise"}),
        Visibility.PUBLIC,
    ),
)


def _staff(place: Place, *kinds: str) -> Member | None:
    """The place's first member in one of these roles: who records the demo's practices."""
    role = (
        Role.objects.filter(place=place, kind__in=kinds)
        .select_related("member")
        .order_by("kind", "pk")
        .first()
    )
    return role.member if role is not None else None


def _reflect(actor: Member, practice, spec: ReflectionSpec, now: datetime) -> None:
    reflection_record(
        actor=actor,
        practice=practice,
        held_on=(now - timedelta(days=spec.days_ago)).date(),
        team=spec.team,
        note=spec.note,
        strengths={
            source: (value, "") for source, value in zip(Source, spec.strengths, strict=True)
        },
        positions={
            field: (actual, desired, "")
            for field, (actual, desired) in zip(TensionField, spec.positions, strict=True)
        },
        now=now - timedelta(days=spec.days_ago),
    )


def _review_sample(place: Place, document, now: datetime) -> int:
    """The worker and the analyst both read the sample text: the worker accepts the
    machine's codes, the analyst corrects every fourth passage to 'no source', so the
    agreement figures have something to show."""
    reviewers = [
        member
        for member in (_staff(place, RoleKind.WORKER), _staff(place, RoleKind.ANALYST))
        if member is not None
    ]
    reviews = 0
    for index, passage in enumerate(Passage.objects.filter(document=document)):
        for reviewer in reviewers:
            corrects = reviewer.pk == reviewers[-1].pk and index % 4 == 3
            passage_review(
                actor=reviewer,
                passage=passage,
                source="" if corrects else passage.source,
                tension_field=passage.tension_field,
                now=now,
            )
            reviews += 1
    return reviews


def seed_practices(*, seed: int, now: datetime) -> dict[str, int]:
    """The practices, their reflections and the coded sample text (the same every seed)."""
    places = {place.slug: place for place in Place.objects.all()}
    practices = reflections = 0
    for spec in PRACTICES:
        place = places.get(spec.place)
        actor = place and _staff(place, RoleKind.WORKER, RoleKind.ADMIN)
        if actor is None:
            continue
        practice = practice_create(
            actor=actor,
            place=place,
            name=spec.name,
            domain=spec.domain,
            description=spec.description,
            organisations=spec.organisations,
            level=spec.level,
            solidarity=spec.solidarity,
            community_kind=spec.community_kind,
            bond=spec.bond,
            mandates=spec.mandates,
            visibility=spec.visibility,
            now=now - timedelta(days=240),
        )
        practices += 1
        for reflection in spec.reflections:
            _reflect(actor, practice, reflection, now)
            reflections += 1
    rabot = places[RABOT]
    uploader = _staff(rabot, RoleKind.WORKER, RoleKind.ADMIN)
    document = document_upload(
        actor=uploader,
        place=rabot,
        title="Beleidsnota Samenleven in de buurt 2026-2031 (voorbeeld)",
        language=DocumentLanguage.NL,
        filename=SAMPLE_DOCUMENT.name,
        data=SAMPLE_DOCUMENT.read_bytes(),
        now=now,
    )
    return {
        "practices": practices,
        "reflections": reflections,
        "documents": 1,
        "passage reviews": _review_sample(rabot, document, now),
    }
