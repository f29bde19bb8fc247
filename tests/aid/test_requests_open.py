"""The worker's list of open requests: most urgent first, then who waited longest."""

import pytest
from django.http import Http404
from django.utils import timezone

from nabij.aid import services
from nabij.aid.choices import HelpType, Urgency
from nabij.aid.selectors import request_for_staff, requests_open
from tests.aid.conftest import approved, ask, days_ago


def test_most_urgent_first_then_longest_waiting(cast, street):
    recent = ask(cast, now=days_ago(1))
    older = ask(cast, now=days_ago(5))
    urgent = ask(cast, urgency=Urgency.URGENT, now=timezone.now())

    assert list(requests_open(cast.rabot)) == [urgent, older, recent]


def test_placed_and_closed_requests_are_not_open(cast, street):
    waiting = ask(cast)
    approved(cast, ask(cast), cast.volunteer)
    services.request_close(actor=cast.worker, place=cast.rabot, request=ask(cast))

    assert list(requests_open(cast.rabot)) == [waiting]


def test_filtered_by_kind_of_help_and_unmet_need(cast, street):
    groceries = ask(cast, now=days_ago(30))
    visit = ask(cast, help_type=HelpType.VISIT)
    services.requests_flag_unmet(place=cast.rabot)

    assert list(requests_open(cast.rabot, help_type=HelpType.VISIT)) == [visit]
    assert list(requests_open(cast.rabot, unmet_only=True)) == [groceries]


def test_a_request_of_another_place_is_not_found(cast, street):
    request = ask(cast)

    assert request_for_staff(cast.rabot, request.pk) == request
    with pytest.raises(Http404):
        request_for_staff(cast.school, request.pk)
