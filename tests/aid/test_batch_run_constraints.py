"""The database keeps batch runs honest, whoever writes them."""

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from nabij.aid.models import BatchRun, BatchRunState


def run(place, state=BatchRunState.RUNNING, **fields) -> BatchRun:
    now = timezone.now()
    if state in (BatchRunState.DONE, BatchRunState.FAILED):
        fields.setdefault("finished_at", now)
    return BatchRun.objects.create(
        place=place, state=state, created_at=now, updated_at=now, **fields
    )


@pytest.mark.parametrize("second", [BatchRunState.QUEUED, BatchRunState.RUNNING])
def test_a_place_has_at_most_one_run_at_work(cast, second):
    run(cast.rabot, BatchRunState.RUNNING)

    with pytest.raises(IntegrityError), transaction.atomic():
        run(cast.rabot, second)


def test_finished_runs_do_not_count_and_places_do_not_share(cast):
    run(cast.rabot, BatchRunState.DONE)
    run(cast.rabot, BatchRunState.FAILED)
    run(cast.rabot, BatchRunState.QUEUED)
    run(cast.school, BatchRunState.RUNNING)

    assert BatchRun.objects.count() == 4


def test_a_run_never_does_more_than_its_total(cast):
    with pytest.raises(IntegrityError), transaction.atomic():
        run(cast.rabot, done=11, total=10)


def test_a_run_that_ended_has_an_end_and_one_at_work_has_none(cast):
    with pytest.raises(IntegrityError), transaction.atomic():
        run(cast.rabot, BatchRunState.DONE, finished_at=None)
    with pytest.raises(IntegrityError), transaction.atomic():
        run(cast.rabot, BatchRunState.RUNNING, finished_at=timezone.now())


def test_a_state_must_be_known(cast):
    with pytest.raises(IntegrityError), transaction.atomic():
        run(cast.rabot, "paused")
