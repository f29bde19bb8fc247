"""Run the same service in many processes at the same moment, each with its own
PostgreSQL connection to the test database (which the test must have committed to:
use the `transactional_db` fixture).

The processes are not forked from the test run itself but from a fork server: a fresh
interpreter that only imported this module (and so set Django up). A child forked from a
pytest worker inherits everything earlier tests left in it: the sockets of connections
that other threads still hold (closing the connections before forking reaches only this
thread's), threads and their locks, half-finished state. A child of the fork server
inherits none of that. `work` and its arguments travel by pickle: `work` must be a
module-level function, and the arguments model instances or other plain values.
"""

import multiprocessing
import traceback
from collections.abc import Callable, Sequence
from typing import Any

import django
from django.apps import apps

if not apps.ready:  # imported by the fork server, a fresh interpreter
    django.setup()

from django.db import connections

from nabij.errors import DomainError


def _child(work, args, barrier, results, index, database) -> None:
    connections["default"].settings_dict["NAME"] = database
    try:
        barrier.wait(timeout=60)
        outcome: Any = work(*args)
    except DomainError as refused:
        outcome = refused.code
    except BaseException:  # reported to the parent, which fails the test
        outcome = RuntimeError(traceback.format_exc())
    finally:
        connections.close_all()
    results.put((index, outcome))


def at_once(work: Callable, calls: Sequence[tuple], *, timeout: float = 120) -> list[Any]:
    """Call `work(*args)` for every args in `calls`, each in its own process, released
    together by a barrier. Returns what each returned, or the code of its DomainError."""
    database = connections["default"].settings_dict["NAME"]
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([__name__])  # read when the fork server starts
    barrier = context.Barrier(len(calls))
    results = context.Queue()
    processes = [
        context.Process(target=_child, args=(work, args, barrier, results, i, database))
        for i, args in enumerate(calls)
    ]
    for process in processes:
        process.start()
    outcomes: dict[int, Any] = {}
    for _ in processes:
        index, outcome = results.get(timeout=timeout)  # a child that died says nothing
        outcomes[index] = outcome
    for process in processes:
        process.join(timeout=timeout)
    crashed = [o for o in outcomes.values() if isinstance(o, RuntimeError)]
    assert not crashed, crashed[0]
    return [outcomes[i] for i in range(len(calls))]
