"""Builds the matching core's Needs and Helpers from the database, once, in few queries.

Positions are the centres of the named sectors (coarse on purpose). Someone whose sector
is not known, or not one of the place's sectors, is put at the centre of the place's
sectors: the core has no "unknown position", and the middle of the neighbourhood is the
least wrong guess for a filter on distance.

A requester's ties are the people they already know through Nabij: their buddies, their
household, the members of the tight groups they belong to, and whoever helped them or
was helped by them. Light groups (a square, a repair café) do not count: meeting in the
same place is not yet knowing each other, and bridging is about new ties.
"""

import functools
import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from django.db.models import (
    Aggregate,
    CharField,
    Exists,
    F,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
)

from nabij.aid.choices import LIVE_MATCH_STATES, MatchState, RequestStatus
from nabij.aid.matching.types import Helper, Need
from nabij.aid.models import Match, Offer, OfferHelpType, Request, Veto
from nabij.aid.models.offers import MAX_RADIUS_M
from nabij.community.choices import CommunityKind
from nabij.community.models import (
    Buddy,
    GroupMembership,
    Member,
    Place,
    Role,
    Sector,
    SpokenLanguage,
)

# The requester was helped (or is being helped) by this person.
HELPED_STATES = (MatchState.ACCEPTED, MatchState.DONE)
# A pair that should not be proposed again for the same request: the helper said no, it
# did not work out, or a worker withdrew the proposal after looking at it.
REFUSED_STATES = (MatchState.DECLINED, MatchState.FAILED)


@dataclass(frozen=True)
class Positions:
    """Sector centres of a place by case-folded name, and the fallback for unknown ones."""

    by_name: dict[str, tuple[float, float]]
    centre: tuple[float, float]
    names: tuple[str, ...] = ()  # as the place spells them

    def of(self, sector: str) -> tuple[float, float]:
        return self.by_name.get(fold(sector), self.centre)

    def named(self) -> list[tuple[str, tuple[float, float]]]:
        return [(name, self.by_name[fold(name)]) for name in self.names]


def fold(sector: str) -> str:
    return " ".join(sector.split()).casefold()


def positions(place: Place) -> Positions:
    rows = list(Sector.objects.filter(place=place).values_list("name", "x_m", "y_m"))
    by_name = {fold(name): (x, y) for name, x, y in rows}
    names = tuple(" ".join(name.split()) for name, _x, _y in rows)
    if rows:
        centre = (
            sum(x for _n, x, _y in rows) / len(rows),
            sum(y for _n, _x, y in rows) / len(rows),
        )
    else:
        centre = (0.0, 0.0)
    return Positions(by_name, centre, names)


@dataclass(frozen=True)
class Relations:
    """What the core needs to know about the people behind a set of requests."""

    ties: dict[int, set[int]]  # requester id -> member ids
    previous: dict[int, set[int]]  # requester id -> helper ids
    vetoed: dict[int, set[int]]  # requester id -> helper ids
    refused: dict[int, set[int]]  # request id -> helper ids


def relations(place: Place, requests: QuerySet[Request], requesters: set[int]) -> Relations:
    """Ties, earlier helpers, vetoes and refused pairs of these requests (whose requesters
    are given), in six queries whatever their number: the requests go in as a subquery,
    never as a list of ids."""
    of_requesters = requests.order_by().values("requester_id")
    ties: dict[int, set[int]] = defaultdict(set)
    previous: dict[int, set[int]] = defaultdict(set)
    vetoed: dict[int, set[int]] = defaultdict(set)
    refused: dict[int, set[int]] = defaultdict(set)

    for volunteer, member in Buddy.objects.filter(
        Q(volunteer_id__in=of_requesters) | Q(member_id__in=of_requesters), place=place
    ).values_list("volunteer_id", "member_id"):
        if volunteer in requesters:
            ties[volunteer].add(member)
        if member in requesters:
            ties[member].add(volunteer)

    housemates: dict[int, set[int]] = defaultdict(set)
    for household, member in Member.objects.filter(
        household__in=Member.objects.filter(pk__in=of_requesters, household__isnull=False).values(
            "household_id"
        ),
        erased_at=None,
    ).values_list("household_id", "pk"):
        housemates[household].add(member)
    for members in housemates.values():
        for member in members & requesters:
            ties[member] |= members

    group_members: dict[int, set[int]] = defaultdict(set)
    for group, member in GroupMembership.objects.filter(
        group__in=GroupMembership.objects.filter(
            place=place, member_id__in=of_requesters, group__kind=CommunityKind.TIGHT
        ).values("group_id")
    ).values_list("group_id", "member_id"):
        group_members[group].add(member)
    for members in group_members.values():
        for member in members & requesters:
            ties[member] |= members

    for requester, helper in Match.objects.filter(
        Q(request__requester_id__in=of_requesters) | Q(helper_id__in=of_requesters),
        place=place,
        state__in=HELPED_STATES,
    ).values_list("request__requester_id", "helper_id"):
        if requester in requesters:
            previous[requester].add(helper)
            ties[requester].add(helper)
        if helper in requesters:
            ties[helper].add(requester)

    for requester, helper in Veto.objects.filter(requester_id__in=of_requesters).values_list(
        "requester_id", "helper_id"
    ):
        vetoed[requester].add(helper)

    for request, helper in Match.objects.filter(
        Q(state__in=REFUSED_STATES) | Q(state=MatchState.WITHDRAWN, reviewed=True),
        request_id__in=requests.order_by().values("pk"),
    ).values_list("request_id", "helper_id"):
        refused[request].add(helper)

    for requester in requesters:
        ties[requester].discard(requester)
    return Relations(ties=ties, previous=previous, vetoed=vetoed, refused=refused)


