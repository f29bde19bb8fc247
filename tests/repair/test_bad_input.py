"""Bad input at the repair café is refused with a message a person can act on, and
nothing is written."""

from datetime import timedelta

import pytest
from django.utils import timezone

from nabij.community import services as community
from nabij.community.choices import EventKind
from nabij.errors import DomainError
from nabij.repair import services
from nabij.repair.choices import Outcome
from nabij.repair.errors import RepairError
from nabij.repair.models import RepairItem

from .conftest import bring


def refused(code: RepairError, write) -> DomainError:
    before = list(RepairItem.objects.order_by("pk").values())
    with pytest.raises(DomainError) as caught:
        write()
    assert caught.value.code == code
    assert str(caught.value.message)
    assert list(RepairItem.objects.order_by("pk").values()) == before
    return caught.value


@pytest.mark.parametrize("grams", [0, -250])
def test_a_weight_of_zero_or_less_is_refused(cast, cafe, grams):
    error = refused(
        RepairError.WEIGHT_NOT_POSITIVE, lambda: bring(cast, cafe.today, weight_grams=grams)
    )
    assert error.field == "weight_grams"


def test_a_weight_in_kilograms_typed_as_grams_is_caught(cast, cafe):
    refused(RepairError.WEIGHT_TOO_LARGE, lambda: bring(cast, cafe.today, weight_grams=1_500_000))


def test_nothing_is_recorded_at_an_event_that_is_not_a_repair_cafe(cast, cafe):
    refused(RepairError.NOT_A_REPAIR_CAFE, lambda: bring(cast, cafe.meeting))


def test_nothing_is_recorded_at_another_places_session(cast, cafe):
    refused(
        RepairError.EVENT_OTHER_PLACE,
        lambda: services.item_record(
            actor=cast.worker,
            place=cast.rabot,
            event=cafe.school_session,
            category="toy",
            description="Pop",
            weight_grams=300,
        ),
    )


def test_nothing_is_recorded_ahead_of_a_session(cast):
    starts = timezone.now() + timedelta(days=3)
    later = community.event_create(
        actor=cast.worker,
        place=cast.rabot,
        title="Repair café",
        kind=EventKind.REPAIR_CAFE,
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
    )
    refused(RepairError.SESSION_NOT_STARTED, lambda: bring(cast, later))


def test_an_empty_description_or_unknown_category_is_refused(cast, cafe):
    refused(RepairError.DESCRIPTION_EMPTY, lambda: bring(cast, cafe.today, description="  "))
    refused(RepairError.CATEGORY_UNKNOWN, lambda: bring(cast, cafe.today, category="car"))


def test_the_owner_must_belong_to_the_place(cast, cafe):
    refused(RepairError.OWNER_NOT_HERE, lambda: bring(cast, cafe.today, owner=cast.pupil_parent))


def test_an_outcome_for_an_item_of_another_place_is_refused(cast, cafe):
    doll = services.item_record(
        actor=cast.school_worker,
        place=cast.school,
        event=cafe.school_session,
        category="toy",
        description="Pop",
        weight_grams=300,
    )
    refused(
        RepairError.ITEM_OTHER_PLACE,
        lambda: services.item_outcome_record(
            actor=cast.worker,
            place=cast.rabot,
            item=doll,
            outcome=Outcome.REPAIRED,
            fixer=cast.volunteer,
        ),
    )


def test_pending_is_not_an_outcome_a_fixer_records(cast, cafe):
    item = bring(cast, cafe.today)
    refused(
        RepairError.OUTCOME_UNKNOWN,
        lambda: services.item_outcome_record(
            actor=cast.worker,
            place=cast.rabot,
            item=item,
            outcome=Outcome.PENDING,
            fixer=cast.volunteer,
        ),
    )


def test_the_fixer_must_belong_to_the_place(cast, cafe):
    item = bring(cast, cafe.today)
    refused(
        RepairError.FIXER_NOT_HERE,
        lambda: services.item_outcome_record(
            actor=cast.worker,
            place=cast.rabot,
            item=item,
            outcome=Outcome.REPAIRED,
            fixer=cast.school_worker,
        ),
    )


@pytest.mark.parametrize("who", ["neighbour", "analyst", "shop", "school_worker"])
def test_only_staff_and_volunteers_of_the_place_record(cast, cafe, who):
    before = RepairItem.objects.count()
    with pytest.raises(DomainError):
        services.item_record(
            actor=getattr(cast, who),
            place=cast.rabot,
            event=cafe.today,
            category="toy",
            description="Pop",
            weight_grams=300,
        )
    assert RepairItem.objects.count() == before
