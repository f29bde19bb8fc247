"""A request nobody took on within a set number of days becomes an unmet need: the signal
a worker brings to policy makers."""

from datetime import timedelta

from django.utils import timezone

from nabij.aid import services
from nabij.aid.selectors import requests_open
from tests.aid.conftest import approved, ask, propose


def flag(cast, **kwargs) -> int:
    return services.requests_flag_unmet(place=cast.rabot, **kwargs)


def test_a_request_waiting_longer_than_the_limit_is_flagged(cast, street):
    now = timezone.now()
    old = ask(cast, now=now - timedelta(days=15))
    recent = ask(cast, now=now - timedelta(days=3))

    assert flag(cast, days=14, now=now) == 1

    old.refresh_from_db()
    recent.refresh_from_db()
    assert old.unmet_since == now
    assert recent.unmet_since is None
    assert list(requests_open(cast.rabot, unmet_only=True)) == [old]


def test_the_limit_can_be_set(cast, street):
    now = timezone.now()
    ask(cast, now=now - timedelta(days=3))

    assert flag(cast, days=7, now=now) == 0
    assert flag(cast, days=2, now=now) == 1


def test_a_request_someone_is_helping_with_is_not_unmet(cast, street):
    now = timezone.now()
    request = ask(cast, now=now - timedelta(days=20))
    approved(cast, request, cast.volunteer)

    assert flag(cast, now=now) == 0


def test_a_proposal_nobody_approved_is_not_help(cast, street):
    now = timezone.now()
    request = ask(cast, now=now - timedelta(days=20))
    propose(cast, request, cast.volunteer)

    assert flag(cast, now=now) == 1


def test_a_closed_request_is_not_unmet(cast, street):
    now = timezone.now()
    request = ask(cast, now=now - timedelta(days=20))
    services.request_close(actor=cast.worker, place=cast.rabot, request=request)

    assert flag(cast, now=now) == 0


def test_a_flagged_request_keeps_the_date_it_was_first_flagged(cast, street):
    now = timezone.now()
    request = ask(cast, now=now - timedelta(days=20))
    flag(cast, now=now - timedelta(days=5))

    assert flag(cast, now=now) == 0
    request.refresh_from_db()
    assert request.unmet_since == now - timedelta(days=5)


def test_only_the_places_own_requests_are_flagged(cast, street):
    now = timezone.now()
    ask(cast, now=now - timedelta(days=20))

    assert services.requests_flag_unmet(place=cast.school, now=now) == 0
