"""Writes: syncing the exchange graph from its sources and storing the metrics."""

from dataclasses import dataclass
from datetime import date, datetime

import numpy as np
from django.db import transaction

from nabij.community.models import Place
from nabij.community.services.common import now_or
from nabij.insight.choices import DIRECTED_KINDS, KIND_BITS
from nabij.insight.loader import exchanges_of, month_state_of, population_of
from nabij.insight.metrics.month import (
    Exchanges,
    MonthState,
    Population,
    month_add,
    month_figures,
    month_state,
)
from nabij.insight.metrics.packing import pack_ids, pack_ties
from nabij.insight.models import Exchange, MetricMonth, MetricState
from nabij.insight.sources import ExchangeRow, Span, exchanges_from_sources


@dataclass(frozen=True)
class SyncResult:
    added: tuple[ExchangeRow, ...]
    removed: int


@dataclass(frozen=True)
class RefreshResult:
    full: bool
    added: int
    removed: int
    months: int  # month rows written


def exchanges_sync(*, place: Place, day: date | None = None) -> SyncResult:
    """Make the place's Exchange rows (of one day, or all) match their sources: add what
    is new, remove what no longer holds (a payment undone). Running it twice adds nothing."""
    span = Span.of_day(day) if day is not None else Span()
    wanted = {row.key: row for row in exchanges_from_sources(place, span)}
    existing = Exchange.objects.filter(place=place)
    if day is not None:
        existing = existing.filter(day=day)
    have: dict[tuple, int] = {
        (kind, source, giver, receiver): pk
        for pk, kind, source, giver, receiver in existing.values_list(
            "pk", "kind", "source_id", "giver_id", "receiver_id"
        ).iterator()
    }
    gone = [pk for key, pk in have.items() if key not in wanted]
    added = tuple(row for key, row in wanted.items() if key not in have)
    with transaction.atomic():
        for start in range(0, len(gone), 1000):
            Exchange.objects.filter(pk__in=gone[start : start + 1000]).delete()
        Exchange.objects.bulk_create(
            (
                Exchange(
                    place=place,
                    kind=row.kind,
                    giver_id=row.giver_id,
                    receiver_id=row.receiver_id,
                    day=row.day,
                    source_id=row.source_id,
                )
                for row in added
            ),
            batch_size=2000,
        )
    return SyncResult(added=added, removed=len(gone))


def _exchanges(rows: tuple[ExchangeRow, ...]) -> Exchanges:
    directed = {str(kind) for kind in DIRECTED_KINDS}
    return Exchanges(
        giver=np.array([r.giver_id for r in rows], dtype=np.int64),
        receiver=np.array([r.receiver_id for r in rows], dtype=np.int64),
        kind_bit=np.array([KIND_BITS[r.kind] for r in rows], dtype=np.uint8),
        directed=np.array([r.kind in directed for r in rows], dtype=bool),
    )


def _store(
    place: Place, month: date, state: MonthState, population: Population, now: datetime
) -> None:
    MetricMonth.objects.update_or_create(
        place=place,
        month=month,
        defaults={
            "exchanges": state.exchanges,
            "ties": pack_ties(state.ties),
            "givers": pack_ids(state.givers),
            "receivers": pack_ids(state.receivers),
            "figures": month_figures(state, population),
            "computed_at": now,
        },
    )


def _first_of_month(day: date) -> date:
    return day.replace(day=1)


def _month_end(month: date) -> date:
    following = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


def _recompute_month(place: Place, month: date, population: Population, now: datetime) -> None:
    exchanges, _ = exchanges_of(place, first=month, last=_month_end(month))
    if len(exchanges):
        _store(place, month, month_state(exchanges), population, now)
    else:
        MetricMonth.objects.filter(place=place, month=month).delete()


def _last_day(place: Place) -> date | None:
    last = Exchange.objects.filter(place=place).order_by("-day").values_list("day", flat=True)
    return last.first()


def metrics_refresh(
    *, place: Place, day: date | None = None, now: datetime | None = None
) -> RefreshResult:
    """Sync and store a place's metrics: everything, or (with `day`) only that day's
    exchanges and the one month they fall in. A place never computed is computed whole."""
    now = now_or(now)
    with transaction.atomic():
        # One refresh of a place at a time: the second waits for the first.
        Place.objects.select_for_update().filter(pk=place.pk).first()
        state = MetricState.objects.filter(place=place).first()
        if day is None or state is None:
            return _refresh_full(place, now)
        synced = exchanges_sync(place=place, day=day)
        population = population_of(place)
        month = _first_of_month(day)
        row = MetricMonth.objects.filter(place=place, month=month).first()
        if synced.removed or row is None:
            _recompute_month(place, month, population, now)
        elif synced.added:
            _store(
                place,
                month,
                month_add(month_state_of(row), _exchanges(synced.added)),
                population,
                now,
            )
        else:
            _store(place, month, month_state_of(row), population, now)
        state.computed_at = now
        state.through = _last_day(place)
        state.views = {}
        state.save(update_fields=["computed_at", "through", "views"])
        return RefreshResult(full=False, added=len(synced.added), removed=synced.removed, months=1)


def _refresh_full(place: Place, now: datetime) -> RefreshResult:
    synced = exchanges_sync(place=place)
    population = population_of(place)
    exchanges, days = exchanges_of(place)
    months = days.astype("datetime64[M]")
    written = []
    for month in np.unique(months):
        first = month.astype("datetime64[D]").item()
        _store(place, first, month_state(exchanges.take(months == month)), population, now)
        written.append(first)
    MetricMonth.objects.filter(place=place).exclude(month__in=written).delete()
    MetricState.objects.update_or_create(
        place=place,
        defaults={"computed_at": now, "full_at": now, "through": _last_day(place), "views": {}},
    )
    return RefreshResult(
        full=True, added=len(synced.added), removed=synced.removed, months=len(written)
    )


def metrics_refresh_all(*, now: datetime | None = None) -> dict[str, int]:
    """Recompute every place (the demo ends with this): rows written, by kind."""
    rows = {"exchange": 0, "metric_month": 0}
    for place in Place.objects.order_by("pk"):
        result = metrics_refresh(place=place, now=now)
        rows["exchange"] += result.added
        rows["metric_month"] += result.months
    return rows
