"""The two queries behind one request's suggestions, written out in SQL.

A worker waits for these on every request page, so they skip the ORM's query building,
which cost more than running them. The relations of one request read the same rows as
nabij.aid.loader's `_relations` does for a batch, and tests/aid/test_suggestion_sql.py
holds the two to the same answers; the candidate query is checked against the rules
worked out in Python (tests/aid/test_helper_card_candidates.py, tests/aid/test_loader.py).

The SQL is the common subset of SQLite and PostgreSQL. Table names come from the models;
every value is a parameter, except the help-type masks (see `_offering`).
"""

import math
from collections import defaultdict
from functools import cache

from django.db import connection

from nabij.aid.choices import MatchState
from nabij.aid.models import Match, Offer, Request, Veto
from nabij.aid.models.offers import MAX_RADIUS_M, masks_with
from nabij.community.choices import CommunityKind
from nabij.community.models import Buddy, Group, GroupMembership, Member

# Kinds of relation rows.
TIE = "t"
PREVIOUS = "p"
VETOED = "v"
REFUSED = "r"


def _table(model: type) -> str:
    return connection.ops.quote_name(model._meta.db_table)


@cache
def _relations_sql(helped: tuple[str, ...], refused: tuple[str, ...]) -> str:
    helped_in = ", ".join(["%s"] * len(helped))
    refused_in = ", ".join(["%s"] * len(refused))
    buddy, member = _table(Buddy), _table(Member)
    membership, group = _table(GroupMembership), _table(Group)
    match, request, veto = _table(Match), _table(Request), _table(Veto)
    # CROSS JOIN fixes the order of the tables on SQLite (PostgreSQL plans it anyway):
    # from the one requester outwards, never from a whole table in.
    return f"""
        SELECT '{TIE}', member_id FROM {buddy} WHERE place_id = %s AND volunteer_id = %s
        UNION ALL
        SELECT '{TIE}', volunteer_id FROM {buddy} WHERE place_id = %s AND member_id = %s
        UNION ALL
        SELECT '{TIE}', housemate.id FROM {member} me CROSS JOIN {member} housemate
          WHERE me.id = %s AND me.erased_at IS NULL
            AND housemate.household_id = me.household_id AND housemate.erased_at IS NULL
        UNION ALL
        SELECT '{TIE}', other.member_id FROM {membership} mine
          CROSS JOIN {group} g CROSS JOIN {membership} other
          WHERE mine.place_id = %s AND mine.member_id = %s
            AND g.id = mine.group_id AND g.kind = %s AND other.group_id = mine.group_id
        UNION ALL
        SELECT '{PREVIOUS}', m.helper_id FROM {request} q CROSS JOIN {match} m
          WHERE q.requester_id = %s AND m.request_id = q.id
            AND m.place_id = %s AND m.state IN ({helped_in})
        UNION ALL
        SELECT '{TIE}', q.requester_id FROM {match} m CROSS JOIN {request} q
          WHERE m.helper_id = %s AND m.place_id = %s AND m.state IN ({helped_in})
            AND q.id = m.request_id
        UNION ALL
        SELECT '{VETOED}', helper_id FROM {veto} WHERE requester_id = %s
        UNION ALL
        SELECT '{REFUSED}', helper_id FROM {match}
          WHERE request_id = %s AND (state IN ({refused_in}) OR (state = %s AND reviewed))
    """


def relation_rows(
    *,
    place_id: int,
    request_id: int,
    requester_id: int,
    helped: tuple[str, ...],
    refused: tuple[str, ...],
) -> dict[str, set[int]]:
    """Member ids by kind of relation (TIE, PREVIOUS, VETOED, REFUSED) for one request.

    A previous helper is a tie too; the requester is never their own tie."""
    r = requester_id
    params = [
        *(place_id, r, place_id, r),
        r,
        *(place_id, r, CommunityKind.TIGHT),
        *(r, place_id, *helped),
        *(r, place_id, *helped),
        r,
        *(request_id, *refused, MatchState.WITHDRAWN),
    ]
    found: dict[str, set[int]] = defaultdict(set)
    with connection.cursor() as cursor:
        cursor.execute(_relations_sql(helped, refused), params)
        for kind, member in cursor.fetchall():
            found[kind].add(member)
    found[TIE] |= found[PREVIOUS]
    found[TIE].discard(r)
    return found


HELPER_COLUMNS = (
    "member_id",
    "help_mask",
    "card_languages",
    "card_sector",
    "card_slots",
    "radius_m",
    "capacity",
    "open_matches",
    "vetted",
)


@cache
def _offering(help_type: str) -> str:
    """`help_mask IN (...)` over every mask holding the help type, so an index can seek
    to each. The numbers are written into the SQL, not passed as 512 parameters: they are
    ours, never anyone's input, and as parameters they took longer to send than the
    database took to use them."""
    return f"help_mask IN ({', '.join(str(mask) for mask in masks_with(help_type))})"


def candidate_sql(
    *,
    place_id: int,
    help_type: str,
    languages: list[str],
    home_visit: bool,
    slots: int,
    requester_id: int,
    bands: dict[int, list[str]],
    centre_band: int,
    sector_names: tuple[str, ...],
    band_m: float,
) -> tuple[str, list]:
    """The offers that may pass the core's hard filters for one request, as in
    nabij.aid.loader.candidate_offers (which explains the distance bands)."""
    columns = ", ".join(HELPER_COLUMNS)
    where = [
        "place_id = %s",
        "active",
        "card_listed",
        "open_matches < capacity",
        _offering(help_type),
    ]
    params: list = [place_id]
    if languages:
        where.append("(" + " OR ".join(["card_languages LIKE %s"] * len(languages)) + ")")
        params += [f"%,{code},%" for code in languages]
    if home_visit:
        where.append("vetted")
    if slots:
        where.append("(card_slots = 0 OR (card_slots & %s) <> 0)")
        params.append(slots)
    where.append("member_id <> %s")
    params.append(requester_id)
    where.append(f"member_id NOT IN (SELECT helper_id FROM {_table(Veto)} WHERE requester_id = %s)")
    params.append(requester_id)
    if sector_names:
        reach = []
        for band, names in sorted(bands.items()):
            reach.append(f"(radius_m >= %s AND card_sector IN ({', '.join(['%s'] * len(names))}))")
            params += [band * band_m, *names]
        reach.append("(radius_m >= %s AND card_sector = '')")
        params.append(centre_band * band_m)
        known = ", ".join(["%s"] * (len(sector_names) + 1))
        reach.append(f"card_sector NOT IN ({known})")
        params += [*sector_names, ""]
        where.append("(" + " OR ".join(reach) + ")")
    return f"SELECT {columns} FROM {_table(Offer)} WHERE " + " AND ".join(where), params


def distance_bands(
    named: list[tuple[str, tuple[float, float]]], x: float, y: float, band_m: float
) -> dict[int, list[str]]:
    """The place's streets within the largest radius of (x, y), by distance band."""
    bands: dict[int, list[str]] = defaultdict(list)
    for name, (sx, sy) in named:
        distance = math.hypot(sx - x, sy - y)
        if distance <= MAX_RADIUS_M:
            bands[int(distance // band_m)].append(name)
    return bands
