"""What insight adds to the cast: a way to give Rabot a history of exchanges.

Loans of shared goods have no app of their own yet, so the `history` fixture registers a
loan source (the extension point in nabij.insight.sources) that reads from a list: a test
writes "Jef lent Amina a drill on 3 March" as `history.lend(jef, amina, day)`, and
refreshing the metrics picks it up as a real source would. Events are real events.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

import pytest
from django.utils import timezone

from nabij.community.choices import EventKind, RoleKind
from nabij.community.models import Attendance, Event, Group, GroupMembership, Member, Place, Role
from nabij.insight.choices import ExchangeKind
from nabij.insight.services import metrics_refresh
from nabij.insight.sources import SOURCES, ExchangeRow, Span, exchange_source
from tests.aid.conftest import street  # noqa: F401 (Rabot's streets and offers, a fixture)
from tests.ledger.conftest import books  # noqa: F401 (Rabot's currency, a fixture)

TODAY = date(2026, 6, 15)


def moment(day: date, hour: int = 14) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(hour)))


def neighbour(place: Place, name: str, **fields) -> Member:
    """One more resident of the place."""
    now = timezone.now()
    member = Member.objects.create(
        place=place, display_name=name, created_at=now, updated_at=now, **fields
    )
    Role.objects.create(place=place, member=member, kind=RoleKind.RESIDENT, since=now)
    return member


@dataclass
class History:
    place: Place
    loans: list[ExchangeRow] = field(default_factory=list)

    def lend(self, lender: Member, borrower: Member, day: date) -> None:
        self.loans.append(
            ExchangeRow(ExchangeKind.LOAN, lender.pk, borrower.pk, day, len(self.loans) + 1)
        )

    def meet(self, *members: Member, day: date, place: Place | None = None) -> Event:
        event = Event.objects.create(
            place=place or self.place,
            title=f"Buurtsoep {day}",
            kind=EventKind.MEETING,
            starts_at=moment(day, 18),
            ends_at=moment(day, 20),
        )
        Attendance.objects.bulk_create(
            Attendance(place=event.place, event=event, member=m) for m in members
        )
        return event

    def refresh(self, day: date | None = None, place: Place | None = None):
        return metrics_refresh(place=place or self.place, day=day)


@pytest.fixture
def history(cast):
    found = History(place=cast.rabot)

    def loans(place: Place, span: Span):
        first = timezone.localdate(span.start) if span.start else date.min
        end = timezone.localdate(span.end) if span.end else date.max
        return [row for row in found.loans if place.pk == found.place.pk and first <= row.day < end]

    # Stands in for the library of things' own source, which is put back afterwards.
    real = SOURCES.get(ExchangeKind.LOAN)
    exchange_source(ExchangeKind.LOAN)(loans)
    yield found
    if real is None:
        SOURCES.pop(ExchangeKind.LOAN, None)
    else:
        SOURCES[ExchangeKind.LOAN] = real


def group_of(place: Place, name: str, *members: Member) -> Group:
    group = Group.objects.create(
        place=place, name=name, kind="light", bond="meeting_place", created_at=timezone.now()
    )
    GroupMembership.objects.bulk_create(
        GroupMembership(place=place, group=group, member=m, since=timezone.now()) for m in members
    )
    return group


def days(start: date, n: int) -> list[date]:
    return [start + timedelta(days=i) for i in range(n)]


def crowd(place: Place, prefix: str, n: int, **fields) -> list[Member]:
    """`n` more residents named prefix0, prefix1, ..."""
    return [neighbour(place, f"{prefix}{i}", **fields) for i in range(n)]
