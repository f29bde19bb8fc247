"""The Activity of a place (nabij.practices.evidence) from insight's stored metrics and
exchange graph: its selectors for bridging and who received, one grouped count of the
exchanges' records, kept in insight's cache until the metrics are next computed."""

from datetime import date

from django.db.models import Count

from nabij.community.models import Place
from nabij.insight.cache import cached
from nabij.insight.choices import ExchangeKind, PlainAttribute
from nabij.insight.models import Exchange, MetricState
from nabij.insight.selectors import (
    Figure,
    bridging_on,
    period_recent,
    receivers_by_vulnerability,
)
from nabij.practices.evidence import Activity


def _records(place: Place, first: date, last: date) -> dict[str, int]:
    """How many matches, transfers and events the period's exchanges came from."""
    rows = (
        Exchange.objects.filter(place=place, day__gte=first, day__lte=last)
        .order_by()
        .values("kind")
        .annotate(records=Count("source_id", distinct=True))
    )
    return {row["kind"]: row["records"] for row in rows}


def _activity(place: Place, today: date | None) -> Activity:
    period = period_recent(today=today)
    records = _records(place, period.first, period.last)
    bridging = bridging_on(place=place, period=period, attribute=PlainAttribute.LANGUAGE)
    receivers = receivers_by_vulnerability(place=place, period=period)
    return Activity(
        first=period.first,
        last=period.last,
        computed=MetricState.objects.filter(place=place).exists(),
        matches=records.get(ExchangeKind.MATCH, 0),
        transfers=records.get(ExchangeKind.TRANSFER, 0),
        events=records.get(ExchangeKind.ENCOUNTER, 0),
        ties=bridging.ties,
        bridging=bridging.bridging,
        receivers=receivers.receivers,
        vulnerable=receivers.vulnerable,
        reach_vulnerable=receivers.reach_vulnerable,
    )


def activity_of(place: Place, *, today: date | None = None) -> Activity:
    """The last twelve months of the place's activity."""
    period = period_recent(today=today)
    return cached(
        place,
        f"practice-evidence:{period.first}",
        lambda: _activity(place, today),
        dump=lambda a: [
            a.first.isoformat(),
            a.last.isoformat(),
            a.computed,
            a.matches,
            a.transfers,
            a.events,
            a.ties,
            [a.bridging.count, a.bridging.share],
            a.receivers,
            [a.vulnerable.count, a.vulnerable.share],
            a.reach_vulnerable,
        ],
        load=lambda row: Activity(
            date.fromisoformat(row[0]),
            date.fromisoformat(row[1]),
            row[2],
            row[3],
            row[4],
            row[5],
            row[6],
            Figure(*row[7]),
            row[8],
            Figure(*row[9]),
            row[10],
        ),
    )
