"""Rabot's library of things: Jef lends his drill, Buurtwerk lends a cargo bike."""

from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest
from django.utils import timezone
from django.utils.html import escape

from nabij.community.choices import OrganisationKind
from nabij.community.models import Organisation, OrganisationPlace
from nabij.sharing import services
from nabij.sharing.choices import Category, Condition
from nabij.sharing.forms import day_start
from nabij.sharing.models import Item, Loan, Reservation, WaitingEntry


@dataclass
class Library:
    drill: Item  # Jef's drill, € 20 deposit
    bike: Item  # Buurtwerk's cargo bike
    buurtwerk: Organisation


def day(offset: int) -> datetime:
    """Local midnight, `offset` days from today."""
    return day_start(timezone.localdate() + timedelta(days=offset))


def counts() -> tuple[int, int, int, int]:
    return (
        Item.objects.count(),
        Reservation.objects.count(),
        Loan.objects.count(),
        WaitingEntry.objects.count(),
    )


@pytest.fixture
def library(cast) -> Library:
    buurtwerk = Organisation.objects.create(name="Buurtwerk Rabot", kind=OrganisationKind.NONPROFIT)
    OrganisationPlace.objects.create(place=cast.rabot, organisation=buurtwerk)
    drill = services.item_register(
        actor=cast.worker,
        place=cast.rabot,
        owner_member=cast.neighbour,
        name="Boormachine",
        category=Category.TOOLS,
        condition=Condition.GOOD,
        rules="Boortjes proper terug in de doos.",
        pickup_location="Buurthuis, Rabotstraat 12",
        deposit_cents=2000,
    )
    bike = services.item_register(
        actor=cast.worker,
        place=cast.rabot,
        owner_organisation=buurtwerk,
        name="Bakfiets",
        category=Category.MOBILITY,
        condition=Condition.USED,
    )
    return Library(drill=drill, bike=bike, buurtwerk=buurtwerk)


def says(response, code) -> bool:
    """The page shows the refusal's message (as HTML escapes it)."""
    return escape(str(code.message)) in response.content.decode()
