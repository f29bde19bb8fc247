"""A run whose thread died (a restart, a crash) stops blocking once it has been silent for
ten minutes: it counts as failed, and a new run can start."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from nabij.aid.models import BatchRun, BatchRunState, Match
from nabij.aid.models.batch import STALLED
from nabij.aid.services import batch_run
from tests.aid.conftest import ask

BATCH = reverse("aid:batch", args=["rabot"])


@pytest.fixture
def inline(monkeypatch):
    monkeypatch.setattr(batch_run, "run_in_background", False)


def silent_for(cast, minutes: float, *, state=BatchRunState.RUNNING) -> BatchRun:
    at = timezone.now() - timedelta(minutes=minutes)
    return BatchRun.objects.create(
        place=cast.rabot, state=state, done=2, total=9, created_at=at, updated_at=at
    )


@pytest.mark.parametrize("state", [BatchRunState.RUNNING, BatchRunState.QUEUED])
def test_a_run_silent_for_more_than_ten_minutes_counts_as_failed(cast, state):
    dead = silent_for(cast, 11, state=state)

    assert batch_run.batch_run_latest(cast.rabot) == dead
    dead.refresh_from_db()
    assert (dead.state, dead.error) == (BatchRunState.FAILED, STALLED)
    assert dead.finished_at is not None
    assert (dead.done, dead.total) == (2, 9)  # how far it got stays on record


def test_a_run_silent_for_less_is_still_at_work(cast):
    alive = silent_for(cast, 9)

    assert batch_run.batch_runs_expire(place=cast.rabot) == 0
    alive.refresh_from_db()
    assert alive.state == BatchRunState.RUNNING


def test_a_dead_run_does_not_block_a_new_one(cast, street, login, inline):
    dead = silent_for(cast, 11)
    ask(cast)

    login(cast.worker).post(BATCH)

    dead.refresh_from_db()
    assert dead.state == BatchRunState.FAILED
    assert BatchRun.objects.exclude(pk=dead.pk).get().state == BatchRunState.DONE


def test_a_live_run_blocks_a_new_one(cast, street, login, inline):
    alive = silent_for(cast, 9)
    ask(cast)

    login(cast.worker).post(BATCH)

    assert list(BatchRun.objects.all()) == [alive]


def test_the_page_says_a_watched_run_stopped_and_offers_to_start_again(cast, street, login):
    run = silent_for(cast, 5)
    client = login(cast.worker)
    assert "Bezig met koppelen" in client.get(BATCH).content.decode()
    BatchRun.objects.filter(pk=run.pk).update(updated_at=timezone.now() - timedelta(minutes=11))

    page = client.get(BATCH).content.decode()

    assert "meer dan tien minuten geen teken van leven" in page
    assert 'http-equiv="refresh"' not in page
    assert "Voorstellen maken voor alle open vragen" in page


def test_a_run_given_up_before_it_began_does_not_begin_after_all(cast, street):
    ask(cast)
    begun = batch_run.batch_run_begin(actor=cast.worker, place=cast.rabot)
    BatchRun.objects.filter(pk=begun.run.pk).update(
        updated_at=timezone.now() - timedelta(minutes=11)
    )
    batch_run.batch_runs_expire(place=cast.rabot)

    run = batch_run.batch_run_execute(run=begun.run, actor=cast.worker, place=cast.rabot)

    assert (run.state, run.error) == (BatchRunState.FAILED, STALLED)
    assert not Match.objects.exists()
