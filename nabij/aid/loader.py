"""Builds the matching core's Needs and Helpers from the database, once, in few queries.

Positions are the centres of the named sectors (coarse on purpose). Someone whose sector
is not known, or not one of the place's sectors, is put at the centre of the place's
sectors: the core has no "unknown position", and the middle of the neighbourhood is the
least wrong guess for a filter on distance.

Helpers are read from the offers' helper cards alone (nabij.aid.models.offers.Offer):
the member's languages, street, week and presence in the place are copied there, so the
suggestions for one request are one query on one table, however many helpers there are.
Positions are still looked up here, by street name, so moving a sector moves no card.

A requester's ties are the people they already know through Nabij: their buddies, their
household, the members of the tight groups they belong to, and whoever helped them or
was helped by them. Light groups (a square, a repair café) do not count: meeting in the
same place is not yet knowing each other, and bridging is about new ties.
"""

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import numpy as np
from django.db import connection
from django.db.models import Exists, F, OuterRef, Q, QuerySet

from nabij.aid import suggestion_sql
from nabij.aid.choices import LIVE_MATCH_STATES, MatchState, RequestStatus
from nabij.aid.matching.types import HelperColumns, Need
from nabij.aid.models import Match, Offer, Request, Veto
from nabij.aid.models.offers import help_types_of, languages_of
from nabij.community.choices import CommunityKind
from nabij.community.models import Buddy, GroupMembership, Member, Place, Sector

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
    return _relations(
        place,
        request_ids=requests.order_by().values("pk"),
        requester_ids=requests.order_by().values("requester_id"),
        requesters=requesters,
    )


