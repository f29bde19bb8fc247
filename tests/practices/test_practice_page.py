"""A practice's page shows every facet in plain words, its contacts, links and
attachments; staff get the buttons to change them, the analyst reads only."""

import pytest

from nabij.practices.services import practices as services
from tests.practices.bank import record


@pytest.fixture
def repair_cafe(cast):
    practice = record(cast.worker, cast.rabot, other_places=[cast.school], visibility="internal")
    services.practice_contact_add(
        actor=cast.worker,
        practice=practice,
        name="Youssef",
        role="vrijwilliger",
        email="youssef@example.org",
        phone="0470 12 34 56",
    )
    services.practice_link_add(
        actor=cast.worker, practice=practice, url="https://example.org/repair", title="Kalender"
    )
    services.practice_attachment_add(
        actor=cast.worker, practice=practice, data=b"Iedereen welkom.", filename="flyer.txt"
    )
    return practice


def _page(client, practice) -> str:
    response = client.get(f"/p/rabot/praktijken/{practice.pk}/")
    assert response.status_code == 200
    return response.content.decode()


def test_every_facet_in_plain_words(cast, repair_cafe, login):
    html = _page(login(cast.analyst), repair_cafe)

    for words in (
        "Repair café in het buurthuis",
        "Rabot (houdt de praktijk bij), De Regenboog",
        "Wonen",
        "Micro: het eigen netwerk",
        "Direct: tussen mensen",
        "Lichte gemeenschap, gebonden door een ontmoetingsplek",
        "Informele solidariteit versterken; Politiseren",
        "Fietsatelier Rabot",
        "Intern: alleen voor de medewerkers van de plek",
        "Youssef",
        "youssef@example.org",
        "0470 12 34 56",
        "Kalender",
        "flyer.txt",
    ):
        assert words in html, words


def test_staff_get_buttons_to_change_it_and_the_analyst_does_not(cast, repair_cafe, login):
    worker = _page(login(cast.worker), repair_cafe)
    analyst = _page(login(cast.analyst), repair_cafe)

    for button in (
        "Praktijk bewerken",
        "Contactpersoon toevoegen",
        "Link toevoegen",
        "Bijlage toevoegen",
    ):
        assert button in worker, button
        assert button not in analyst, button


def test_the_page_shows_the_reflection(cast, repair_cafe, login):
    html = _page(login(cast.worker), repair_cafe)

    assert "Er is nog geen reflectie op deze praktijk." in html
    assert f"/p/rabot/praktijken/{repair_cafe.pk}/reflecties/nieuw/" in html


def test_a_practice_of_another_place_is_not_found(cast, login):
    practice = record(cast.school_worker, cast.school)

    assert login(cast.worker).get(f"/p/rabot/praktijken/{practice.pk}/").status_code == 404
