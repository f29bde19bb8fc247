"""The worker's list of people: search by name, skill or street, and filter."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from nabij.community.services import MemberDetails, member_register

LIST = reverse("community:member_list", args=["rabot"])


def _register(cast, name: str, roles=("resident",), **details) -> None:
    member_register(
        actor=cast.worker,
        place=cast.rabot,
        details=MemberDetails(display_name=name, **details),
        roles=roles,
    )


@pytest.fixture
def street(cast):
    """A few neighbours to look for, besides the cast."""
    _register(cast, "Fatma", languages=("tr", "nl"), sector="Rabotstraat", skills=("naaien",))
    _register(
        cast,
        "Kwame",
        roles=("volunteer",),
        languages=("en",),
        sector="Wondelgemstraat",
        skills=("fietsen herstellen",),
    )
    _register(
        cast,
        "Aylin",
        languages=("tr",),
        sector="Wondelgemstraat",
        skills=("yemek pişirmek",),
        vulnerable=True,
    )


def names_listed(client, **params) -> set[str]:
    html = client.get(LIST, params).content.decode()
    table = html[html.index("<tbody>") :]
    return set(re.findall(r'<a href="/p/rabot/members/\d+/">([^<]+)</a>', table))


def test_without_filters_everyone_in_the_place_is_listed(cast, street, login):
    listed = names_listed(login(cast.worker))

    assert {"Fatma", "Kwame", "Aylin", "Amina", "Jef", "Sara", "Youssef"} <= listed
    assert "Els" not in listed
    assert "Olena" not in listed


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"q": "fat"}, {"Fatma"}),
        ({"q": "FIETSEN"}, {"Kwame"}),
        ({"q": "wondelgem"}, {"Kwame", "Aylin"}),
        ({"q": "pişir"}, {"Aylin"}),
        ({"language": "tr"}, {"Fatma", "Aylin"}),
        ({"language": "en"}, {"Kwame"}),
        ({"role": "volunteer"}, {"Kwame", "Youssef"}),
        ({"role": "admin"}, {"Koen"}),
        ({"sector": "Wondelgemstraat"}, {"Kwame", "Aylin"}),
        ({"vulnerable": "yes"}, {"Aylin", "Amina"}),
        ({"language": "tr", "vulnerable": "no"}, {"Fatma"}),
        ({"q": "niemand-zo"}, set()),
    ],
)
def test_search_and_filters(params, expected, cast, street, login):
    assert names_listed(login(cast.worker), **params) == expected


def test_not_vulnerable_leaves_out_those_who_are(cast, street, login):
    listed = names_listed(login(cast.worker), vulnerable="no")
    assert "Fatma" in listed
    assert not {"Aylin", "Amina"} & listed


def test_the_sector_filter_offers_the_streets_of_the_place(cast, street, login):
    html = login(cast.worker).get(LIST).content.decode()
    for sector in ("Rabotstraat", "Wondelgemstraat"):
        assert f'<option value="{sector}">' in html


def _queries_for_the_list(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(LIST)
    assert response.status_code == 200
    return len(queries)


def test_the_number_of_queries_does_not_grow_with_the_number_of_people(cast, login):
    client = login(cast.worker)
    for n in range(5):
        _register(cast, f"Buur {n}", languages=("nl", "ar"), sector=f"Straat {n}")
    few = _queries_for_the_list(client)

    for n in range(5, 40):
        _register(
            cast,
            f"Buur {n}",
            roles=("resident", "volunteer"),
            languages=("nl", "ar", "tr"),
            sector=f"Straat {n}",
        )
    many = _queries_for_the_list(client)

    assert many == few
