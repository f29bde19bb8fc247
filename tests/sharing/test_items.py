"""Registering an item: one owner (a member or an organisation of the place), a deposit in
euro or in one of the place's currencies, or none; bad input changes nothing."""

import pytest
from django.utils import timezone

from nabij.community.choices import OrganisationKind
from nabij.community.errors import CommunityError
from nabij.community.models import Organisation
from nabij.errors import DomainError
from nabij.ledger.choices import CurrencyMode
from nabij.ledger.models import Currency
from nabij.sharing import services
from nabij.sharing.choices import Category, Condition
from nabij.sharing.errors import SharingError

from .conftest import counts


def register(cast, **fields):
    values = {
        "actor": cast.worker,
        "place": cast.rabot,
        "owner_member": cast.volunteer,
        "name": "Partytent",
        "category": Category.PARTY,
        "condition": Condition.GOOD,
        **fields,
    }
    return services.item_register(**values)


def refused(code, write):
    before = counts()
    with pytest.raises(DomainError) as caught:
        write()
    assert caught.value.code == code
    assert counts() == before


def _currency(place, name="Toreke") -> Currency:
    return Currency.objects.create(
        place=place, name=name, symbol="T", mode=CurrencyMode.ISSUED, created_at=timezone.now()
    )


def test_a_deposit_in_torekes(cast, library):
    toreke = _currency(cast.rabot)
    item = register(cast, deposit_currency=toreke, deposit_units=50)
    assert (item.deposit_currency, item.deposit_units, item.deposit_cents) == (toreke, 50, None)


def test_a_deposit_in_another_places_currency_is_refused(cast, library):
    elsewhere = _currency(cast.school, "Regenboogmunt")
    refused(
        SharingError.DEPOSIT_INVALID,
        lambda: register(cast, deposit_currency=elsewhere, deposit_units=50),
    )
    refused(SharingError.DEPOSIT_INVALID, lambda: register(cast, deposit_cents=0))
    refused(
        SharingError.DEPOSIT_INVALID,
        lambda: register(cast, deposit_cents=100, deposit_currency=_currency(cast.rabot)),
    )


def test_an_item_has_one_owner(cast, library):
    refused(SharingError.OWNER_MISSING, lambda: register(cast, owner_member=None))
    refused(
        SharingError.OWNER_MISSING,
        lambda: register(cast, owner_organisation=library.buurtwerk),
    )


def test_the_owner_belongs_to_the_place(cast, library):
    refused(CommunityError.NOT_IN_PLACE, lambda: register(cast, owner_member=cast.pupil_parent))
    school = Organisation.objects.create(name="De Regenboog vzw", kind=OrganisationKind.SCHOOL)
    refused(
        SharingError.ORGANISATION_ELSEWHERE,
        lambda: register(cast, owner_member=None, owner_organisation=school),
    )


def test_only_staff_registers(cast, library):
    refused(CommunityError.NOT_YOUR_PLACE, lambda: register(cast, actor=cast.neighbour))
    refused(SharingError.NAME_EMPTY, lambda: register(cast, name="  "))
