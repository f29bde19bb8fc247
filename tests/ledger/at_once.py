"""Run the same service in many processes at the same moment, each with its own
PostgreSQL connection to the test database (which the test must have committed to:
use the `transactional_db` fixture)."""

import multiprocessing
import traceback
from collections.abc import Callable, Sequence
from typing import Any

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
    # A forked child must not share the parent's socket: it opens its own connection.
    connections.close_all()
    context = multiprocessing.get_context("fork")
    barrier = context.Barrier(len(calls))
    results = context.SimpleQueue()
    processes = [
        context.Process(target=_child, args=(work, args, barrier, results, i, database))
        for i, args in enumerate(calls)
    ]
    for process in processes:
        process.start()
    outcomes: dict[int, Any] = {}
    for _ in processes:
        index, outcome = results.get()
        outcomes[index] = outcome
    for process in processes:
        process.join(timeout=timeout)
    crashed = [o for o in outcomes.values() if isinstance(o, RuntimeError)]
    assert not crashed, crashed[0]
    return [outcomes[i] for i in range(len(calls))]
