"""Rabot's repair café: a session today in the Rabotzaal, and a neighbours' meeting that is
not a repair café. The school runs its own repair café, so a place can be crossed."""

from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.utils import timezone

from nabij.community import services as community
from nabij.community.choices import EventKind
from nabij.community.models import Event
from nabij.repair import services
from nabij.repair.choices import ItemCategory
from nabij.repair.models import RepairItem


@dataclass
class Cafe:
    today: Event  # Rabot's session, under way
    meeting: Event  # a neighbours' meeting in Rabot, not a repair café
    school_session: Event  # De Regenboog's own repair café, today


def _event(actor, place, title: str, kind: str, starts) -> Event:
    return community.event_create(
        actor=actor,
        place=place,
        title=title,
        kind=kind,
        starts_at=starts,
        ends_at=starts + timedelta(hours=3),
    )


@pytest.fixture
def cafe(cast) -> Cafe:
    started = timezone.now() - timedelta(hours=1)
    return Cafe(
        today=_event(cast.worker, cast.rabot, "Repair café", EventKind.REPAIR_CAFE, started),
        meeting=_event(cast.worker, cast.rabot, "Buurtvergadering", EventKind.MEETING, started),
        school_session=_event(
            cast.school_worker, cast.school, "Repair café op school", EventKind.REPAIR_CAFE, started
        ),
    )


def bring(cast, event: Event, **fields) -> RepairItem:
    """Youssef, at the door, writes down an item (a toaster unless told otherwise)."""
    values = {
        "category": ItemCategory.ELECTRICAL,
        "description": "Broodrooster",
        "weight_grams": 1500,
    }
    return services.item_record(
        actor=cast.volunteer, place=event.place, event=event, **{**values, **fields}
    )