def _relations(
    place: Place,
    *,
    request_ids: QuerySet[Request] | list[int],
    requester_ids: QuerySet[Request] | list[int],
    requesters: set[int],
) -> Relations:
    ties: dict[int, set[int]] = defaultdict(set)
    previous: dict[int, set[int]] = defaultdict(set)
    vetoed: dict[int, set[int]] = defaultdict(set)
    refused: dict[int, set[int]] = defaultdict(set)

    for volunteer, member in Buddy.objects.filter(
        Q(volunteer_id__in=requester_ids) | Q(member_id__in=requester_ids), place=place
    ).values_list("volunteer_id", "member_id"):
        if volunteer in requesters:
            ties[volunteer].add(member)
        if member in requesters:
            ties[member].add(volunteer)

    housemates: dict[int, set[int]] = defaultdict(set)
    for household, member in Member.objects.filter(
        household__in=Member.objects.filter(pk__in=requester_ids, household__isnull=False).values(
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
            place=place, member_id__in=requester_ids, group__kind=CommunityKind.TIGHT
        ).values("group_id")
    ).values_list("group_id", "member_id"):
        group_members[group].add(member)
    for members in group_members.values():
        for member in members & requesters:
            ties[member] |= members

    for requester, helper in Match.objects.filter(
        Q(request__requester_id__in=requester_ids) | Q(helper_id__in=requester_ids),
        place=place,
        state__in=HELPED_STATES,
    ).values_list("request__requester_id", "helper_id"):
        if requester in requesters:
            previous[requester].add(helper)
            ties[requester].add(helper)
        if helper in requesters:
            ties[helper].add(requester)

    for requester, helper in Veto.objects.filter(requester_id__in=requester_ids).values_list(
        "requester_id", "helper_id"
    ):
        vetoed[requester].add(helper)

    for request, helper in Match.objects.filter(
        Q(state__in=REFUSED_STATES) | Q(state=MatchState.WITHDRAWN, reviewed=True),
        request_id__in=request_ids,
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
    # One request: one statement, written out (see nabij.aid.suggestion_sql).
    found = suggestion_sql.relation_rows(
        place_id=place.pk,
        request_id=request.pk,
        requester_id=request.requester_id,
        helped=HELPED_STATES,
        refused=REFUSED_STATES,
    )
    requester = request.requester_id
    known = Relations(
        ties={requester: found[suggestion_sql.TIE]},
        previous={requester: found[suggestion_sql.PREVIOUS]},
        vetoed={requester: found[suggestion_sql.VETOED]},
        refused={request.pk: found[suggestion_sql.REFUSED]},
    )
    return needs_from_rows([row], known=known, where=where, now=now)[0]


def needs_of(
    requests: QuerySet[Request], *, place: Place, where: Positions, now: datetime
) -> list[Need]:
    rows = list(requests.values_list(*REQUEST_COLUMNS))
    known = relations(place, requests, {row[1] for row in rows})
    return needs_from_rows(rows, known=known, where=where, now=now)


def available_offers(place: Place) -> QuerySet[Offer]:
    """Active offers with room left, of members still in the place (the card says so)."""
    return Offer.objects.filter(
        place=place, active=True, card_listed=True, open_matches__lt=F("capacity")
    )


# Width of the distance bands of `candidate_rows`: coarser bands mean a shorter query and
# a few more rows for the core to turn down.
BAND_M = 250.0


def candidate_rows(request: Request, *, place: Place, where: Positions) -> list[tuple]:
    """Offer rows (HELPER_COLUMNS) that may pass the core's hard filters for this request:
    of that help type, sharing a language, screened for a home visit, free at one of its
    moments, not the requester, not vetoed, and roughly within reach. Only these rows are
    read, from the offers' helper cards alone; the core checks each exactly.

    Within reach is a stand-in in SQL for the core's distance filter: it keeps every
    helper whose street may lie within their radius of the request, and a few more.
    Streets are grouped in bands of BAND_M by their distance, and a helper passes if their
    radius reaches the near edge of their street's band. The names are compared as the
    place spells them, which is cheap; a helper who spelt their street otherwise may live
    anywhere, so passes, and one without a street stands at the centre."""
    x, y = where.of(request.sector)
    sql, params = suggestion_sql.candidate_sql(
        place_id=place.pk,
        help_type=request.help_type,
        languages=list(request.languages),
        home_visit=request.home_visit,
        slots=request.slots,
        requester_id=request.requester_id,
        bands=suggestion_sql.distance_bands(where.named(), x, y, BAND_M),
        centre_band=int(math.hypot(where.centre[0] - x, where.centre[1] - y) // BAND_M),
        sector_names=where.names,
        band_m=BAND_M,
    )
    with connection.cursor() as cursor:
        if connection.vendor != "postgresql":
            cursor.execute(sql, params)
            return cursor.fetchall()
        # One worker's page should not take a second core from everyone else's: a
        # parallel scan won nothing here once the machine had other work.
        cursor.execute("SET max_parallel_workers_per_gather = 0")
        try:
            cursor.execute(sql, params)
            return cursor.fetchall()
        finally:
            cursor.execute("RESET max_parallel_workers_per_gather")


HELPER_COLUMNS = suggestion_sql.HELPER_COLUMNS


def helpers_from_offers(
    offers: QuerySet[Offer],
    *,
    where: Positions,
    only_type: str = "",
    reserved: dict[int, int] | None = None,
) -> HelperColumns:
    """Helpers from offer rows, in one query, as columns.

    For one request, `only_type` stands in for the helper's help types: the query kept
    only offers of that type, and no other type is looked at.
    """
    # Straight from the cursor: the columns are plain numbers and text, and Django's
    # per-value converters cost more than the query for thousands of rows.
    sql, params = offers.values_list(*HELPER_COLUMNS).query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    return helpers_from_rows(rows, where=where, only_type=only_type, reserved=reserved)


def helpers_from_rows(
    rows: list[tuple],
    *,
    where: Positions,
    only_type: str = "",
    reserved: dict[int, int] | None = None,
) -> HelperColumns:
    """Helpers as columns from HELPER_COLUMNS rows."""
    if not rows:
        return HelperColumns.of([])
    member, mask, codes, sector, slots, radius, capacity, open_matches, vetted = zip(
        *rows, strict=True
    )
    # Many helpers share a street, a set of languages or of help types: each once.
    streets = {name: where.of(name) for name in set(sector)}
    x = np.fromiter((streets[name][0] for name in sector), dtype=np.float64, count=len(rows))
    y = np.fromiter((streets[name][1] for name in sector), dtype=np.float64, count=len(rows))
    language_cards = {card: i for i, card in enumerate(dict.fromkeys(codes))}
    if only_type:
        type_masks: dict[int, int] = {}
        help_type_sets: tuple[frozenset[str], ...] = (frozenset({only_type}),)
        help_type_set = np.zeros(len(rows), dtype=np.intp)
    else:
        type_masks = {value: i for i, value in enumerate(dict.fromkeys(mask))}
        help_type_sets = tuple(help_types_of(value) for value in type_masks)
        help_type_set = np.array([type_masks[value] for value in mask], dtype=np.intp)
    ids = np.array(member, dtype=np.int64)
    room = np.array(capacity, dtype=np.int64) - np.array(open_matches, dtype=np.int64)
    if reserved:
        room -= np.array([reserved.get(m, 0) for m in member], dtype=np.int64)
    return HelperColumns(
        ids=ids,
        help_type_sets=help_type_sets,
        help_type_set=help_type_set,
        language_sets=tuple(languages_of(card) for card in language_cards),
        language_set=np.array([language_cards[card] for card in codes], dtype=np.intp),
        x=x,
        y=y,
        slots=np.array(slots, dtype=np.int64),
        radius_m=np.array(radius, dtype=np.float64),
        capacity_left=room,
        load=np.array(open_matches, dtype=np.int64),
        vetted=np.array(vetted, dtype=bool),
    )


def helpers_for(request: Request, *, place: Place, where: Positions) -> HelperColumns:
    """The candidate helpers of one request."""
    return helpers_from_rows(
        candidate_rows(request, place=place, where=where),
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


def batch_helpers(place: Place, *, where: Positions) -> HelperColumns:
    """Every available helper, with room kept for the proposals workers made themselves
    and have not approved yet: those requests are not in the batch, and approving them
    later must still fit."""
    reserved: dict[int, int] = defaultdict(int)
    for helper in Match.objects.filter(
        place=place, state=MatchState.PROPOSED, reviewed=True
    ).values_list("helper_id", flat=True):
        reserved[helper] += 1
    return helpers_from_offers(available_offers(place), where=where, reserved=reserved)