# What a Need is built from; the loader reads only these columns.
REQUEST_COLUMNS = (
    "pk",
    "requester_id",
    "help_type",
    "languages",
    "sector",
    "slots",
    "home_visit",
    "recurring",
    "created_at",
    "urgency",
)


def needs_from_rows(
    rows: Sequence[tuple], *, known: Relations, where: Positions, now: datetime
) -> list[Need]:
    """Needs from `REQUEST_COLUMNS` rows and what is known of the people behind them."""
    needs = []
    for pk, requester, help_type, codes, sector, slots, home, recurring, created, urgency in rows:
        x, y = where.of(sector)
        needs.append(
            Need(
                id=pk,
                requester_id=requester,
                help_type=help_type,
                languages=frozenset(codes),
                x=x,
                y=y,
                slots=slots,
                home_visit=home,
                recurring=recurring,
                waiting_days=max(0.0, (now - created).total_seconds() / 86400),
                urgency=urgency,
                vetoed=frozenset(known.vetoed.get(requester, set()) | known.refused.get(pk, set())),
                previous_helpers=frozenset(known.previous.get(requester, ())),
                ties=frozenset(known.ties.get(requester, ())),
            )
        )
    return needs


def need_of(request: Request, *, place: Place, where: Positions, now: datetime) -> Need:
    row = tuple(getattr(request, column) for column in REQUEST_COLUMNS)
    known = relations(place, Request.objects.filter(pk=request.pk), {request.requester_id})
    return needs_from_rows([row], known=known, where=where, now=now)[0]


def needs_of(
    requests: QuerySet[Request], *, place: Place, where: Positions, now: datetime
) -> list[Need]:
    rows = list(requests.values_list(*REQUEST_COLUMNS))
    known = relations(place, requests, {row[1] for row in rows})
    return needs_from_rows(rows, known=known, where=where, now=now)


def available_offers(place: Place) -> QuerySet[Offer]:
    """Active offers with room left, of members still in the place."""
    return Offer.objects.filter(
        Exists(Role.objects.filter(place=place, member_id=OuterRef("member_id"))),
        place=place,
        active=True,
        open_matches__lt=F("capacity"),
        member__erased_at=None,
    )


# Width of the distance bands of `within_reach`: coarser bands mean a shorter query and a
# few more rows for the core to turn down.
BAND_M = 250.0


