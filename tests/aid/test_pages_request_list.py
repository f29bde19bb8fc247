"""The worker's list of requests: open, too long without a helper, or placed; by kind."""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from nabij.aid import services
from nabij.aid.choices import HelpType, Urgency
from tests.aid.conftest import approved, ask, days_ago, resident

LIST = reverse("aid:request_list", args=["rabot"])


def _listed(client, **params) -> list[str]:
    """The requesters' names in the table, in the order shown."""
    html = client.get(LIST, params).content.decode()
    table = html[html.index("<tbody>") : html.index("</tbody>")]
    return re.findall(r'<a href="/p/rabot/aid/requests/\d+/">([^<]+)</a>', table)


def test_open_requests_are_listed_most_urgent_first(cast, street, login):
    fatma = resident(cast.rabot, "Fatma", sector="Rabotstraat")
    ask(cast, help_type=HelpType.PAPERWORK)
    ask(cast, fatma, urgency=Urgency.URGENT)

    assert _listed(login(cast.worker)) == ["Fatma", "Amina"]


def test_urgency_and_waiting_days_are_visible(cast, street, login):
    ask(cast, urgency=Urgency.HIGH, now=days_ago(12.5))

    html = login(cast.worker).get(LIST).content.decode()

    assert "dringend" in html
    assert "12 dagen" in html


def test_matched_requests_are_listed_apart(cast, street, login):
    kwame = resident(cast.rabot, "Kwame", sector="Wondelgemstraat", languages=("ar",))
    placed = ask(cast)
    ask(cast, kwame)
    approved(cast, placed, cast.volunteer)
    client = login(cast.worker)

    assert _listed(client) == ["Kwame"]
    assert _listed(client, show="matched") == ["Amina"]
    matched = client.get(LIST, {"show": "matched"}).content.decode()
    assert "Youssef (goedgekeurd)" in matched


def test_unmet_requests_are_those_flagged_after_too_long(cast, street, login):
    kwame = resident(cast.rabot, "Kwame", sector="Wondelgemstraat")
    ask(cast, now=days_ago(20))
    ask(cast, kwame, now=days_ago(2))
    services.requests_flag_unmet(place=cast.rabot, days=14)
    client = login(cast.worker)

    assert _listed(client, show="unmet") == ["Amina"]
    assert "te lang zonder helper" in client.get(LIST, {"show": "unmet"}).content.decode()


def test_filter_by_kind_of_help(cast, street, login):
    kwame = resident(cast.rabot, "Kwame", sector="Wondelgemstraat")
    ask(cast, help_type=HelpType.TRANSPORT)
    ask(cast, kwame, help_type=HelpType.REPAIR)

    assert _listed(login(cast.worker), help_type=HelpType.REPAIR) == ["Kwame"]


def test_requests_of_another_place_are_not_listed(cast, street, login):
    services.request_create(
        actor=cast.school_worker,
        place=cast.school,
        requester=cast.pupil_parent,
        help_type=HelpType.PAPERWORK,
    )

    assert _listed(login(cast.worker)) == []


def test_the_list_is_paginated(cast, street, login):
    for n in range(52):
        ask(cast, resident(cast.rabot, f"Buur {n:02d}"))
    client = login(cast.worker)

    first, second = _listed(client), _listed(client, page=2)

    assert len(first) == 50
    assert len(second) == 2
    assert not set(first) & set(second)


def _queries(client, params) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(LIST, params).status_code == 200
    return len(queries)


def _fill(cast, count: int, start: int) -> None:
    """`count` more requests, each of a different person; every other one placed."""
    for n in range(start, start + count):
        person = resident(cast.rabot, f"Buur {n}", sector="Rabotstraat", languages=("ar",))
        request = ask(cast, person)
        if n % 2 == 0:
            services.match_propose(
                actor=cast.worker, place=cast.rabot, request=request, helper=cast.volunteer
            )


def test_the_list_costs_the_same_queries_for_few_or_many_requests(cast, street, login):
    client = login(cast.worker)
    _fill(cast, 2, start=0)
    few = _queries(client, {})
    _fill(cast, 10, start=2)
    many = _queries(client, {})

    assert len(_listed(client)) == 12
    # Rows with a proposed helper show the helper's name, without a query per row.
    assert client.get(LIST).content.decode().count("Youssef (voorgesteld)") == 6
    assert many == few
