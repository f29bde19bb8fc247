"""Where exchanges come from: each source lists the ties one kind of record makes.

A source is a function (place, span) -> iterable of ExchangeRow. Help (done matches),
peer payments in a community currency, and joint attendance at events are built in. An
app that records more ties (loans of shared goods) registers its own source in its
AppConfig.ready() with `exchange_source(ExchangeKind.LOAN)(function)`; syncing picks it
up, and the metrics treat a loan as the lender giving and the borrower receiving.
"""

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db.models import Count
from django.utils import timezone

from nabij.aid.choices import MatchState
from nabij.aid.models import Match
from nabij.community.models import Attendance, Event, Place
from nabij.insight.choices import ExchangeKind
from nabij.ledger.choices import AccountKind, Category, TransferState
from nabij.ledger.models import Entry

# An event with more people than this is a crowd, not a place where everyone met everyone.
ENCOUNTER_MAX = 30


@dataclass(frozen=True)
class Span:
    """Records dated from `start` (inclusive) to `end` (exclusive), local time."""

    start: datetime | None = None
    end: datetime | None = None

    @classmethod
    def of_day(cls, day: date) -> "Span":
        start = timezone.make_aware(datetime.combine(day, datetime.min.time()))
        return cls(start, start + timedelta(days=1))

    def filter(self, field: str) -> dict:
        bounds = {}
        if self.start is not None:
            bounds[f"{field}__gte"] = self.start
        if self.end is not None:
            bounds[f"{field}__lt"] = self.end
        return bounds


@dataclass(frozen=True)
class ExchangeRow:
    kind: str
    giver_id: int
    receiver_id: int
    day: date
    source_id: int

    @property
    def key(self) -> tuple[str, int, int, int]:
        return (self.kind, self.source_id, self.giver_id, self.receiver_id)


Source = Callable[[Place, Span], Iterable[ExchangeRow]]
SOURCES: dict[str, Source] = {}


def exchange_source(kind: str) -> Callable[[Source], Source]:
    """Register the source of one kind of exchange (one source per kind)."""

    def register(source: Source) -> Source:
        SOURCES[kind] = source
        return source

    return register


def _day(moment: datetime) -> date:
    return timezone.localdate(moment)


@exchange_source(ExchangeKind.MATCH)
def done_matches(place: Place, span: Span) -> Iterator[ExchangeRow]:
    """Help that happened: the helper gave, the requester received."""
    matches = Match.objects.filter(
        place=place, state=MatchState.DONE, closed_at__isnull=False, **span.filter("closed_at")
    ).values_list("pk", "helper_id", "request__requester_id", "closed_at")
    for pk, helper, requester, closed_at in matches.iterator():
        if helper != requester:
            yield ExchangeRow(ExchangeKind.MATCH, helper, requester, _day(closed_at), pk)


@exchange_source(ExchangeKind.TRANSFER)
def peer_transfers(place: Place, span: Span) -> Iterator[ExchangeRow]:
    """A payment from one member's account to another's, booked and not undone: the payee
    did something for the payer. Earning from or spending at an organisation is no tie."""
    legs = (
        Entry.objects.filter(
            transfer__place=place,
            transfer__state=TransferState.COMMITTED,
            transfer__category__in=[Category.EARN, Category.SPEND],
            **span.filter("transfer__committed_at"),
        )
        .values_list(
            "transfer_id", "account__kind", "account__member_id", "amount", "transfer__committed_at"
        )
        .order_by("transfer_id")
    )
    by_transfer: dict[int, list] = defaultdict(list)
    for transfer, kind, member, amount, at in legs.iterator():
        by_transfer[transfer].append((kind, member, amount, at))
    for transfer, entries in by_transfer.items():
        if len(entries) != 2 or any(kind != AccountKind.MEMBER for kind, *_ in entries):
            continue
        (_, payer, _, at), (_, payee, _, _) = sorted(entries, key=lambda e: e[2])
        if payer != payee:
            yield ExchangeRow(ExchangeKind.TRANSFER, payee, payer, _day(at), transfer)


@exchange_source(ExchangeKind.ENCOUNTER)
def joint_attendance(place: Place, span: Span) -> Iterator[ExchangeRow]:
    """Everyone who was at the same event (of at most ENCOUNTER_MAX people) met."""
    events = (
        Event.objects.filter(place=place, starts_at__lte=timezone.now(), **span.filter("starts_at"))
        .annotate(people=Count("attendances"))
        .filter(people__gte=2, people__lte=ENCOUNTER_MAX)
        .values_list("pk", "starts_at")
    )
    starts = dict(events)
    attendees: dict[int, list[int]] = defaultdict(list)
    rows = Attendance.objects.filter(event_id__in=list(starts)).values_list("event_id", "member_id")
    for event, member in rows.iterator():
        attendees[event].append(member)
    for event, members in attendees.items():
        members.sort()
        day = _day(starts[event])
        for i, first in enumerate(members):
            for second in members[i + 1 :]:
                yield ExchangeRow(ExchangeKind.ENCOUNTER, first, second, day, event)


def exchanges_from_sources(place: Place, span: Span) -> Iterator[ExchangeRow]:
    for source in SOURCES.values():
        yield from source(place, span)
