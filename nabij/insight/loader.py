"""Reads that turn a place's rows into the arrays the metric core takes."""

from datetime import date

import numpy as np

from nabij.community.choices import RoleKind
from nabij.community.models import Role, SpokenLanguage
from nabij.insight.choices import DIRECTED_KINDS, KIND_BITS
from nabij.insight.metrics.bridging import membership_of
from nabij.insight.metrics.month import Exchanges, MonthState, Population, months_merge
from nabij.insight.metrics.packing import unpack_ids, unpack_ties
from nabij.insight.models import Exchange, MetricMonth


def _ids(values) -> np.ndarray:
    return np.unique(np.fromiter(values, dtype=np.int64))


def residents_of(place, *, group=None) -> np.ndarray:
    """Sorted ids of the place's residents (not erased), optionally only a group's."""
    roles = Role.objects.filter(place=place, kind=RoleKind.RESIDENT, member__erased_at=None)
    if group is not None:
        roles = roles.filter(member__group_memberships__group=group)
    return _ids(roles.values_list("member_id", flat=True))


def members_query(place):
    """The ids of everyone with a role in the place (not erased), as a subquery: a place
    can hold more people than SQLite takes parameters in one query."""
    return Role.objects.filter(place=place, member__erased_at=None).values("member_id")


def members_of(place) -> np.ndarray:
    """Sorted ids of everyone with a role in the place (not erased)."""
    return _ids(
        Role.objects.filter(place=place, member__erased_at=None).values_list("member_id", flat=True)
    )


def population_of(place) -> Population:
    residents = residents_of(place)
    vulnerable = _ids(
        Role.objects.filter(
            place=place, kind=RoleKind.RESIDENT, member__erased_at=None, member__vulnerable=True
        ).values_list("member_id", flat=True)
    )
    pairs = list(
        SpokenLanguage.objects.filter(member__roles__place=place, member__erased_at=None)
        .values_list("member_id", "code")
        .distinct()
    )
    languages = tuple(sorted({code for _, code in pairs}))
    index = {code: i for i, code in enumerate(languages)}
    return Population(
        residents=residents,
        vulnerable=vulnerable,
        languages=membership_of(
            member=np.array([m for m, _ in pairs], dtype=np.int64),
            value=np.array([index[c] for _, c in pairs], dtype=np.int64),
            values=len(languages),
        ),
        language_codes=languages,
    )


def exchanges_of(place, *, first: date | None = None, last: date | None = None) -> tuple:
    """The place's exchanges (optionally from `first` to `last` inclusive) as arrays:
    (Exchanges, days as numpy datetime64[D])."""
    rows = Exchange.objects.filter(place=place)
    if first is not None:
        rows = rows.filter(day__gte=first)
    if last is not None:
        rows = rows.filter(day__lte=last)
    data = list(rows.order_by().values_list("giver_id", "receiver_id", "kind", "day"))
    directed_kinds = {str(kind) for kind in DIRECTED_KINDS}
    exchanges = Exchanges(
        giver=np.array([r[0] for r in data], dtype=np.int64),
        receiver=np.array([r[1] for r in data], dtype=np.int64),
        kind_bit=np.array([KIND_BITS[r[2]] for r in data], dtype=np.uint8),
        directed=np.array([r[2] in directed_kinds for r in data], dtype=bool),
    )
    return exchanges, np.array([r[3] for r in data], dtype="datetime64[D]")


def month_state_of(row: MetricMonth) -> MonthState:
    return MonthState(
        ties=unpack_ties(row.ties),
        givers=unpack_ids(row.givers),
        receivers=unpack_ids(row.receivers),
        exchanges=row.exchanges,
    )


def span_state(place, months: tuple[date, ...]) -> MonthState:
    """The stored months of a period as one span (months without a row are empty)."""
    rows = MetricMonth.objects.filter(place=place, month__in=months)
    return months_merge(MonthState.empty(), *(month_state_of(row) for row in rows))
