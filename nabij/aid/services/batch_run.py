"""A batch run that a page can follow: batch_propose in a thread of its own, its progress
and outcome in a BatchRun row that the page reads on every refresh.

One run at a time per place (a database constraint); a run whose thread died (a restart,
a crash) stops blocking once it has been silent for STALE_AFTER.
"""

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime

from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from nabij.aid.matching import Weights
from nabij.aid.models import ACTIVE_RUN_STATES, BatchRun, BatchRunState, BatchRunStep
from nabij.aid.models.batch import STALE_AFTER, STALLED
from nabij.community.models import Member, Place
from nabij.errors import DomainError

from .batch import Progress, batch_propose
from .common import now_or, require_staff

logger = logging.getLogger(__name__)

# Tests set this to False to run in the request; a caller inside a transaction runs
# there anyway (see batch_run_start).
run_in_background = True

# A page refreshes every 2 s: writing progress more often than this only adds writes.
WRITE_SHARE = 0.02
WRITE_INTERVAL_S = 0.5


@dataclass(frozen=True)
class BatchRunStart:
    run: BatchRun
    started: bool  # False: another run of the place was still going, and `run` is that one
    thread: threading.Thread | None = None  # the worker thread, if one was started


class ProgressWriter:
    """The progress callback of a run: writes done/total to its row, each write its own
    short transaction, at most every WRITE_SHARE of the total or WRITE_INTERVAL_S."""

    def __init__(
        self,
        run: BatchRun,
        *,
        also: Progress | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.run = run
        self.also = also
        self.clock = clock
        self.written: tuple[int, float, str] | None = None  # (done, clock, step) last written
        # Inside a transaction opened after this point (batch_propose writes its proposals
        # in one), a write would show only at its commit and keep the row locked till then.
        self.depth = len(connection.atomic_blocks)

    def due(self, done: int, total: int, step: str) -> bool:
        if self.written is None or done >= total:
            return True
        last_done, last_at, last_step = self.written
        return (
            step != last_step
            or done - last_done >= max(1, total * WRITE_SHARE)
            or self.clock() - last_at >= WRITE_INTERVAL_S
        )

    def __call__(self, done: int, total: int, step: str = BatchRunStep.WEIGHING) -> None:
        if self.also is not None:
            self.also(done, total, step)
        if len(connection.atomic_blocks) > self.depth or not self.due(done, total, step):
            return
        BatchRun.objects.filter(pk=self.run.pk, state=BatchRunState.RUNNING).update(
            done=done, total=total, step=step, updated_at=timezone.now()
        )
        self.written = (done, self.clock(), step)


def batch_runs_expire(*, place: Place, now: datetime | None = None) -> int:
    """Runs silent for longer than STALE_AFTER died with their thread: mark them failed,
    so they no longer block a new run. Returns how many."""
    now = now_or(now)
    return BatchRun.objects.filter(
        place=place, state__in=ACTIVE_RUN_STATES, updated_at__lt=now - STALE_AFTER
    ).update(state=BatchRunState.FAILED, error=STALLED, finished_at=now)


def batch_run_latest(place: Place, *, now: datetime | None = None) -> BatchRun | None:
    """The place's most recent run, a dead one already marked failed."""
    now = now_or(now)
    run = BatchRun.objects.filter(place=place).select_related("started_by").first()
    if run is not None and run.stale(now):
        batch_runs_expire(place=place, now=now)
        run.refresh_from_db()
    return run


def batch_run_begin(*, actor: Member, place: Place, now: datetime | None = None) -> BatchRunStart:
    """A queued run for the place, or the run still going if there is one."""
    now = now_or(now)
    require_staff(actor, place)
    batch_runs_expire(place=place, now=now)
    # Twice: the active run may finish between our insert failing and our reading it.
    for _attempt in range(2):
        try:
            with transaction.atomic():
                run = BatchRun.objects.create(
                    place=place, started_by=actor, created_at=now, updated_at=now
                )
            return BatchRunStart(run=run, started=True)
        except IntegrityError:
            active = BatchRun.objects.filter(place=place, state__in=ACTIVE_RUN_STATES).first()
            if active is not None:
                return BatchRunStart(run=active, started=False)
    raise RuntimeError("no batch run could be started or found")


def batch_run_execute(
    *,
    run: BatchRun,
    actor: Member,
    place: Place,
    weights: Weights | None = None,
    progress: Progress | None = None,
) -> BatchRun:
    """Run batch_propose for a queued run, here and now, and record how it ended. A failure
    is recorded, not raised: batch_propose changed nothing then. An interrupt is recorded
    and raised again."""
    started = BatchRun.objects.filter(pk=run.pk, state=BatchRunState.QUEUED).update(
        state=BatchRunState.RUNNING, updated_at=timezone.now()
    )
    if not started:  # given up as stale before it could begin: another run may be going
        run.refresh_from_db()
        return run
    try:
        result = batch_propose(
            actor=actor,
            place=place,
            weights=weights,
            progress=ProgressWriter(run, also=progress),
        )
    except BaseException as error:
        if isinstance(error, DomainError):
            logger.warning("batch run %s of place %s refused: %s", run.pk, place.slug, error)
        else:
            logger.exception("batch run %s of place %s failed", run.pk, place.slug)
        _finish(run, state=BatchRunState.FAILED, error=f"{type(error).__name__}: {error}")
        if not isinstance(error, Exception):
            raise
    else:
        _finish(run, state=BatchRunState.DONE, result=asdict(result), done=result.requests)
    run.refresh_from_db()
    return run


def _finish(run: BatchRun, *, state: BatchRunState, done: int | None = None, **fields) -> None:
    now = timezone.now()
    counts = {"done": done, "total": done} if done is not None else {}
    BatchRun.objects.filter(pk=run.pk).update(
        state=state, updated_at=now, finished_at=now, **counts, **fields
    )


def _work(run: BatchRun, actor: Member, place: Place, weights: Weights | None) -> None:
    try:
        batch_run_execute(run=run, actor=actor, place=place, weights=weights)
    finally:
        # The thread's own connection: nobody else would ever close it.
        connection.close()


def batch_run_start(
    *,
    actor: Member,
    place: Place,
    weights: Weights | None = None,
    now: datetime | None = None,
) -> BatchRunStart:
    """Start a run in a thread of its own and return at once; the page follows its row.
    If the place has a run going already, that run comes back and nothing starts."""
    begun = batch_run_begin(actor=actor, place=place, now=now)
    if not begun.started:
        return begun
    # A thread has its own connection and sees only committed rows: a caller inside a
    # transaction (a test, for one) runs the batch itself.
    if not run_in_background or connection.in_atomic_block:
        run = batch_run_execute(run=begun.run, actor=actor, place=place, weights=weights)
        return BatchRunStart(run=run, started=True)
    thread = threading.Thread(
        target=_work,
        args=(begun.run, actor, place, weights),
        name=f"batch-run-{begun.run.pk}",
        daemon=True,
    )
    thread.start()
    return BatchRunStart(run=begun.run, started=True, thread=thread)
