"""The places of the demo and its named cast: the people a visitor can log in as.

Only the cast get a log-in; everyone else in the demo is reached through a worker, as
most people in a real neighbourhood would be.
"""

from dataclasses import dataclass

from nabij.community.choices import OrganisationKind, PlaceKind, RoleKind

PASSWORD = "nabij-demo"

RABOT = "rabot"
SCHOOL = "regenboog"
WAREHOUSE = "magazijn"
CLUB = "jeugdhuis"


@dataclass(frozen=True)
class PlaceSpec:
    slug: str
    name: str
    kind: str
    description: str


PLACES: tuple[PlaceSpec, ...] = (
    PlaceSpec(
        RABOT,
        "Rabot",
        PlaceKind.NEIGHBOURHOOD,
        "Een superdiverse buurt met torens, smalle straten en veel kleine winkels.",
    ),
    PlaceSpec(
        SCHOOL,
        "De Regenboog",
        PlaceKind.SCHOOL,
        "Basisschool in de buurt: kinderen van meer dan twintig herkomsten.",
    ),
    PlaceSpec(
        WAREHOUSE,
        "Magazijn Noord",
        PlaceKind.WORKPLACE,
        "Een logistiek magazijn met ploegen van overal en vestigingen in het buitenland.",
    ),
    PlaceSpec(
        CLUB,
        "Jeugdhuis De Vonk",
        PlaceKind.CLUB,
        "Jeugdwerking met een open huis, sport op het plein en een meidenwerking.",
    ),
)
PLACE_SLUGS = tuple(place.slug for place in PLACES)


@dataclass(frozen=True)
class OrganisationSpec:
    key: str
    name: str
    kind: str
    places: tuple[str, ...]


OCMW = "ocmw"
COMMUNITY_WORK = "buurtwerk"
INITIATIVE = "initiatief"
SCHOOL_BOARD = "school"
EMPLOYER = "werkgever"
YOUTH_WORK = "jeugdwerk"

ORGANISATIONS: tuple[OrganisationSpec, ...] = (
    OrganisationSpec(OCMW, "OCMW Gent", OrganisationKind.PUBLIC_SERVICE, (RABOT, SCHOOL)),
    OrganisationSpec(COMMUNITY_WORK, "Buurtwerk Rabot vzw", OrganisationKind.NONPROFIT, (RABOT,)),
    OrganisationSpec(
        INITIATIVE, "Burgerinitiatief Samen Rabot", OrganisationKind.CITIZEN_INITIATIVE, (RABOT,)
    ),
    OrganisationSpec(SCHOOL_BOARD, "Basisschool De Regenboog", OrganisationKind.SCHOOL, (SCHOOL,)),
    OrganisationSpec(EMPLOYER, "Magazijn Noord nv", OrganisationKind.EMPLOYER, (WAREHOUSE,)),
    OrganisationSpec(YOUTH_WORK, "Jeugdhuis De Vonk vzw", OrganisationKind.NONPROFIT, (CLUB,)),
)

# The cast's own shop; further shops are drawn from the vocabulary.
CAST_SHOP = "Supermarkt Anadolu"


@dataclass(frozen=True)
class CastMember:
    username: str
    display_name: str
    place: str
    role: str  # the role the visitor tries out
    roles: tuple[str, ...]  # every role in the place
    start: str  # URL name of the page to start from
    languages: tuple[str, ...]
    origin: str
    organisation: str | None = None
    sector: str = ""


CAST: tuple[CastMember, ...] = (
    CastMember(
        "werker",
        "Sara Benali",
        RABOT,
        RoleKind.WORKER,
        (RoleKind.WORKER,),
        "community:dashboard",
        ("nl", "ar", "fr", "en"),
        "marokko",
        COMMUNITY_WORK,
    ),
    CastMember(
        "beheerder",
        "Koen Maes",
        RABOT,
        RoleKind.ADMIN,
        (RoleKind.ADMIN, RoleKind.WORKER),
        "community:dashboard",
        ("nl", "fr", "en"),
        "belgie",
        COMMUNITY_WORK,
    ),
    CastMember(
        "vrijwilliger",
        "Youssef El Idrissi",
        RABOT,
        RoleKind.VOLUNTEER,
        (RoleKind.VOLUNTEER, RoleKind.RESIDENT),
        "community:me",
        ("nl", "ar", "zgh", "fr"),
        "marokko",
        INITIATIVE,
        "Wondelgemstraat",
    ),
    CastMember(
        "analist",
        "Lien Peeters",
        RABOT,
        RoleKind.ANALYST,
        (RoleKind.ANALYST,),
        "community:figures",
        ("nl", "en"),
        "belgie",
        OCMW,
    ),
    CastMember(
        "winkel",
        "Mehmet Yılmaz",
        RABOT,
        RoleKind.PARTNER,
        (RoleKind.PARTNER,),
        "community:me",
        ("tr", "nl", "bg"),
        "turkije",
        None,
        "Rabotstraat",
    ),
    CastMember(
        "bewoner",
        "Jef Claeys",
        RABOT,
        RoleKind.RESIDENT,
        (RoleKind.RESIDENT,),
        "community:me",
        ("nl",),
        "belgie",
        None,
        "Gasmeterlaan",
    ),
    CastMember(
        "werker-school",
        "Els Vermeulen",
        SCHOOL,
        RoleKind.WORKER,
        (RoleKind.WORKER,),
        "community:dashboard",
        ("nl", "fr", "en"),
        "belgie",
        SCHOOL_BOARD,
    ),
    CastMember(
        "werker-magazijn",
        "Dirk Janssens",
        WAREHOUSE,
        RoleKind.WORKER,
        (RoleKind.WORKER,),
        "community:dashboard",
        ("nl", "en", "pl"),
        "belgie",
        EMPLOYER,
    ),
    CastMember(
        "werker-jeugdhuis",
        "Nadia Bouzid",
        CLUB,
        RoleKind.WORKER,
        (RoleKind.WORKER,),
        "community:dashboard",
        ("nl", "ar", "fr"),
        "marokko",
        YOUTH_WORK,
    ),
)
CAST_USERNAMES = tuple(member.username for member in CAST)
