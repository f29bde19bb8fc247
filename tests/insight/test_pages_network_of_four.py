"""The network of four: a worker sees the vulnerable people they follow up who had fewer
than four people around them in 90 days, with who could become a new tie; nobody from
another place, and never for an analyst."""

import re

import pytest
from django.urls import reverse

from nabij.community.choices import AuditAction
from nabij.community.models import AuditEvent, Member
from nabij.community.services.members import MemberDetails, member_register
from tests.insight.pages_world import World, rabot_year

URL = reverse("insight:network_of_four", args=["rabot"])


@pytest.fixture
def world(cast) -> World:
    return rabot_year(cast)


def _listed(html: str) -> list[tuple[str, str]]:
    """(name, ties) of each row, in order."""
    return re.findall(
        r'<th scope="row" data-label="Naam"><a href="[^"]+">([^<]+)</a></th>\s*'
        r'<td data-label="Banden \(90 dagen\)">(\d+)</td>',
        html,
    )


def test_a_worker_sees_the_vulnerable_people_they_follow_with_too_few_ties(cast, world, login):
    html = login(cast.worker).get(URL).content.decode()
    # Fatma met no one, Amina was helped by Youssef; Rik met four at the repair café.
    # Rik may be suggested to them as a new tie, but he is not on the list himself.
    assert _listed(html) == [("Fatma", "0"), ("Amina", "1")]


def test_no_one_from_another_place_is_listed_even_if_marked_as_theirs(cast, world, login):
    html = login(cast.worker).get(URL, {"scope": "place"}).content.decode()
    assert cast.pupil_parent.display_name not in html


def test_suggestions_come_from_the_same_place_and_say_why(cast, world, login):
    html = login(cast.worker).get(URL).content.decode()
    fatma = html[html.index(">Fatma</a>") : html.index(">Amina</a>")]
    suggested = re.findall(r'<a href="/p/rabot/members/(\d+)/">([^<]+)</a>: ([^<]+)</li>', fatma)
    assert suggested
    for pk, _name, reasons in suggested:
        assert Member.objects.get(pk=pk).place == cast.rabot
        assert reasons
    assert any("Arabisch" in reasons for _pk, _name, reasons in suggested)


def test_the_whole_place_shows_vulnerable_people_others_follow(cast, world, login):
    member_register(
        actor=cast.admin,
        place=cast.rabot,
        details=MemberDetails(display_name="Georges", vulnerable=True),
    )
    client = login(cast.worker)
    assert "Georges" not in client.get(URL).content.decode()
    assert ("Georges", "0") in _listed(client.get(URL, {"scope": "place"}).content.decode())


def test_looking_at_the_list_is_logged_per_person(cast, world, login):
    login(cast.worker).get(URL)
    logged = AuditEvent.objects.filter(
        place=cast.rabot, action=AuditAction.VIEW, actor=cast.worker.user
    ).values_list("member__display_name", "fields")
    assert sorted(logged) == [("Amina", ["vulnerable"]), ("Fatma", ["vulnerable"])]


def test_an_analyst_sees_aggregates_only_and_not_this_list(cast, world, login):
    client = login(cast.analyst)
    assert client.get(URL).status_code == 403
    dashboard = client.get(reverse("insight:dashboard", args=["rabot"])).content.decode()
    assert "Netwerk van vier" not in dashboard
    for person in ("Fatma", "Amina", "Rik", "Helper 0", "Buur 0"):
        assert person not in dashboard


def test_the_worker_of_another_place_is_refused(cast, world, login):
    assert login(cast.school_worker).get(URL).status_code == 403


def test_a_worker_with_no_one_short_of_four_gets_a_list_that_says_so(cast, world, login):
    html = login(cast.admin).get(URL).content.decode()
    assert "<table" not in html[html.index("<main") :]
    assert "Elke kwetsbare persoon die je opvolgt" in html
