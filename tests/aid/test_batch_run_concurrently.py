"""Two workers press "start" for the same place at the same moment: one run starts, and
the other worker is shown that run; the database's one-run-per-place rule decides.

Real concurrency needs real connections: two threads, each with its own PostgreSQL
connection, released together by a barrier. SQLite runs one writer at a time anyway.
"""

import threading

import pytest
from django.db import connection

from nabij.aid.models import BatchRun
from nabij.aid.services.batch_run import BatchRunStart, batch_run_begin

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL"),
]


def test_starting_twice_at_once_starts_one_run(cast):
    barrier = threading.Barrier(2)
    outcomes: dict[str, object] = {}

    def start(name, worker):
        try:
            barrier.wait(timeout=10)
            outcomes[name] = batch_run_begin(actor=worker, place=cast.rabot)
        except Exception as error:  # reported by the assertion below
            outcomes[name] = error
        finally:
            connection.close()  # this thread's own connection

    threads = [
        threading.Thread(target=start, args=("Sara", cast.worker)),
        threading.Thread(target=start, args=("Koen", cast.admin)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert all(isinstance(o, BatchRunStart) for o in outcomes.values()), outcomes
    assert sorted(o.started for o in outcomes.values()) == [False, True]
    run = BatchRun.objects.get()
    assert {o.run.pk for o in outcomes.values()} == {run.pk}
