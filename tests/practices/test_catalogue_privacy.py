"""The open catalogue, read by someone who is not logged in: public practices of every
place, never an internal one, and of a public one only the contacts and attachments
marked for the catalogue."""

import json

import pytest

from nabij.practices.services import practices as services
from tests.practices.bank import record

PDF = b"%PDF-1.4\n%%EOF\n"


@pytest.fixture
def bank(cast):
    public = record(cast.worker, cast.rabot, name="Repair café", visibility="public")
    services.practice_contact_add(
        actor=cast.worker, practice=public, name="Youssef", email="youssef@example.org", public=True
    )
    services.practice_contact_add(
        actor=cast.worker, practice=public, name="Amina", phone="0499 99 99 99"
    )
    open_flyer = services.practice_attachment_add(
        actor=cast.worker, practice=public, data=PDF, filename="flyer.pdf", public=True
    )
    closed_notes = services.practice_attachment_add(
        actor=cast.worker, practice=public, data=PDF, filename="notities.pdf"
    )
    internal = record(
        cast.worker,
        cast.rabot,
        name="Stille hulp aan huis",
        description="Buren brengen eten bij mensen die niemand meer zien.",
        visibility="internal",
    )
    internal_flyer = services.practice_attachment_add(
        actor=cast.worker, practice=internal, data=PDF, filename="intern.pdf", public=True
    )
    return {
        "public": public,
        "internal": internal,
        "open_flyer": open_flyer,
        "closed_notes": closed_notes,
        "internal_flyer": internal_flyer,
    }


def test_the_list_shows_public_practices_only(client, bank):
    html = client.get("/praktijken/").content.decode()

    assert "Repair café" in html
    assert "Stille hulp aan huis" not in html
    assert "1 praktijk" in html


def test_a_search_never_finds_an_internal_practice(client, bank):
    html = client.get("/praktijken/", {"q": "buren"}).content.decode()

    assert "Stille hulp aan huis" not in html
    assert "Repair café" not in html  # the word is not in it either


def test_an_internal_practice_is_not_found(client, bank):
    assert client.get(f"/praktijken/{bank['internal'].pk}/").status_code == 404


def test_a_public_practice_shows_only_its_public_contacts_and_attachments(client, bank):
    html = client.get(f"/praktijken/{bank['public'].pk}/").content.decode()

    assert "Youssef" in html and "youssef@example.org" in html
    assert "Amina" not in html and "0499" not in html
    assert "flyer.pdf" in html
    assert "notities.pdf" not in html
    assert "Praktijk bewerken" not in html


def test_only_a_public_attachment_of_a_public_practice_downloads(client, bank):
    assert client.get(f"/praktijken/bijlagen/{bank['open_flyer'].pk}/").content == PDF
    assert client.get(f"/praktijken/bijlagen/{bank['closed_notes'].pk}/").status_code == 404
    assert client.get(f"/praktijken/bijlagen/{bank['internal_flyer'].pk}/").status_code == 404


def test_the_exports_hold_public_practices_and_public_contacts_only(client, bank):
    document = json.loads(client.get("/praktijken/uitvoer.json").content)
    text = client.get("/praktijken/uitvoer.csv").content.decode("utf-8-sig")

    assert [practice["name"] for practice in document["practices"]] == ["Repair café"]
    assert [contact["name"] for contact in document["practices"][0]["contacts"]] == ["Youssef"]
    assert "Stille hulp" not in text
    assert "Amina" not in text and "0499" not in text
    assert "Youssef" in text


def test_making_a_practice_internal_takes_it_out_of_the_catalogue(client, cast, bank):
    practice = bank["public"]
    services.practice_update(
        actor=cast.worker,
        practice=practice,
        name=practice.name,
        domain=practice.domain,
        description=practice.description,
        level=practice.level,
        solidarity=practice.solidarity,
        community_kind=practice.community_kind,
        visibility="internal",
    )

    assert client.get(f"/praktijken/{practice.pk}/").status_code == 404
    assert client.get(f"/praktijken/bijlagen/{bank['open_flyer'].pk}/").status_code == 404
