"""Two workers approve the same proposal at the same moment, from two browsers: exactly one
approval goes through, the other is refused, and the helper's capacity is taken once.

Real concurrency needs real connections: two threads, each with its own PostgreSQL
connection, released together by a barrier. SQLite runs one writer at a time anyway.
"""

import threading

import pytest
from django.db import connection

from nabij.aid import services
from nabij.aid.choices import MatchState
from nabij.aid.errors import AidError
from nabij.aid.models import Match, Notification, Offer
from nabij.errors import DomainError
from tests.aid.conftest import ask, assert_open_matches_true, propose

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL"),
]


def test_approving_twice_at_once_takes_the_helper_once(cast, street):
    match = propose(cast, ask(cast), cast.volunteer)
    before = Offer.objects.get(pk=street.youssef.pk).open_matches
    barrier = threading.Barrier(2)
    outcomes: dict[str, object] = {}

    def approve(worker_name, worker):
        try:
            barrier.wait(timeout=10)
            outcomes[worker_name] = services.match_approve(
                actor=worker, place=cast.rabot, match=Match.objects.get(pk=match.pk)
            )
        except DomainError as error:
            outcomes[worker_name] = error
        finally:
            connection.close()  # this thread's own connection

    threads = [
        threading.Thread(target=approve, args=("Sara", cast.worker)),
        threading.Thread(target=approve, args=("Koen", cast.admin)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    approvals = [o for o in outcomes.values() if isinstance(o, Match)]
    refusals = [o for o in outcomes.values() if isinstance(o, DomainError)]
    assert len(approvals) == 1, outcomes
    assert [r.code for r in refusals] == [AidError.ALREADY_APPROVED]
    assert Offer.objects.get(pk=street.youssef.pk).open_matches == before + 1
    assert Match.objects.get(pk=match.pk).state == MatchState.APPROVED
    assert Notification.objects.filter(member=cast.volunteer, kind="match_approved").count() == 1
    assert_open_matches_true()
