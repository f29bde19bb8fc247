"""A run started from the page works in a thread of its own, with its own connection, and
the page reads its row: real commits here, so the thread sees what the test wrote."""

import pytest

from nabij.aid.choices import MatchSource
from nabij.aid.models import BatchRun, BatchRunState, Match
from nabij.aid.services import batch_run
from tests.aid.conftest import ask

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_run_started_in_the_background_finishes_and_records_its_result(cast, street):
    request = ask(cast)

    begun = batch_run.batch_run_start(actor=cast.worker, place=cast.rabot)
    assert begun.started and begun.thread is not None
    begun.thread.join(timeout=120)

    assert not begun.thread.is_alive()
    run = BatchRun.objects.get()
    assert run.state == BatchRunState.DONE, run.error
    assert (run.done, run.total) == (1, 1)
    assert Match.objects.get(source=MatchSource.BATCH).request == request
