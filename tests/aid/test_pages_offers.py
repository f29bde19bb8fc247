"""Helpers: a worker keeps the list and screens for home visits; anyone can offer help."""

import re

from django.urls import reverse

from nabij.aid.choices import HelpType
from nabij.aid.models import Offer

LIST = reverse("aid:offer_list", args=["rabot"])
MINE = reverse("aid:offer_mine", args=["rabot"])
NEW = reverse("aid:offer_new", args=["rabot"])


def test_the_list_shows_what_each_helper_offers(cast, street, login):
    html = login(cast.worker).get(LIST).content.decode()

    assert "2 helpers" in html
    assert "boodschappen, luisterend oor of bezoek" in html
    assert "0 van 2" in html  # Youssef helps nobody yet, of two at a time


def test_filter_by_kind_of_help(cast, street, login):
    html = login(cast.worker).get(LIST, {"help_type": HelpType.VISIT}).content.decode()

    assert "1 helper" in html
    assert "Youssef" in html
    assert "Jef" not in html.split("<tbody>")[1]


def test_a_worker_screens_a_helper_for_home_visits_and_takes_it_back(cast, street, login):
    client = login(cast.worker)
    vet = reverse("aid:offer_vet", args=["rabot", street.jef.pk])

    client.post(vet, {"vetted": "1"})
    street.jef.refresh_from_db()
    assert street.jef.vetted and street.jef.vetted_by == cast.worker

    client.post(vet, {"vetted": "0"})
    street.jef.refresh_from_db()
    assert not street.jef.vetted


def test_a_resident_offers_help_for_themselves(cast, street, login):
    client = login(cast.neighbour)

    html = client.get(MINE).content.decode()
    assert "Ik wil helpen" in html
    assert re.search(r'<input[^>]*value="groceries"[^>]*checked', html)

    response = client.post(
        MINE,
        {"help_types": [HelpType.REPAIR, HelpType.TRANSPORT], "radius_m": "2000", "capacity": "3"},
    )

    assert response.status_code == 302
    offer = Offer.objects.get(member=cast.neighbour)
    assert sorted(offer.help_types.values_list("help_type", flat=True)) == ["repair", "transport"]
    assert (offer.radius_m, offer.capacity, offer.active) == (2000, 3, False)


def test_an_offer_without_any_kind_of_help_is_refused(cast, street, login):
    response = login(cast.neighbour).post(MINE, {"radius_m": "1000", "capacity": "1"})

    html = response.content.decode()
    assert 'class="error-summary"' in html
    assert "Kies minstens één soort hulp die je wilt geven." in html


def test_a_worker_writes_down_an_offer_for_someone_without_a_log_in(cast, street, login):
    client = login(cast.worker)

    assert "Amina kiezen" in client.get(NEW, {"q": "Amina"}).content.decode()
    client.post(
        f"{NEW}?person={cast.resident.pk}",
        {"help_types": [HelpType.MEALS], "radius_m": "500", "capacity": "1", "active": "on"},
    )

    offer = Offer.objects.get(member=cast.resident)
    assert list(offer.help_types.values_list("help_type", flat=True)) == ["meals"]
    assert offer.active


def test_a_distance_set_elsewhere_stays_selected(cast, street, login):
    # Youssef's offer says 1500 m, between the steps of the form.
    html = login(cast.volunteer).get(MINE).content.decode()

    assert re.search(r'<option value="1500" selected>', html)
