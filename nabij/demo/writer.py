"""Writing a plan to the database: bulk inserts in batches, all in one transaction.

One transaction, so a failed run leaves nothing half-made (and `--if-empty` stays honest).
No per-row queries: the primary keys bulk_create returns map plan indices to rows.
Generated data has no audit events: nobody read or changed it.
"""

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Protocol, TypeVar

from django.contrib.auth.models import User
from django.db import models, transaction

from nabij.community import crypto
from nabij.community.models import (
    Attendance,
    Buddy,
    Consent,
    Event,
    Group,
    GroupMembership,
    Household,
    Member,
    Organisation,
    OrganisationPlace,
    Place,
    Role,
    SensitiveAttribute,
    SpokenLanguage,
)
from nabij.demo.cast import PLACES
from nabij.demo.records import PersonPlan, Plan

BATCH = 5000

M = TypeVar("M", bound=models.Model)
T = TypeVar("T")


class Progress(Protocol):
    def update(self, n: int) -> object: ...

    def set_description(self, desc: str) -> object: ...


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


class _Inserter:
    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.counts: dict[str, int] = {}

    def __call__(self, model: type[M], rows: Iterable[M]) -> list[int]:
        """Insert rows in batches; their primary keys, in order."""
        name = model._meta.model_name
        self.progress.set_description(name)
        pks: list[int] = []
        for chunk in _chunks(rows, BATCH):
            model.objects.bulk_create(chunk, batch_size=BATCH)
            pks.extend(row.pk for row in chunk)
            self.progress.update(len(chunk))
        self.counts[name] = self.counts.get(name, 0) + len(pks)
        return pks


def write_plan(plan: Plan, *, password_hash: str, progress: Progress) -> dict[str, int]:
    """Create every row of the plan; how many of each model were written."""
    insert = _Inserter(progress)
    people = plan.people
    with transaction.atomic():
        place = dict(
            zip(
                (spec.slug for spec in PLACES),
                insert(
                    Place,
                    (
                        Place(name=s.name, slug=s.slug, kind=s.kind, description=s.description)
                        for s in PLACES
                    ),
                ),
                strict=True,
            )
        )
        organisation = dict(
            zip(
                (o.key for o in plan.organisations),
                insert(
                    Organisation,
                    (Organisation(name=o.name, kind=o.kind) for o in plan.organisations),
                ),
                strict=True,
            )
        )
        insert(
            OrganisationPlace,
            (
                OrganisationPlace(place_id=place[slug], organisation_id=organisation[o.key])
                for o in plan.organisations
                for slug in o.places
            ),
        )
        with_login = [i for i, p in enumerate(people) if p.username]
        user = dict(
            zip(
                with_login,
                insert(
                    User,
                    (
                        User(
                            username=people[i].username,
                            password=password_hash,
                            first_name=people[i].name.split()[0],
                        )
                        for i in with_login
                    ),
                ),
                strict=True,
            )
        )
        household = insert(
            Household, (Household(place_id=place[h.place], label=h.label) for h in plan.households)
        )

        member: list[int] = []

        def member_row(index: int, p: PersonPlan) -> Member:
            return Member(
                place_id=place[p.home],
                display_name=p.name,
                user_id=user.get(index),
                interface_language=p.interface_language,
                contact_channel=p.channel,
                phone=p.phone,
                email=p.email,
                contact_worker_id=None if p.contact_worker is None else member[p.contact_worker],
                sector=p.sector,
                skills=list(p.skills),
                availability=p.availability,
                age_band=p.age_band,
                household_id=None if p.household is None else household[p.household],
                vulnerable=p.vulnerable,
                created_at=p.created_at,
                updated_at=p.updated_at,
                created_by_id=None if p.created_by is None else member[p.created_by],
            )

        # Staff first: everyone else's worker and registrar is among them.
        staff = plan.staff_count
        member += insert(Member, (member_row(i, people[i]) for i in range(staff)))
        member += insert(Member, (member_row(i, people[i]) for i in range(staff, len(people))))

        insert(
            SpokenLanguage,
            (
                SpokenLanguage(member_id=member[i], code=code)
                for i, p in enumerate(people)
                for code in p.languages
            ),
        )
        insert(
            Role,
            (
                Role(
                    place_id=place[r.place],
                    member_id=member[i],
                    kind=r.kind,
                    organisation_id=None
                    if r.organisation is None
                    else organisation[r.organisation],
                    since=p.created_at,
                )
                for i, p in enumerate(people)
                for r in p.roles
            ),
        )
        consent = insert(
            Consent,
            (
                Consent(
                    member_id=member[c.person],
                    purpose=c.purpose,
                    given_at=c.given_at,
                    withdrawn_at=c.withdrawn_at,
                    recorded_by_id=member[c.recorded_by],
                )
                for c in plan.consents
            ),
        )
        insert(
            SensitiveAttribute,
            (
                SensitiveAttribute(
                    member_id=member[c.person],
                    kind=c.purpose,
                    consent_id=consent[n],
                    ciphertext=crypto.encrypt(c.value),
                )
                for n, c in enumerate(plan.consents)
                if c.value is not None
            ),
        )

        group = dict(
            zip(
                (g.key for g in plan.groups),
                insert(
                    Group,
                    (
                        Group(
                            place_id=place[g.place],
                            name=g.name,
                            kind=g.kind,
                            bond=g.bond,
                            description=g.description,
                            created_at=g.created_at,
                        )
                        for g in plan.groups
                    ),
                ),
                strict=True,
            )
        )
        insert(
            GroupMembership,
            (
                GroupMembership(
                    place_id=place[g.place],
                    group_id=group[g.key],
                    member_id=member[i],
                    since=max(g.created_at, people[i].created_at),
                )
                for g in plan.groups
                for i in g.members
            ),
        )
        event = insert(
            Event,
            (
                Event(
                    place_id=place[e.place],
                    group_id=None if e.group is None else group[e.group],
                    title=e.title,
                    kind=e.kind,
                    starts_at=e.starts_at,
                    ends_at=e.ends_at,
                    location=e.location,
                )
                for e in plan.events
            ),
        )
        insert(
            Attendance,
            (
                Attendance(place_id=place[e.place], event_id=event[n], member_id=member[i])
                for n, e in enumerate(plan.events)
                for i in e.attendees
            ),
        )
        insert(
            Buddy,
            (
                Buddy(
                    place_id=place[b.place],
                    volunteer_id=member[b.volunteer],
                    member_id=member[b.member],
                    created_by_id=member[b.created_by],
                    since=b.since,
                )
                for b in plan.buddies
            ),
        )
    return insert.counts
