"""Eight people book the same bike for overlapping days at the same moment: exactly one
gets it, the seven others are told it is taken, and the calendar holds one booking."""

import pytest
from django.db import connection

from nabij.community.choices import RoleKind
from nabij.community.models import Member, Role
from nabij.sharing import services
from nabij.sharing.errors import SharingError
from nabij.sharing.models import Reservation
from tests.at_once import at_once

from .conftest import day

pytestmark = [
    # Starts 8 processes (from a fork server, see at_once).
    pytest.mark.isolated,
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL"),
]
PEOPLE = 8


def book(place, item, member, starts, ends):
    return services.reservation_book(
        actor=member, place=place, item=item, member=member, starts_at=starts, ends_at=ends
    ).pk


def test_eight_bookings_at_once_one_wins(transactional_db, cast, library):
    people = [cast.neighbour, cast.volunteer]
    for n in range(PEOPLE - len(people)):
        member = Member.objects.create(
            place=cast.rabot,
            display_name=f"Buur {n}",
            created_at=cast.rabot.created_at,
            updated_at=cast.rabot.created_at,
        )
        Role.objects.create(
            place=cast.rabot, member=member, kind=RoleKind.RESIDENT, since=cast.rabot.created_at
        )
        people.append(member)
    # Every period overlaps every other: they start on day 1, 2 or 3 and last three days.
    calls = [
        (cast.rabot, library.bike, member, day(1 + i % 3), day(4 + i % 3))
        for i, member in enumerate(people)
    ]

    outcomes = at_once(book, calls)

    won = [o for o in outcomes if isinstance(o, int)]
    assert len(won) == 1, outcomes
    assert sorted(o for o in outcomes if not isinstance(o, int)) == [SharingError.OVERLAP] * 7
    assert list(Reservation.objects.values_list("pk", flat=True)) == won
