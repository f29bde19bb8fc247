"""What a plan of the demo neighbourhood is made of: plain data, no database.

People refer to each other by their index in `Plan.people`; organisations and groups by
their key. writer.py turns these records into rows.
"""

from dataclasses import dataclass, field
from datetime import datetime

from nabij.demo.cast import PLACES


@dataclass(frozen=True, slots=True)
class RolePlan:
    place: str
    kind: str
    organisation: str | None = None  # an organisation's key


@dataclass(frozen=True, slots=True)
class OrganisationPlan:
    key: str
    name: str
    kind: str
    places: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class HouseholdPlan:
    place: str
    label: str


@dataclass(slots=True, kw_only=True)
class PersonPlan:
    home: str
    name: str
    origin: str
    age_band: str
    languages: tuple[str, ...]
    interface_language: str = "nl"
    channel: str
    phone: str = ""
    email: str = ""
    sector: str = ""
    skills: tuple[str, ...] = ()
    availability: int = 0
    household: int | None = None
    vulnerable: bool = False
    residence: str = ""  # known to the plan; stored only where a consent allows it
    created_at: datetime
    updated_at: datetime
    created_by: int | None = None
    contact_worker: int | None = None
    roles: list[RolePlan] = field(default_factory=list)
    username: str | None = None

    def has_role(self, place: str, kind: str | None = None) -> bool:
        return any(r.place == place and (kind is None or r.kind == kind) for r in self.roles)


@dataclass(frozen=True, slots=True)
class ConsentPlan:
    person: int
    purpose: str
    given_at: datetime
    recorded_by: int
    withdrawn_at: datetime | None = None
    value: str | None = None  # the special-category value this consent allowed to store


@dataclass(slots=True)
class GroupPlan:
    key: str
    place: str
    name: str
    kind: str
    bond: str
    description: str
    created_at: datetime
    members: list[int]


@dataclass(slots=True)
class EventPlan:
    place: str
    group: str | None  # a group's key
    title: str
    kind: str
    starts_at: datetime
    ends_at: datetime
    location: str
    attendees: list[int]


@dataclass(frozen=True, slots=True)
class BuddyPlan:
    place: str
    volunteer: int
    member: int
    created_by: int
    since: datetime


@dataclass
class Plan:
    seed: int
    now: datetime
    organisations: list[OrganisationPlan]
    households: list[HouseholdPlan]
    people: list[PersonPlan]
    staff_count: int
    consents: list[ConsentPlan]
    groups: list[GroupPlan]
    events: list[EventPlan]
    buddies: list[BuddyPlan]

    def row_counts(self) -> dict[str, int]:
        """How many rows of each kind the plan will write (for the progress bar)."""
        return {
            "places": len(PLACES),
            "organisations": len(self.organisations),
            "organisation_places": sum(len(o.places) for o in self.organisations),
            "users": sum(1 for p in self.people if p.username),
            "households": len(self.households),
            "members": len(self.people),
            "languages": sum(len(p.languages) for p in self.people),
            "roles": sum(len(p.roles) for p in self.people),
            "consents": len(self.consents),
            "sensitive": sum(1 for c in self.consents if c.value is not None),
            "groups": len(self.groups),
            "memberships": sum(len(g.members) for g in self.groups),
            "events": len(self.events),
            "attendance": sum(len(e.attendees) for e in self.events),
            "buddies": len(self.buddies),
        }
