"""Who lives in the demo neighbourhood: staff, households, newcomers, and their consents.

The shares below are the design of the demo (the tests check them roughly): about one
in seven people is judged vulnerable by a worker, about one in ten volunteers, most are
reached through a worker or not at all, few by e-mail.
"""

import random
import unicodedata
from collections.abc import Sequence
from datetime import datetime, timedelta

from nabij.community.availability import slot
from nabij.community.choices import (
    AgeBand,
    ContactChannel,
    OrganisationKind,
    RoleKind,
    SensitiveKind,
)
from nabij.demo import cast as places
from nabij.demo.cast import CAST, CAST_SHOP, ORGANISATIONS, CastMember
from nabij.demo.records import ConsentPlan, HouseholdPlan, OrganisationPlan, PersonPlan, RolePlan
from nabij.demo.vocabulary import (
    AVAILABILITY_PATTERNS,
    ELSEWHERE,
    HEALTH_VALUES,
    INTERPRETING,
    ORIGIN_BY_KEY,
    ORIGINS,
    PROTECTION,
    SHOP_KINDS,
    SKILLS,
    STREETS,
    UNDOCUMENTED,
    Origin,
)
from nabij.demo.weighted import Weighted

CHILD, YOUTH, ADULT, SENIOR = AgeBand.CHILD, AgeBand.YOUTH, AgeBand.ADULT, AgeBand.SENIOR
RESIDENT, VOLUNTEER, WORKER = RoleKind.RESIDENT, RoleKind.VOLUNTEER, RoleKind.WORKER

# Of everyone who is not staff: who comes from outside the neighbourhood, and to where.
OUTSIDE_SHARES = {"volunteers": 0.04, "school": 0.03, "club": 0.02, "warehouse": 0.05}

HOUSEHOLD_KINDS = Weighted(
    [
        ("single", 22),
        ("senior", 8),
        ("couple", 14),
        ("family", 34),
        ("single_parent", 12),
        ("generations", 10),
    ]
)
KIDS = (1, 1, 2, 2, 2, 3, 3, 4)

# The warehouse recruits through agencies: more EU workers than the neighbourhood has.
WAREHOUSE_ORIGINS = {
    "belgie": 25,
    "turkije": 12,
    "bulgarije": 18,
    "polen": 14,
    "roemenie": 14,
    "slowakije": 5,
    "marokko": 6,
    "syrie": 2,
    "afghanistan": 2,
    "oekraine": 2,
}

CHANNELS_CHILD = Weighted([(ContactChannel.NONE, 60), (ContactChannel.VIA_WORKER, 40)])
CHANNELS_VULNERABLE = Weighted(
    [(ContactChannel.VIA_WORKER, 70), (ContactChannel.NONE, 15), (ContactChannel.PHONE, 15)]
)
CHANNELS_OTHER = Weighted(
    [
        (ContactChannel.VIA_WORKER, 28),
        (ContactChannel.NONE, 17),
        (ContactChannel.PHONE, 45),
        (ContactChannel.EMAIL, 10),
    ]
)
VOLUNTEER_AGES = Weighted([(YOUTH, 30), (ADULT, 55), (SENIOR, 15)])
SKILL_COUNT = Weighted([(0, 35), (1, 30), (2, 22), (3, 13)])
NAME_FORMAT = Weighted([("full", 70), ("initial", 25), ("first", 5)])

VULNERABLE_BY_AGE = {CHILD: 0.06, YOUTH: 0.08, ADULT: 0.1, SENIOR: 0.25}
CONSENT_ORIGIN = 0.28  # of the grown-ups: agreed to have their origin recorded
CONSENT_RELIGION = 0.45  # of those: also their religion
CONSENT_RESIDENCE = 0.35  # ... their residence status
CONSENT_HEALTH = 0.25  # of the vulnerable among them: their health
CONSENT_WITHDRAWN = 0.03  # gave consent once and withdrew it

DAY = 86_400


