"""What the community tests add to the cast: Rabot's groups and events, and a pairing."""

from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.utils import timezone

from nabij.community import services
from nabij.community.choices import Bond, CommunityKind, EventKind
from nabij.community.models import Buddy, Event, Group


@dataclass
class Life:
    """Rabot's everyday life: the repair café group and its next session."""

    group: Group
    event: Event


@pytest.fixture
def life(cast) -> Life:
    group = services.group_create(
        actor=cast.worker,
        place=cast.rabot,
        name="Repair café Rabot",
        kind=CommunityKind.LIGHT,
        bond=Bond.MEETING_PLACE,
    )
    starts = timezone.now() + timedelta(days=3)
    event = services.event_create(
        actor=cast.worker,
        place=cast.rabot,
        title="Repair café in de Rabotzaal",
        kind=EventKind.REPAIR_CAFE,
        starts_at=starts,
        ends_at=starts + timedelta(hours=3),
        group=group,
    )
    return Life(group=group, event=event)


@pytest.fixture
def paired(cast) -> Buddy:
    """Sara paired Youssef (volunteer) with Amina: he may open her contact card."""
    return services.buddy_link(
        actor=cast.worker, place=cast.rabot, volunteer=cast.volunteer, member=cast.resident
    )
