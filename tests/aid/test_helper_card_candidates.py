"""Suggestions read only the offers' helper cards, and the matching core gets exactly the
helpers it got when the loader joined the members' own rows: the same people, each with
the same languages, position, week, radius and room left. Nothing else may move a ranking."""

import math
import random
from collections import defaultdict

from nabij.aid import loader, services
from nabij.aid.choices import HelpType
from nabij.aid.matching import Helper
from nabij.aid.models import Offer, OfferHelpType, Request, Veto
from nabij.aid.models.offers import MAX_RADIUS_M
from nabij.community.availability import ALL_SLOTS
from nabij.community.models import Member, Place, Role, SpokenLanguage
from nabij.community.services import member_erase
from tests.aid.conftest import approved, ask, resident
from tests.aid.test_helper_card_follows_member import update
from tests.aid.test_loader import LANGUAGES, TYPES, crowd


def from_rows(request: Request, place: Place, where: loader.Positions) -> set[Helper]:
    """The candidates by the rules as the member rows state them, worked out in Python:
    a role in the place and not erased, the help type, a shared language, screened for a
    home visit, free at one of the moments, not the requester, not vetoed, and a street
    whose distance band the radius reaches (unknown spellings anywhere, none at the centre)."""
    offers = list(Offer.objects.filter(place=place).select_related("member"))
    helpers = [offer.member_id for offer in offers]
    spoken: dict[int, set[str]] = defaultdict(set)
    for member, code in SpokenLanguage.objects.filter(member__in=helpers).values_list(
        "member_id", "code"
    ):
        spoken[member].add(code)
    types: dict[int, set[str]] = defaultdict(set)
    for offer, help_type in OfferHelpType.objects.filter(offer__place=place).values_list(
        "offer_id", "help_type"
    ):
        types[offer].add(help_type)
    here = set(Role.objects.filter(place=place).values_list("member_id", flat=True))
    vetoed = set(
        Veto.objects.filter(requester_id=request.requester_id).values_list("helper_id", flat=True)
    )
    x, y = where.of(request.sector)
    reach = {}
    for name, (sx, sy) in where.named():
        if math.hypot(sx - x, sy - y) <= MAX_RADIUS_M:
            reach[name] = math.hypot(sx - x, sy - y) // loader.BAND_M * loader.BAND_M
    centre = math.hypot(where.centre[0] - x, where.centre[1] - y) // loader.BAND_M * loader.BAND_M

    def reaches(sector: str, radius: int) -> bool:
        if sector == "":
            return radius >= centre
        if sector in where.names:
            return sector in reach and radius >= reach[sector]
        return True  # spelt otherwise: they may live anywhere

    kept = set()
    for offer in offers:
        member: Member = offer.member
        if not (offer.active and offer.open_matches < offer.capacity):
            continue
        if member.erased_at is not None or member.pk not in here:
            continue
        if request.help_type not in types[offer.pk]:
            continue
        if request.languages and not set(request.languages) & spoken[member.pk]:
            continue
        if request.home_visit and not offer.vetted:
            continue
        if request.slots and member.availability and not request.slots & member.availability:
            continue
        if member.pk == request.requester_id or member.pk in vetoed:
            continue
        if where.names and not reaches(member.sector, offer.radius_m):
            continue
        hx, hy = where.of(member.sector)
        kept.add(
            Helper(
                id=member.pk,
                help_types=frozenset({request.help_type}),
                languages=frozenset(spoken[member.pk]),
                x=hx,
                y=hy,
                slots=member.availability,
                radius_m=float(offer.radius_m),
                capacity_left=offer.capacity - offer.open_matches,
                load=offer.open_matches,
                vetted=offer.vetted,
            )
        )
    return kept


def test_the_core_gets_the_helpers_the_member_rows_give(cast):
    rng = random.Random(20260322)
    crowd(cast, rng, 60)
    for radius in (250, 500):  # exactly on the edge of a distance band from Noord
        edge = resident(cast.rabot, f"Rand {radius}", sector="Oost", languages=LANGUAGES)
        services.offer_save(
            actor=cast.worker, place=cast.rabot, member=edge, help_types=TYPES, radius_m=radius
        )
    helpers = list(Member.objects.filter(help_offers__isnull=False).order_by("pk"))
    # A morning of changes through the services, after the offers were made.
    for member in helpers[:6]:
        update(
            cast, member, languages=rng.sample(LANGUAGES, 2), availability=rng.randrange(ALL_SLOTS)
        )
    update(cast, helpers[6], sector="Ver weg")
    member_erase(actor=cast.admin, place=cast.rabot, member=helpers[7])
    services.offer_save(
        actor=cast.worker,
        place=cast.rabot,
        member=helpers[8],
        help_types=list(TYPES),
        radius_m=2200,
        capacity=2,
    )
    where = loader.positions(cast.rabot)
    checked = 0
    for i in range(40):
        requester = resident(cast.rabot, f"Vrager {i}", languages=[rng.choice(LANGUAGES)])
        request = ask(
            cast,
            requester=requester,
            help_type=rng.choice(TYPES),
            sector=rng.choice(["Noord", "OOST", "Zuid", "Ver weg", "Nergens", ""]),
            slots=rng.choice([0, 1, 0b100, rng.randrange(ALL_SLOTS)]),
            home_visit=rng.random() < 0.3,
        )
        if i % 5 == 0:
            services.veto_add(
                actor=cast.worker, place=cast.rabot, requester=requester, helper=helpers[i]
            )
        if i in (0, 7):  # two of the two people helpers[8] can help at once
            codes = list(
                SpokenLanguage.objects.filter(member=helpers[8]).values_list("code", flat=True)
            )
            earlier = ask(cast, requester=requester, help_type=HelpType.VISIT, languages=codes)
            approved(cast, earlier, helpers[8])

        read = loader.helpers_for(request, place=cast.rabot, where=where)

        assert len(read) == len(set(read))
        assert set(read) == from_rows(request, cast.rabot, where)
        checked += len(read)
    assert checked > 0