def within_reach(where: Positions, x: float, y: float) -> Q:
    """A stand-in in SQL for the core's distance filter: it keeps every helper whose
    street may lie within their radius of (x, y), and a few more; the core decides.

    Streets are grouped in bands of BAND_M by their distance, and a helper passes if their
    radius reaches the near edge of their street's band. The names are compared as the
    place spells them, which is cheap; a helper who spelt their street otherwise may live
    anywhere, so passes, and one without a street stands at the centre."""
    if not where.names:
        return Q()
    bands: dict[int, list[str]] = defaultdict(list)
    for name, (sx, sy) in where.named():
        distance = math.hypot(sx - x, sy - y)
        if distance <= MAX_RADIUS_M:
            bands[int(distance // BAND_M)].append(name)
    reach = Q()
    for band, names in sorted(bands.items()):
        reach |= Q(member__sector__in=names, radius_m__gte=band * BAND_M)
    centre = math.hypot(where.centre[0] - x, where.centre[1] - y)
    reach |= Q(member__sector="", radius_m__gte=int(centre // BAND_M) * BAND_M)
    return reach | ~Q(member__sector__in=[*where.names, ""])


def candidate_offers(request: Request, *, place: Place, where: Positions) -> QuerySet[Offer]:
    """Offers that may pass the core's hard filters for this request: of that help type,
    sharing a language, screened for a home visit, free at one of its moments, not
    vetoed, and roughly within reach.
    Only these rows are read; the core checks each exactly."""
    offers = available_offers(place).filter(
        Exists(OfferHelpType.objects.filter(offer_id=OuterRef("pk"), help_type=request.help_type)),
        within_reach(where, *where.of(request.sector)),
    )
    if request.languages:
        offers = offers.filter(
            Exists(
                SpokenLanguage.objects.filter(
                    member_id=OuterRef("member_id"), code__in=request.languages
                )
            )
        )
    if request.home_visit:
        offers = offers.filter(vetted=True)
    if request.slots:
        # 0 is "any time" on either side, as in the core.
        offers = offers.alias(free_then=F("member__availability").bitand(request.slots)).filter(
            Q(member__availability=0) | ~Q(free_then=0)
        )
    return offers.exclude(member_id=request.requester_id).exclude(
        member_id__in=Veto.objects.filter(requester_id=request.requester_id).values("helper_id")
    )


class _Codes(Aggregate):
    """Language codes joined by commas: a member's languages in the same query."""

    function = "STRING_AGG"
    template = "%(function)s(%(expressions)s, ',')"
    output_field = CharField()

    def as_sqlite(self, compiler, connection, **extra_context):
        return super().as_sql(compiler, connection, function="GROUP_CONCAT", **extra_context)


def _codes_of_member() -> Subquery:
    return Subquery(
        SpokenLanguage.objects.filter(member_id=OuterRef("member_id"))
        .order_by()
        .values("member_id")
        .annotate(codes=_Codes("code"))
        .values("codes")
    )


HELPER_COLUMNS = (
    "member_id",
    "member__sector",
    "member__availability",
    "radius_m",
    "capacity",
    "open_matches",
    "vetted",
    "codes",
)


def helpers_from_offers(
    offers: QuerySet[Offer],
    *,
    where: Positions,
    only_type: str = "",
    reserved: dict[int, int] | None = None,
) -> list[Helper]:
    """Helpers from offer rows: one query, and one more for help types unless `only_type`.

    For one request, `only_type` stands in for the helper's help types: the query kept
    only offers of that type, and no other type is looked at.
    """
    rows = offers.annotate(codes=_codes_of_member()).values_list("pk", *HELPER_COLUMNS)
    help_types: dict[int, frozenset[str]] = {}
    if not only_type:
        grouped: dict[int, set[str]] = defaultdict(set)
        for offer, help_type in OfferHelpType.objects.filter(
            offer__in=offers.values("pk")
        ).values_list("offer_id", "help_type"):
            grouped[offer].add(help_type)
        help_types = {offer: frozenset(types) for offer, types in grouped.items()}
    only = frozenset({only_type})
    reserved = reserved or {}
    # Many helpers share a street and a set of languages: work each out once.
    position = functools.cache(where.of)
    languages = functools.cache(lambda codes: frozenset(codes.split(",")) if codes else frozenset())
    helpers = []
    for offer, member, sector, slots, radius, capacity, open_matches, vetted, codes in rows:
        x, y = position(sector)
        helpers.append(
            Helper(
                id=member,
                help_types=only if only_type else help_types.get(offer, frozenset()),
                languages=languages(codes),
                x=x,
                y=y,
                slots=slots,
                radius_m=float(radius),
                capacity_left=capacity - open_matches - reserved.get(member, 0),
                load=open_matches,
                vetted=vetted,
            )
        )
    return helpers


def helpers_for(request: Request, *, place: Place, where: Positions) -> list[Helper]:
    """The candidate helpers of one request."""
    return helpers_from_offers(
        candidate_offers(request, place=place, where=where),
        where=where,
        only_type=request.help_type,
    )


def batch_requests(place: Place) -> QuerySet[Request]:
    """Open requests no worker has placed yet: without a live match a worker reviewed."""
    return Request.objects.filter(place=place, status=RequestStatus.OPEN).exclude(
        Exists(
            Match.objects.filter(
                request_id=OuterRef("pk"), state__in=LIVE_MATCH_STATES, reviewed=True
            )
        )
    )


def batch_helpers(place: Place, *, where: Positions) -> list[Helper]:
    """Every available helper, with room kept for the proposals workers made themselves
    and have not approved yet: those requests are not in the batch, and approving them
    later must still fit."""
    reserved: dict[int, int] = defaultdict(int)
    for helper in Match.objects.filter(
        place=place, state=MatchState.PROPOSED, reviewed=True
    ).values_list("helper_id", flat=True):
        reserved[helper] += 1
    return helpers_from_offers(available_offers(place), where=where, reserved=reserved)
