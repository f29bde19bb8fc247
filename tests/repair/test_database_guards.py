"""The database keeps the repair café's rules too: these writes go around the services,
straight through the ORM, and are refused."""

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from nabij.repair.choices import Outcome
from nabij.repair.models import RepairItem

from .conftest import bring


def refused(write) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        write()


def row(cast, event, **fields) -> RepairItem:
    values = {
        "place": cast.rabot,
        "event": event,
        "category": "electrical",
        "description": "Broodrooster",
        "weight_grams": 1500,
        "recorded_at": timezone.now(),
    }
    return RepairItem.objects.create(**{**values, **fields})


def test_a_row_like_the_service_writes_is_accepted(cast, cafe):
    assert row(cast, cafe.today, owner=cast.resident).pk


@pytest.mark.parametrize("grams", [0, -1])
def test_weight_must_be_more_than_zero(cast, cafe, grams):
    refused(lambda: row(cast, cafe.today, weight_grams=grams))


def test_outcome_and_category_are_known_values(cast, cafe):
    refused(lambda: row(cast, cafe.today, category="car"))
    refused(lambda: row(cast, cafe.today, outcome="lost"))


def test_an_outcome_comes_with_its_fixer_and_time(cast, cafe):
    refused(lambda: row(cast, cafe.today, outcome=Outcome.REPAIRED))
    refused(lambda: row(cast, cafe.today, fixer=cast.volunteer))


def test_an_item_is_recorded_only_at_a_repair_cafe(cast, cafe):
    refused(lambda: row(cast, cafe.meeting))


def test_an_item_is_recorded_only_at_a_session_of_its_own_place(cast, cafe):
    refused(lambda: row(cast, cafe.school_session))


def test_the_owner_and_fixer_belong_to_the_items_place(cast, cafe):
    refused(lambda: row(cast, cafe.today, owner=cast.pupil_parent))
    item = bring(cast, cafe.today)
    refused(
        lambda: RepairItem.objects.filter(pk=item.pk).update(
            outcome=Outcome.REPAIRED, fixer=cast.school_worker, outcome_at=timezone.now()
        )
    )
