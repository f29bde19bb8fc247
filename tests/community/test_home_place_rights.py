"""A person with a role in a second place is seen there, but rights over the record stay home."""

import pytest
from django.urls import reverse
from django.utils import timezone

from nabij.community.choices import RoleKind
from nabij.community.errors import CommunityError
from nabij.community.models import AuditEvent, Consent, Member, Role
from nabij.community.services import (
    PrivacyChoice,
    member_erase,
    member_export,
    member_privacy_update,
)
from nabij.errors import DomainError


@pytest.fixture
def amina_at_school(cast):
    """Amina (home: Rabot) also brings her child to De Regenboog."""
    Role.objects.create(
        place=cast.school, member=cast.resident, kind=RoleKind.RESIDENT, since=timezone.now()
    )
    return cast.resident


def test_the_second_place_cannot_export_her_record(cast, amina_at_school):
    with pytest.raises(DomainError) as refused:
        member_export(actor=cast.school_worker, place=cast.school, member=amina_at_school)
    assert refused.value.code is CommunityError.HOME_PLACE_ONLY
    assert not AuditEvent.objects.filter(action="export").exists()


def test_the_second_place_cannot_erase_her(cast, amina_at_school):
    with pytest.raises(DomainError) as refused:
        member_erase(actor=cast.school_worker, place=cast.school, member=amina_at_school)
    assert refused.value.code is CommunityError.HOME_PLACE_ONLY
    assert Member.objects.get(pk=amina_at_school.pk).display_name == "Amina"


def test_the_second_place_cannot_record_her_consent(cast, amina_at_school):
    with pytest.raises(DomainError) as refused:
        member_privacy_update(
            actor=cast.school_worker,
            place=cast.school,
            member=amina_at_school,
            choices={"origin": PrivacyChoice(consent=True, value="Marokko")},
        )
    assert refused.value.code is CommunityError.HOME_PLACE_ONLY
    assert not Consent.objects.filter(member=amina_at_school).exists()


def test_the_home_place_still_can(cast, amina_at_school):
    data = member_export(actor=cast.worker, place=cast.rabot, member=amina_at_school)
    assert data["member"]["display_name"] == "Amina"
    assert {role["place"] for role in data["roles"]} == {"rabot", "regenboog"}


def test_the_erase_page_of_the_second_place_explains_and_changes_nothing(
    cast, amina_at_school, login
):
    url = reverse("community:member_erase", args=["regenboog", amina_at_school.pk])
    response = login(cast.school_worker).post(url, follow=True)

    assert str(CommunityError.HOME_PLACE_ONLY.message) in response.content.decode()
    assert Member.objects.get(pk=amina_at_school.pk).erased_at is None
