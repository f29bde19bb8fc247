"""Offers of help: anyone can be a helper; staff keep offers for people without a log-in."""

import pytest

from nabij.aid import services
from nabij.aid.choices import HelpType
from nabij.aid.errors import AidError
from nabij.aid.models import Offer, OfferHelpType
from nabij.errors import DomainError
from tests.aid.conftest import approved, ask


def help_types(offer: Offer) -> set[str]:
    return set(OfferHelpType.objects.filter(offer=offer).values_list("help_type", flat=True))


def test_a_volunteer_offers_help_themselves(cast, street):
    offer = street.youssef

    assert offer.member == cast.volunteer
    assert offer.place == cast.rabot
    assert help_types(offer) == {HelpType.GROCERIES, HelpType.VISIT}
    assert (offer.radius_m, offer.capacity, offer.open_matches) == (1500, 2, 0)
    assert offer.active


def test_saving_again_updates_the_one_offer(cast, street):
    offer = services.offer_save(
        actor=cast.volunteer,
        place=cast.rabot,
        member=cast.volunteer,
        help_types=[HelpType.VISIT, HelpType.TRANSLATION],
        radius_m=800,
        capacity=3,
        active=False,
    )

    assert offer.pk == street.youssef.pk
    assert Offer.objects.filter(member=cast.volunteer).count() == 1
    assert help_types(offer) == {HelpType.VISIT, HelpType.TRANSLATION}
    offer.refresh_from_db()
    assert (offer.radius_m, offer.capacity, offer.active) == (800, 3, False)


def test_a_worker_records_an_offer_for_someone_without_a_log_in(cast, street):
    """Role reversal: Amina, who asks for help, can cook for others."""
    offer = services.offer_save(
        actor=cast.worker, place=cast.rabot, member=cast.resident, help_types=[HelpType.MEALS]
    )

    assert offer.member == cast.resident
    assert help_types(offer) == {HelpType.MEALS}


def test_a_volunteer_cannot_change_someone_elses_offer(cast, street):
    with pytest.raises(DomainError) as refused:
        services.offer_save(
            actor=cast.volunteer, place=cast.rabot, member=cast.neighbour, help_types=["repair"]
        )

    assert refused.value.code == AidError.ONLY_YOUR_OWN_OFFER
    assert help_types(street.jef) == {HelpType.GROCERIES}


def test_capacity_cannot_drop_below_the_people_being_helped(cast, street):
    approved(cast, ask(cast), cast.volunteer)
    approved(cast, ask(cast, requester=cast.shop), cast.volunteer)

    with pytest.raises(DomainError) as refused:
        services.offer_save(
            actor=cast.volunteer,
            place=cast.rabot,
            member=cast.volunteer,
            help_types=[HelpType.GROCERIES],
            capacity=1,
        )

    assert refused.value.code == AidError.CAPACITY_BELOW_OPEN
    assert "2" in refused.value.message
    street.youssef.refresh_from_db()
    assert street.youssef.capacity == 2


def test_a_worker_screens_a_helper_for_home_visits_and_can_take_it_back(cast, street):
    offer = services.offer_vet(actor=cast.worker, place=cast.rabot, offer=street.jef, vetted=True)
    assert (offer.vetted, offer.vetted_by) == (True, cast.worker)
    assert offer.vetted_at is not None

    offer = services.offer_vet(actor=cast.worker, place=cast.rabot, offer=street.jef, vetted=False)
    offer.refresh_from_db()
    assert (offer.vetted, offer.vetted_by, offer.vetted_at) == (False, None, None)


def test_a_volunteer_cannot_screen_anyone(cast, street):
    with pytest.raises(DomainError):
        services.offer_vet(actor=cast.volunteer, place=cast.rabot, offer=street.jef, vetted=True)

    street.jef.refresh_from_db()
    assert not street.jef.vetted
