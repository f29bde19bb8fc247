"""The loader reads only the helpers who can pass the hard filters, and loses none of them:
what the database leaves out, the matching core would have turned down anyway."""

import random

from django.utils import timezone

from nabij.aid import loader, services
from nabij.aid.choices import HelpType
from nabij.aid.matching import feasible
from nabij.community.availability import ALL_SLOTS
from nabij.community.models import Buddy, Group, GroupMembership, Household, Sector
from tests.aid.conftest import approved, ask, resident

LANGUAGES = ("nl", "ar", "fr", "tr", "so")
TYPES = (HelpType.GROCERIES, HelpType.VISIT, HelpType.TRANSPORT)


def crowd(cast, rng: random.Random, count: int) -> None:
    """Helpers in every corner: known and unknown streets, odd spellings, radii on the
    edges of the database's distance bands, all kinds of weekly moments."""
    for i, (name, x, y) in enumerate(
        [("Noord", 0, 0), ("Oost", 260, 0), ("Zuid", 0, -749), ("Ver weg", 1800, 1200)]
    ):
        Sector.objects.create(place=cast.rabot, name=name, x_m=x, y_m=y + i % 2)
    streets = ["Noord", "oost", "  ZUID ", "Ver weg", "Onbekend", ""]
    for i in range(count):
        member = resident(
            cast.rabot,
            f"Helper {i}",
            sector=rng.choice(streets),
            languages=rng.sample(LANGUAGES, rng.randint(1, 2)),
        )
        member.availability = rng.choice([0, 0, 1, 0b110, ALL_SLOTS, rng.randrange(ALL_SLOTS)])
        member.save(update_fields=["availability"])
        offer = services.offer_save(
            actor=cast.worker,
            place=cast.rabot,
            member=member,
            help_types=rng.sample(TYPES, rng.randint(1, 2)),
            radius_m=rng.choice([1, 249, 250, 260, 500, 751, 1000, 2200, 20_000]),
            capacity=rng.randint(1, 2),
        )
        if rng.random() < 0.4:
            services.offer_vet(actor=cast.worker, place=cast.rabot, offer=offer, vetted=True)


def test_the_database_keeps_every_helper_the_core_would_accept(cast):
    rng = random.Random(20260321)
    crowd(cast, rng, 60)
    now = timezone.now()
    where = loader.positions(cast.rabot)
    everyone = loader.helpers_from_offers(loader.available_offers(cast.rabot), where=where)
    checked = 0
    for i in range(40):
        request = ask(
            cast,
            requester=resident(cast.rabot, f"Vrager {i}", languages=[rng.choice(LANGUAGES)]),
            help_type=rng.choice(TYPES),
            sector=rng.choice(["Noord", "OOST", "Zuid", "Ver weg", "Nergens"]),
            slots=rng.choice([0, 1, 0b100, rng.randrange(ALL_SLOTS)]),
            home_visit=rng.random() < 0.3,
        )
        need = loader.need_of(request, place=cast.rabot, where=where, now=now)
        read = loader.helpers_for(request, place=cast.rabot, where=where)
        accepted = {h.id for h in everyone if feasible(need, h)}
        assert accepted <= {h.id for h in read}
        assert {h.id for h in read if feasible(need, h)} == accepted
        checked += len(accepted)
    assert checked > 0


def test_unknown_streets_sit_in_the_middle_of_the_place(cast):
    for name, x in (("West", 0), ("Oost", 1000)):
        Sector.objects.create(place=cast.rabot, name=name, x_m=x, y_m=0)

    where = loader.positions(cast.rabot)

    assert where.of("  oost ") == (1000, 0)
    assert where.of("Atlantis") == where.of("") == (500, 0)


def test_a_requesters_ties_are_the_people_they_already_know(cast, street):
    home = Household.objects.create(place=cast.rabot, label="Rabotstraat 1")
    sister = resident(cast.rabot, "Leila")
    for member in (cast.resident, sister):
        member.household = home
        member.save(update_fields=["household"])
    Buddy.objects.create(
        place=cast.rabot, volunteer=cast.volunteer, member=cast.resident, since=timezone.now()
    )
    choir = Group.objects.create(
        place=cast.rabot, name="Koor", kind="tight", bond="project", created_at=timezone.now()
    )
    square = Group.objects.create(
        place=cast.rabot,
        name="Plein",
        kind="light",
        bond="meeting_place",
        created_at=timezone.now(),
    )
    singer, passer_by = resident(cast.rabot, "Mira"), resident(cast.rabot, "Tom")
    for group, member in ((choir, cast.resident), (choir, singer), (square, cast.resident)):
        GroupMembership.objects.create(
            place=cast.rabot, group=group, member=member, since=timezone.now()
        )
    GroupMembership.objects.create(
        place=cast.rabot, group=square, member=passer_by, since=timezone.now()
    )
    helped = approved(cast, ask(cast), cast.neighbour)
    services.match_respond(actor=cast.neighbour, place=cast.rabot, match=helped, accept=True)

    need = loader.need_of(
        ask(cast, requester=cast.resident, help_type=HelpType.VISIT),
        place=cast.rabot,
        where=loader.positions(cast.rabot),
        now=timezone.now(),
    )

    assert need.ties == {sister.pk, cast.volunteer.pk, singer.pk, cast.neighbour.pk}
    assert need.previous_helpers == {cast.neighbour.pk}
    assert passer_by.pk not in need.ties  # a light group is not yet knowing each other
