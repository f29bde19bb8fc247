"""A worker registers a request on someone's behalf: find the person, then say what's needed."""

import re

from django.urls import reverse

from nabij.aid.choices import Channel, HelpType, Urgency
from nabij.aid.models import Request
from nabij.community.availability import mask_from_slots

NEW = reverse("aid:request_new", args=["rabot"])


def test_searching_by_name_lists_people_to_choose_without_a_script(cast, street, login):
    html = login(cast.worker).get(NEW, {"q": "ami"}).content.decode()

    assert f'href="?person={cast.resident.pk}"' in html
    assert "Amina kiezen" in html
    assert "Olena" not in html  # a parent at the school, another place


def test_nobody_found_says_so(cast, street, login):
    html = login(cast.worker).get(NEW, {"q": "Zzz"}).content.decode()

    assert "Niemand gevonden met die naam." in html


def test_the_form_starts_from_the_persons_languages_and_street_and_the_phone(cast, street, login):
    html = login(cast.worker).get(NEW, {"person": cast.resident.pk}).content.decode()

    assert "Hulpvraag van Amina" in html
    assert re.search(r'<input[^>]*value="ar"[^>]*checked', html)
    assert re.search(r'<input[^>]*value="fr"[^>]*checked', html)
    assert not re.search(r'<input[^>]*value="nl"[^>]*checked', html)
    assert 'value="Rabotstraat"' in html
    assert re.search(r'<input[^>]*value="phone"[^>]*checked', html)
    # The place's streets are offered while typing.
    assert '<option value="Torens Rabot">' in html


def test_a_phone_request_is_registered_with_everything_the_worker_ticked(cast, street, login):
    response = login(cast.worker).post(
        f"{NEW}?person={cast.resident.pk}",
        {
            "help_type": HelpType.VISIT,
            "languages": ["ar"],
            "other_languages": "",
            "sector": "Rabotstraat",
            "slots": ["1-0", "3-2"],
            "needed_from": "2030-03-01",
            "needed_until": "2030-03-31",
            "urgency": str(Urgency.HIGH),
            "recurring": "on",
            "home_visit": "on",
            "worker_note": "Trap is moeilijk.",
            "channel": Channel.PHONE,
        },
    )

    request = Request.objects.get(requester=cast.resident)
    assert response.status_code == 302
    assert response["Location"] == reverse("aid:request_detail", args=["rabot", request.pk])
    assert request.help_type == HelpType.VISIT
    assert request.languages == ["ar"]
    assert request.slots == mask_from_slots([(1, 0), (3, 2)])
    assert str(request.needed_from) == "2030-03-01"
    assert request.urgency == Urgency.HIGH
    assert request.recurring and request.home_visit
    assert request.worker_note == "Trap is moeilijk."
    assert request.channel == Channel.PHONE
    assert request.created_by == cast.worker


def test_a_window_ending_before_it_starts_is_refused_with_an_error_summary(cast, street, login):
    response = login(cast.worker).post(
        f"{NEW}?person={cast.resident.pk}",
        {
            "help_type": HelpType.GROCERIES,
            "needed_from": "2030-03-10",
            "needed_until": "2030-03-01",
            "urgency": str(Urgency.NORMAL),
            "channel": Channel.PHONE,
        },
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="error-summary"' in html
    assert 'href="#id_needed_until"' in html
    assert not Request.objects.exists()


def test_an_unknown_language_code_is_explained_next_to_the_field(cast, street, login):
    response = login(cast.worker).post(
        f"{NEW}?person={cast.resident.pk}",
        {
            "help_type": HelpType.GROCERIES,
            "other_languages": "xx-nonsense",
            "urgency": str(Urgency.NORMAL),
            "channel": Channel.PHONE,
        },
    )

    assert 'href="#id_other_languages"' in response.content.decode()
    assert not Request.objects.exists()


def test_someone_of_another_place_cannot_be_chosen(cast, street, login):
    html = login(cast.worker).get(NEW, {"person": cast.pupil_parent.pk}).content.decode()

    assert "Voor wie is de hulp?" in html
    assert "Olena" not in html
