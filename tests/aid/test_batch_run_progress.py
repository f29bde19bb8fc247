"""A run's progress reaches its row while it works: written in short transactions of its
own, not on every tick, and never inside the batch's own transaction (where nobody else
could see it before the end)."""

import pytest
from django.db import transaction
from django.utils import timezone

from nabij.aid.models import BatchRun, BatchRunState, BatchRunStep
from nabij.aid.services import batch_run
from nabij.aid.services.batch_run import ProgressWriter
from tests.aid.conftest import ask, resident


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def a_run(cast, state=BatchRunState.RUNNING) -> BatchRun:
    now = timezone.now()
    ended = now if state in (BatchRunState.DONE, BatchRunState.FAILED) else None
    return BatchRun.objects.create(
        place=cast.rabot, state=state, created_at=now, updated_at=now, finished_at=ended
    )


def on_record(run: BatchRun) -> tuple[int, int]:
    run.refresh_from_db()
    return run.done, run.total


@pytest.fixture
def clock() -> Clock:
    return Clock()


def test_the_first_tick_records_the_total(cast, clock):
    run = a_run(cast)
    before = run.updated_at

    ProgressWriter(run, clock=clock)(0, 1000)

    assert on_record(run) == (0, 1000)
    assert run.updated_at > before  # a sign of life for the stale rule


def test_small_steps_close_together_are_not_written(cast, clock):
    run = a_run(cast)
    write = ProgressWriter(run, clock=clock)
    write(0, 1000)

    write(5, 1000)
    assert on_record(run) == (0, 1000)

    clock.now += 0.6
    write(6, 1000)
    assert on_record(run) == (6, 1000)


def test_a_step_of_two_percent_is_written_at_once(cast, clock):
    run = a_run(cast)
    write = ProgressWriter(run, clock=clock)
    write(0, 1000)

    write(20, 1000)

    assert on_record(run) == (20, 1000)


def test_the_last_tick_is_always_written(cast, clock):
    run = a_run(cast)
    write = ProgressWriter(run, clock=clock)
    write(999, 1000)

    write(1000, 1000)

    assert on_record(run) == (1000, 1000)


def test_nothing_is_written_inside_a_transaction_opened_after_the_start(cast, clock):
    run = a_run(cast)
    write = ProgressWriter(run, clock=clock)
    write(0, 1000)

    with transaction.atomic():
        clock.now += 1
        write(500, 1000)
        assert on_record(run) == (0, 1000)
    clock.now += 1
    write(600, 1000)

    assert on_record(run) == (600, 1000)


def test_a_new_step_is_written_at_once(cast, clock):
    run = a_run(cast)
    write = ProgressWriter(run, clock=clock)
    write(500, 1000, BatchRunStep.WEIGHING)

    write(501, 1000, BatchRunStep.ASSIGNING)

    run.refresh_from_db()
    assert (run.step, run.done) == (BatchRunStep.ASSIGNING, 501)


def test_every_tick_reaches_a_listener(cast, clock):
    seen = []
    write = ProgressWriter(
        a_run(cast), also=lambda done, total, step: seen.append(done), clock=clock
    )

    for done in (0, 1, 2, 3):
        write(done, 1000)

    assert seen == [0, 1, 2, 3]


def test_a_finished_run_takes_no_more_progress(cast, clock):
    run = a_run(cast, state=BatchRunState.DONE)

    ProgressWriter(run, clock=clock)(3, 10)

    assert on_record(run) == (0, 0)


def test_a_run_records_the_batch_result_when_it_ends(cast, street):
    kwame = resident(cast.rabot, "Kwame", sector="Torens Rabot", languages=("fr",))
    hana = resident(cast.rabot, "Hana", sector="Rabotstraat", languages=("so",))
    ask(cast)
    ask(cast, kwame)
    unplaceable = ask(cast, hana)  # nobody speaks Somali
    seen = []
    begun = batch_run.batch_run_begin(actor=cast.worker, place=cast.rabot)

    run = batch_run.batch_run_execute(
        run=begun.run,
        actor=cast.worker,
        place=cast.rabot,
        progress=lambda done, total, step: seen.append((done, total)),
    )

    assert run.state == BatchRunState.DONE
    assert (run.done, run.total) == (3, 3)
    assert run.result["requests"] == 3
    assert run.result["proposed"] == 2
    assert run.result["unmatched"] == [unplaceable.pk]
    assert run.finished_at is not None
    assert seen[0] == (0, 3) and seen[-1] == (3, 3)