def _ascii(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in plain.lower() if c.isalnum())


def _clamp(value: int, low: int, high: int) -> int:
    return max(low, min(high, value))


class PeoplePlanner:
    """Draws the people of the four places, in a fixed order, from one random source."""

    def __init__(
        self, *, rng: random.Random, now: datetime, interface_languages: Sequence[str]
    ) -> None:
        self.rng = rng
        self.now = now.replace(microsecond=0)
        self.interface_languages = tuple(interface_languages)
        self.origins = Weighted([(origin, origin.share) for origin in ORIGINS])
        self.warehouse_origins = Weighted(
            [(ORIGIN_BY_KEY[key], share) for key, share in WAREHOUSE_ORIGINS.items()]
        )
        self.streets = Weighted(STREETS)
        self.street_index = {street: i for i, (street, _weight) in enumerate(STREETS)}
        self.elsewhere = Weighted(ELSEWHERE)
        self.skills = Weighted(SKILLS)
        self.patterns = Weighted(AVAILABILITY_PATTERNS)
        self.religions = {o.key: Weighted(o.religion) for o in ORIGINS}
        self.residences = {o.key: Weighted(o.residence) for o in ORIGINS}
        self.health = Weighted(HEALTH_VALUES)

        self.organisations = [
            OrganisationPlan(o.key, o.name, o.kind, o.places) for o in ORGANISATIONS
        ]
        self.households: list[HouseholdPlan] = []
        self.people: list[PersonPlan] = []
        self.consents: list[ConsentPlan] = []
        self.staff_count = 0
        self.workers: dict[str, list[int]] = {place.slug: [] for place in places.PLACES}
        self.cast: dict[str, int] = {}  # username -> index
        self.parents: set[int] = set()  # grown-ups living with children

    # -- the whole neighbourhood -------------------------------------------------------

    def plan(self, members: int) -> None:
        self._staff(members)
        budget = members - len(self.people)
        outside = {key: round(budget * share) for key, share in OUTSIDE_SHARES.items()}
        neighbourhood = budget - sum(outside.values())
        while neighbourhood > 0:
            neighbourhood -= self._household(neighbourhood)
        for _ in range(outside["volunteers"]):
            self._outside_volunteer()
        for _ in range(outside["school"]):
            self._outsider(places.SCHOOL, ADULT, places.SCHOOL_BOARD, volunteer=0.1)
        for _ in range(outside["club"]):
            self._outsider(places.CLUB, YOUTH, places.YOUTH_WORK, volunteer=0.08)
        for _ in range(outside["warehouse"]):
            self._outsider(places.WAREHOUSE, ADULT, places.EMPLOYER, volunteer=0.0)
        for index in range(self.staff_count, len(self.people)):
            self._consents(index)

    # -- staff: the cast, the workers, the shopkeepers -------------------------------------

    def _staff(self, members: int) -> None:
        for member in CAST:
            self.cast[member.username] = len(self.people)
            self._cast_member(member)
        extra_workers = {
            places.RABOT: _clamp(members // 400, 3, 60) - 2,  # Sara and Koen are two
            places.SCHOOL: _clamp(members // 4000, 0, 10),
            places.WAREHOUSE: _clamp(members // 8000, 0, 5),
            places.CLUB: _clamp(members // 6000, 0, 8),
        }
        employers = {
            places.SCHOOL: places.SCHOOL_BOARD,
            places.WAREHOUSE: places.EMPLOYER,
            places.CLUB: places.YOUTH_WORK,
        }
        for place, count in extra_workers.items():
            for n in range(count):
                organisation = employers.get(place) or (
                    places.OCMW if n % 2 else places.COMMUNITY_WORK
                )
                self._worker(place, organisation)
        self._shops(_clamp(members // 150, 5, 120))
        self.staff_count = len(self.people)

    def _cast_member(self, member: CastMember) -> None:
        first = member.display_name.split()[0]
        person = self._new(
            home=member.place,
            name=member.display_name,
            origin=member.origin,
            age_band=ADULT,
            languages=member.languages,
            staff=True,
        )
        person.username = member.username
        person.sector = member.sector
        person.roles = [RolePlan(member.place, kind, member.organisation) for kind in member.roles]
        if WORKER in member.roles or member.role in (RoleKind.ANALYST, RoleKind.ADMIN):
            person.channel = ContactChannel.EMAIL
            person.email = f"{_ascii(first)}@example.org"
            person.availability = self._office_hours()
        else:
            person.channel = ContactChannel.PHONE
            person.phone = self._phone()
            person.availability = self._availability(required=True)
        if VOLUNTEER in member.roles:
            person.skills = ("luisterend oor", "boodschappen doen", INTERPRETING)
        if WORKER in member.roles:
            self.workers[member.place].append(len(self.people) - 1)

    def _worker(self, place: str, organisation: str) -> None:
        origin = self.origins.draw(self.rng)
        languages = ("nl", *self._languages(origin, ADULT, keep_dutch=False))
        person = self._new(
            home=place,
            name=self._name(origin, self._surname(origin)),
            origin=origin.key,
            age_band=ADULT,
            languages=tuple(dict.fromkeys(languages)),
            staff=True,
        )
        person.roles = [RolePlan(place, WORKER, organisation)]
        person.channel = ContactChannel.EMAIL
        person.email = f"{_ascii(person.name.split()[0])}.{len(self.people) - 1}@example.org"
        person.availability = self._office_hours()
        self.workers[place].append(len(self.people) - 1)

    def _shops(self, count: int) -> None:
        used = {CAST_SHOP}
        for n in range(count):
            key = f"winkel-{n}"
            if n == 0:
                owner = self.cast["winkel"]
                name = CAST_SHOP
                self.people[owner].roles = [RolePlan(places.RABOT, RoleKind.PARTNER, key)]
            else:
                origin = self.origins.draw(self.rng)
                surname = self._surname(origin)
                street = self.streets.draw(self.rng)
                name = f"{SHOP_KINDS[n % len(SHOP_KINDS)]} {surname}"
                if name in used:  # a second shop of the same family: named by its street
                    name = f"{name}, {street}"
                if name in used:
                    name = f"{name} {n}"
                used.add(name)
                person = self._new(
                    home=places.RABOT,
                    name=self._name(origin, surname),
                    origin=origin.key,
                    age_band=ADULT,
                    languages=self._languages(origin, ADULT),
                    staff=True,
                )
                person.channel = ContactChannel.PHONE
                person.phone = self._phone()
                person.sector = street
                person.roles = [RolePlan(places.RABOT, RoleKind.PARTNER, key)]
                # Half the shopkeepers live above the shop.
                if self.rng.random() < 0.5:
                    person.roles.append(RolePlan(places.RABOT, RESIDENT))
            self.organisations.append(
                OrganisationPlan(key, name, OrganisationKind.SHOP, (places.RABOT,))
            )

    # -- the neighbourhood: households ----------------------------------------------------

    def _household(self, room: int) -> int:
        """One household of Rabot, cut to `room` people; returns how many it holds."""
        rng = self.rng
        origin = self.origins.draw(rng)
        kind = HOUSEHOLD_KINDS.draw(rng)
        street = self.streets.draw(rng)
        residence = self.residences[origin.key].draw(rng)
        surname = self._surname(origin)
        grown = {
            "single": [YOUTH if rng.random() < 0.3 else ADULT],
            "senior": [SENIOR],
            "couple": [SENIOR, SENIOR] if rng.random() < 0.25 else [ADULT, ADULT],
            "family": [ADULT, ADULT],
            "single_parent": [ADULT],
            "generations": [SENIOR, ADULT, ADULT],
        }[kind]
        kids = []
        if kind in ("family", "single_parent", "generations"):
            # Not every child is registered: only those the school or the club brought in.
            kids = [
                CHILD if rng.random() < 0.6 else YOUTH
                for _ in range(rng.choice(KIDS))
                if rng.random() < 0.75
            ]
        bands = (grown + kids)[:room]
        household = None
        if len(bands) > 1:
            household = len(self.households)
            self.households.append(HouseholdPlan(places.RABOT, f"Familie {surname}"))
        risk = 0.0
        if kind == "senior":
            risk += 0.25
        if kind == "single_parent":
            risk += 0.2
        indices = []
        for position, band in enumerate(bands):
            member_origin = origin
            if position == 1 and band != CHILD and rng.random() < 0.06:
                member_origin = self.origins.draw(rng)  # a mixed couple
            own_surname = surname if member_origin is origin else self._surname(member_origin)
            index = self._resident(
                origin=member_origin,
                surname=own_surname,
                band=band,
                street=street,
                household=household,
                residence=residence,
                risk=risk,
            )
            indices.append(index)
        self._household_roles(indices, bands, kids_present=bool(kids))
        return len(bands)

    def _resident(
        self,
        *,
        origin: Origin,
        surname: str,
        band: str,
        street: str,
        household: int | None,
        residence: str,
        risk: float,
    ) -> int:
        rng = self.rng
        vulnerable = rng.random() < self._vulnerability(band, residence, risk)
        person = self._new(
            home=places.RABOT,
            name=self._name(origin, surname),
            origin=origin.key,
            age_band=band,
            languages=self._languages(origin, band),
            vulnerable=vulnerable,
        )
        index = len(self.people) - 1
        person.sector = street
        person.household = household
        person.residence = residence
        person.roles = [RolePlan(places.RABOT, RESIDENT)]
        workers = self.workers[places.RABOT]
        self._contact(person, workers[self.street_index[street] % len(workers)])
        # Role reversal: some vulnerable residents help in turn, a little less often.
        if band != CHILD and rng.random() < (0.05 if vulnerable else 0.075):
            organisation = places.INITIATIVE if rng.random() < 0.4 else None
            person.roles.append(RolePlan(places.RABOT, VOLUNTEER, organisation))
            person.availability = person.availability or self._availability(required=True)
        return index

    def _household_roles(self, indices: list[int], bands: list[str], *, kids_present: bool) -> None:
        """Roles beyond the neighbourhood: pupils, parents, youth club, the warehouse."""
        rng = self.rng
        pupils = False
        for index, band in zip(indices, bands, strict=True):
            person = self.people[index]
            if band == CHILD and rng.random() < 0.7:
                person.roles.append(RolePlan(places.SCHOOL, RESIDENT, places.SCHOOL_BOARD))
                pupils = True
            elif band == YOUTH and rng.random() < 0.4:
                person.roles.append(RolePlan(places.CLUB, RESIDENT, places.YOUTH_WORK))
                if rng.random() < 0.12:
                    person.roles.append(RolePlan(places.CLUB, VOLUNTEER, places.YOUTH_WORK))
            elif band == ADULT and rng.random() < 0.07:
                person.roles.append(RolePlan(places.WAREHOUSE, RESIDENT, places.EMPLOYER))
        adults = [i for i, band in zip(indices, bands, strict=True) if band == ADULT]
        if kids_present:
            self.parents.update(adults)
        if pupils and adults:
            parent = self.people[adults[0]]
            parent.roles.append(RolePlan(places.SCHOOL, RESIDENT, places.SCHOOL_BOARD))
            if rng.random() < 0.1:
                parent.roles.append(RolePlan(places.SCHOOL, VOLUNTEER, places.SCHOOL_BOARD))

    # -- people from elsewhere ----------------------------------------------------------

    def _outside_volunteer(self) -> None:
        """Students and neighbours from other parts of the city who come to help."""
        rng = self.rng
        origin = self.origins.draw(rng)
        band = VOLUNTEER_AGES.draw(rng)
        person = self._new(
            home=places.RABOT,
            name=self._name(origin, self._surname(origin)),
            origin=origin.key,
            age_band=band,
            languages=self._languages(origin, band),
            vulnerable=rng.random() < 0.02,
        )
        person.residence = self.residences[origin.key].draw(rng)
        organisation = places.INITIATIVE if rng.random() < 0.5 else places.COMMUNITY_WORK
        person.roles = [RolePlan(places.RABOT, VOLUNTEER, organisation)]
        person.availability = self._availability(required=True)
        self._contact(person, rng.choice(self.workers[places.RABOT]))

    def _outsider(self, place: str, band: str, organisation: str, *, volunteer: float) -> None:
        """A parent, a young person or a warehouse worker who lives outside Rabot."""
        rng = self.rng
        origin = (self.warehouse_origins if place == places.WAREHOUSE else self.origins).draw(rng)
        residence = self.residences[origin.key].draw(rng)
        person = self._new(
            home=place,
            name=self._name(origin, self._surname(origin)),
            origin=origin.key,
            age_band=band,
            languages=self._languages(origin, band),
            vulnerable=rng.random() < self._vulnerability(band, residence, 0.0),
        )
        person.sector = self.elsewhere.draw(rng)
        person.residence = residence
        person.roles = [RolePlan(place, RESIDENT, organisation)]
        if rng.random() < volunteer:
            person.roles.append(RolePlan(place, VOLUNTEER, organisation))
        self._contact(person, rng.choice(self.workers[place]))

    # -- one person ----------------------------------------------------------------------

    def _new(
        self,
        *,
        home: str,
        name: str,
        origin: str,
        age_band: str,
        languages: tuple[str, ...],
        vulnerable: bool = False,
        staff: bool = False,
    ) -> PersonPlan:
        rng = self.rng
        if staff:
            created = self.now - timedelta(seconds=rng.randrange(900 * DAY, 1500 * DAY))
        else:
            created = self.now - timedelta(seconds=rng.randrange(1, 900 * DAY))
        updated = created
        if rng.random() < 0.5:
            updated = created + (self.now - created) * rng.random()
        person = PersonPlan(
            home=home,
            name=name,
            origin=origin,
            age_band=age_band,
            languages=languages,
            interface_language=self._interface_language(languages),
            channel=ContactChannel.NONE,
            vulnerable=vulnerable,
            created_at=created,
            updated_at=updated.replace(microsecond=0),
        )
        if not staff and age_band != CHILD:
            person.skills = self._skills(languages)
            person.availability = self._availability(required=False)
        if not staff and self.workers[home] and rng.random() < 0.6:
            person.created_by = rng.choice(self.workers[home])
        self.people.append(person)
        return person

    def _contact(self, person: PersonPlan, worker: int) -> None:
        """How to reach someone: mostly through a worker, or not at all; few by e-mail."""
        rng = self.rng
        if person.age_band == CHILD:
            channel = CHANNELS_CHILD.draw(rng)
        elif person.vulnerable:
            channel = CHANNELS_VULNERABLE.draw(rng)
        else:
            channel = CHANNELS_OTHER.draw(rng)
        person.channel = channel
        if channel == ContactChannel.PHONE or (
            channel != ContactChannel.NONE and rng.random() < 0.1
        ):
            person.phone = self._phone()
        if channel == ContactChannel.EMAIL:
            local = _ascii(person.name.split()[0]) or "lid"
            person.email = f"{local}.{len(self.people) - 1}@example.org"
        if channel == ContactChannel.VIA_WORKER or (person.vulnerable and rng.random() < 0.7):
            person.contact_worker = worker

    def _vulnerability(self, band: str, residence: str, risk: float) -> float:
        chance = VULNERABLE_BY_AGE[band] + risk
        if residence == UNDOCUMENTED:
            chance += 0.45
        elif residence == PROTECTION:
            chance += 0.12
        return min(chance, 0.9)

    def _name(self, origin: Origin, surname: str) -> str:
        rng = self.rng
        first = rng.choice(origin.female if rng.random() < 0.5 else origin.male)
        shape = NAME_FORMAT.draw(rng)
        if shape == "full":
            return f"{first} {surname}"
        if shape == "initial":
            return f"{first} {surname[0]}."
        return first

    def _surname(self, origin: Origin) -> str:
        return self.rng.choice(origin.surnames)

    def _languages(self, origin: Origin, band: str, *, keep_dutch: bool = True) -> tuple[str, ...]:
        """Most people speak two or three languages; children learn Dutch at school."""
        rng = self.rng
        spoken = []
        for code, chance in origin.languages:
            if band in (CHILD, YOUTH):
                chance = 0.95 if code == "nl" else chance * 0.85
            if rng.random() < chance:
                spoken.append(code)
        if not spoken:
            spoken.append(origin.languages[0][0])
        if not keep_dutch:
            spoken = [code for code in spoken if code != "nl"]
        return tuple(spoken)

    def _interface_language(self, languages: tuple[str, ...]) -> str:
        offered = [code for code in languages if code in self.interface_languages]
        if "nl" in offered and (len(offered) == 1 or self.rng.random() < 0.8):
            return "nl"
        others = [code for code in offered if code != "nl"]
        return others[0] if others else "nl"

    def _skills(self, languages: tuple[str, ...]) -> tuple[str, ...]:
        rng = self.rng
        skills: list[str] = []
        for _ in range(SKILL_COUNT.draw(rng)):
            skill = self.skills.draw(rng)
            if skill not in skills:
                skills.append(skill)
        if "nl" in languages and len(languages) > 1 and rng.random() < 0.25:
            skills.append(INTERPRETING)
        return tuple(skills)

    def _availability(self, *, required: bool) -> int:
        rng = self.rng
        if not required and rng.random() < 0.45:
            return 0  # not asked, or not free
        mask = 0
        for _ in range(1 if rng.random() < 0.6 else 2):
            days, parts = self.patterns.draw(rng)
            for day in days:
                for part in parts:
                    mask |= slot(day, part)
        if rng.random() < 0.3:
            mask |= slot(rng.randrange(7), rng.randrange(3))
        return mask

    def _office_hours(self) -> int:
        return sum(slot(day, part) for day in range(5) for part in (0, 1))

    def _phone(self) -> str:
        r = self.rng.randint
        return f"+32 4{r(60, 99)} {r(10, 99)} {r(10, 99)} {r(10, 99)}"

    # -- special-category data, with consent --------------------------------------------

    def _consents(self, index: int) -> None:
        rng = self.rng
        person = self.people[index]
        if person.age_band == CHILD:
            return
        worker = person.contact_worker
        if worker is None:
            worker = self.workers[person.home][0]
        if rng.random() >= CONSENT_ORIGIN:
            if rng.random() < CONSENT_WITHDRAWN:
                given = self._moment_after(person.created_at)
                self.consents.append(
                    ConsentPlan(
                        index,
                        SensitiveKind.ORIGIN,
                        given,
                        worker,
                        withdrawn_at=self._moment_after(given),
                    )
                )
            return
        origin = ORIGIN_BY_KEY[person.origin]
        given = self._moment_after(person.created_at)
        values = [(SensitiveKind.ORIGIN, origin.country)]
        if rng.random() < CONSENT_RELIGION:
            values.append((SensitiveKind.RELIGION, self.religions[origin.key].draw(rng)))
        if person.residence and rng.random() < CONSENT_RESIDENCE:
            values.append((SensitiveKind.RESIDENCE_STATUS, person.residence))
        if person.vulnerable and rng.random() < CONSENT_HEALTH:
            values.append((SensitiveKind.HEALTH, self.health.draw(rng)))
        for purpose, value in values:
            self.consents.append(ConsentPlan(index, purpose, given, worker, value=value))

    def _moment_after(self, moment: datetime) -> datetime:
        return (moment + (self.now - moment) * self.rng.random()).replace(microsecond=0)
