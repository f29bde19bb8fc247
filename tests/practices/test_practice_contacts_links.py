"""Contacts and links are added on a practice's page and taken off again; a wrong e-mail
address or web address is refused and nothing is stored."""

import pytest

from nabij.errors import DomainError
from nabij.practices.errors import PracticeError
from nabij.practices.models import PracticeContact, PracticeLink
from nabij.practices.services import practices as services
from tests.practices.bank import record


@pytest.fixture
def practice(cast):
    return record(cast.worker, cast.rabot)


def test_a_worker_adds_a_contact_on_the_page_and_removes_it(cast, practice, login):
    client = login(cast.worker)
    base = f"/p/rabot/praktijken/{practice.pk}/"

    response = client.post(
        f"{base}contactpersonen/",
        {"name": "Sara", "role": "buurtwerker", "email": "sara@example.org", "public": "on"},
        follow=True,
    )

    contact = PracticeContact.objects.get(practice=practice)
    assert (contact.name, contact.role, contact.email, contact.public) == (
        "Sara",
        "buurtwerker",
        "sara@example.org",
        True,
    )
    assert "De contactpersoon is toegevoegd." in response.content.decode()

    client.post(f"/p/rabot/praktijken/contactpersonen/{contact.pk}/weg/")
    assert PracticeContact.objects.count() == 0


def test_a_wrong_email_address_is_refused_on_the_page(cast, practice, login):
    response = login(cast.worker).post(
        f"/p/rabot/praktijken/{practice.pk}/contactpersonen/", {"name": "Sara", "email": "sara@"}
    )

    assert response.status_code == 200
    assert "Dit is geen geldig e-mailadres." in response.content.decode()
    assert PracticeContact.objects.count() == 0


def test_a_contact_without_a_name_is_refused(cast, practice):
    with pytest.raises(DomainError) as refused:
        services.practice_contact_add(actor=cast.worker, practice=practice, name="  ")

    assert refused.value.code == PracticeError.TEXT_EMPTY
    assert PracticeContact.objects.count() == 0


@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://example.org/", "example.org"])
def test_only_a_web_address_is_a_link(cast, practice, url):
    with pytest.raises(DomainError) as refused:
        services.practice_link_add(actor=cast.worker, practice=practice, url=url)

    assert refused.value.code == PracticeError.LINK_INVALID
    assert PracticeLink.objects.count() == 0


def test_a_worker_adds_a_link_and_removes_it(cast, practice, login):
    client = login(cast.worker)

    client.post(
        f"/p/rabot/praktijken/{practice.pk}/links/",
        {"url": "https://example.org/repair", "title": "Kalender"},
    )
    link = PracticeLink.objects.get(practice=practice)
    assert (link.url, link.title) == ("https://example.org/repair", "Kalender")

    client.post(f"/p/rabot/praktijken/links/{link.pk}/weg/")
    assert PracticeLink.objects.count() == 0


def test_a_worker_of_another_place_cannot_add_a_contact(cast, practice):
    with pytest.raises(DomainError):
        services.practice_contact_add(actor=cast.school_worker, practice=practice, name="Els")

    assert PracticeContact.objects.count() == 0
