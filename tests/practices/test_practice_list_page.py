"""The list of a place's practices: search and filters as GET parameters, a page at a
time, in a fixed number of queries however many practices it shows."""

import pytest

from tests.practices.bank import record

URL = "/p/rabot/praktijken/"


@pytest.fixture
def thirty(cast):
    for n in range(30):
        record(
            cast.worker,
            cast.rabot,
            name=f"Praktijk {n:02}",
            domain="learning" if n % 3 == 0 else "living",
            visibility="internal" if n % 2 else "public",
            other_places=[cast.school],
        )


def test_the_list_takes_the_same_few_queries_for_a_full_page(
    cast, thirty, login, django_assert_max_num_queries
):
    client = login(cast.worker)
    with django_assert_max_num_queries(12):
        response = client.get(URL)

    html = response.content.decode()
    assert "30 praktijken" in html
    assert "Praktijk 00" in html and "Praktijk 24" in html
    assert "Praktijk 25" not in html  # on the next page
    assert "Pagina 1 van 2" in html


def test_a_search_with_filters_in_the_address(cast, thirty, login, django_assert_max_num_queries):
    record(
        cast.worker,
        cast.rabot,
        name="Taalcafé",
        domain="learning",
        description="Wekelijkse ontmoetingen om Nederlands te oefenen.",
    )
    client = login(cast.analyst)
    with django_assert_max_num_queries(12):
        response = client.get(URL, {"q": "nederlandse", "domain": "learning"})

    html = response.content.decode()
    assert "1 praktijk gevonden" in html
    assert "Taalcafé" in html
    assert "Praktijk 00" not in html


def test_the_analyst_sees_internal_practices_but_no_button_to_add_one(cast, thirty, login):
    html = login(cast.analyst).get(URL, {"visibility": "internal"}).content.decode()

    assert "15 praktijken" in html
    assert "Praktijk 01" in html
    assert "Praktijk toevoegen" not in html


def test_a_filter_with_an_unknown_value_is_left_out(cast, thirty, login):
    html = login(cast.worker).get(URL, {"domain": "sport"}).content.decode()

    assert "30 praktijken" in html
    assert "Een filter met een onbekende waarde is niet gebruikt." in html


def test_the_place_menu_leads_staff_and_the_analyst_to_the_practices(cast, login):
    for member in (cast.worker, cast.analyst):
        html = login(member).get("/p/rabot/signalen/").content.decode()
        assert 'href="/p/rabot/praktijken/"' in html
    html = login(cast.volunteer).get("/p/rabot/me/").content.decode()
    assert 'href="/p/rabot/praktijken/"' not in html
