"""The open catalogue lists the public practices of every place, with search, filters and
a place filter, a page at a time in a fixed number of queries; the welcome page leads
to it."""

import pytest

from tests.practices.bank import record


@pytest.fixture
def catalogue(cast):
    for n in range(30):
        record(
            cast.worker,
            cast.rabot,
            name=f"Rabot {n:02}",
            other_places=[cast.school] if n % 5 == 0 else [],
        )
    record(
        cast.school_worker,
        cast.school,
        name="Huiswerkklas",
        domain="learning",
        description="Vrijwilligers helpen kinderen met hun huiswerk.",
        community_kind="tight",
        bond="project",
    )


def test_a_page_of_the_catalogue_in_a_fixed_number_of_queries(
    client, catalogue, django_assert_max_num_queries
):
    with django_assert_max_num_queries(6):
        response = client.get("/praktijken/")

    html = response.content.decode()
    assert "31 praktijken" in html
    assert "Pagina 1 van 2" in html
    assert 'aria-label="Plek"' not in html  # no place menu for a visitor


def test_the_place_filter_and_a_search(client, catalogue):
    html = client.get("/praktijken/", {"runs_in": "regenboog"}).content.decode()
    assert "7 praktijken" in html  # its own, and six of Rabot that also run there

    html = client.get("/praktijken/", {"q": "vrijwilliger", "domain": "learning"}).content.decode()
    assert "1 praktijk gevonden" in html
    assert "Huiswerkklas" in html


def test_the_catalogue_offers_no_visibility_filter(client, catalogue):
    html = client.get("/praktijken/").content.decode()

    assert 'name="visibility"' not in html


def test_the_welcome_page_leads_to_the_catalogue(client, catalogue):
    html = client.get("/").content.decode()

    assert "/praktijken/?runs_in=rabot" in html
    assert "/praktijken/?runs_in=regenboog" in html
    assert 'href="/praktijken/"' in html
