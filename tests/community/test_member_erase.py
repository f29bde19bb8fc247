"""Erasure on request: the person is pseudonymised, what others depend on stays counted."""

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from nabij.community.choices import AuditAction, ContactChannel
from nabij.community.errors import CommunityError
from nabij.community.models import (
    Attendance,
    AuditEvent,
    Buddy,
    Consent,
    GroupMembership,
    Member,
    Role,
    SensitiveAttribute,
    SpokenLanguage,
)
from nabij.community.services import (
    MemberDetails,
    PrivacyChoice,
    attendance_record,
    group_member_add,
    member_erase,
    member_export,
    member_privacy_update,
    member_update,
)
from nabij.errors import DomainError
from tests.conftest import PASSWORD


@pytest.fixture
def youssef(cast, life, paired) -> Member:
    """Youssef in full: contact, languages, skills, origin, a group, an event, a buddy."""
    member_update(
        actor=cast.worker,
        place=cast.rabot,
        member=cast.volunteer,
        details=MemberDetails(
            display_name="Youssef",
            languages=("ar", "nl"),
            contact_channel="email",
            email="youssef@example.org",
            phone="0470 99 88 77",
            sector="Wondelgemstraat",
            skills=("fietsen herstellen",),
            availability=7,
            age_band="adult",
        ),
    )
    member_privacy_update(
        actor=cast.worker,
        place=cast.rabot,
        member=cast.volunteer,
        choices={"religion": PrivacyChoice(consent=True, value="islam")},
    )
    group_member_add(actor=cast.worker, place=cast.rabot, group=life.group, member=cast.volunteer)
    attendance_record(actor=cast.worker, place=cast.rabot, event=life.event, member=cast.volunteer)
    member_export(actor=cast.worker, place=cast.rabot, member=cast.volunteer)
    return cast.volunteer


def test_erasure_removes_who_the_person_is(cast, youssef):
    member_erase(actor=cast.admin, place=cast.rabot, member=youssef)

    youssef.refresh_from_db()
    assert youssef.display_name == f"#{youssef.pk}"
    assert youssef.is_erased
    assert (youssef.phone, youssef.email, youssef.sector) == ("", "", "")
    assert youssef.contact_channel == ContactChannel.NONE
    assert youssef.skills == []
    assert youssef.availability == 0
    assert youssef.age_band == ""
    assert youssef.user is None
    assert not SpokenLanguage.objects.filter(member=youssef).exists()
    assert not SensitiveAttribute.objects.filter(member=youssef).exists()
    assert not Consent.objects.filter(member=youssef, withdrawn_at=None).exists()
    assert not Buddy.objects.filter(volunteer=youssef).exists()


def test_erasure_keeps_roles_and_attendance_so_counts_stay(cast, life, youssef):
    roles = Role.objects.filter(member=youssef).count()

    member_erase(actor=cast.admin, place=cast.rabot, member=youssef)

    assert Role.objects.filter(member=youssef).count() == roles
    assert Attendance.objects.filter(event=life.event).count() == 1
    assert GroupMembership.objects.filter(group=life.group).count() == 1


def test_the_audit_trail_survives_erasure(cast, youssef):
    before = list(AuditEvent.objects.filter(member=youssef).values_list("pk", flat=True))

    member_erase(actor=cast.admin, place=cast.rabot, member=youssef)

    after = list(AuditEvent.objects.filter(member=youssef).values_list("pk", "action"))
    assert [pk for pk, _action in after if pk in before] == before
    assert after[0][1] == AuditAction.ERASE  # newest first


def test_an_erased_person_can_no_longer_log_in(cast, youssef, client):
    member_erase(actor=cast.admin, place=cast.rabot, member=youssef)

    for username in ("youssef", f"erased-{youssef.pk}"):
        response = client.post(reverse("login"), {"username": username, "password": PASSWORD})
        assert response.status_code == 200
        assert "_auth_user_id" not in client.session
    user = User.objects.get(username=f"erased-{youssef.pk}")
    assert not user.is_active
    assert not user.has_usable_password()


def test_an_erased_session_opens_nothing(cast, youssef, login):
    client = login(cast.volunteer)
    member_erase(actor=cast.admin, place=cast.rabot, member=youssef)

    response = client.get(reverse("community:me", args=["rabot"]))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_an_erased_person_vanishes_from_lists_and_their_page_is_gone(cast, youssef, login):
    client = login(cast.admin)
    response = client.post(reverse("community:member_erase", args=["rabot", youssef.pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse("community:member_list", args=["rabot"])

    listing = client.get(reverse("community:member_list", args=["rabot"])).content.decode()
    assert "Youssef" not in listing
    assert f"#{youssef.pk}" not in listing
    for name in ("member_detail", "member_edit", "member_export", "member_erase"):
        url = reverse(f"community:{name}", args=["rabot", youssef.pk])
        assert client.get(url).status_code == 404, name


def test_an_erased_person_cannot_be_changed_again(cast, youssef):
    member_erase(actor=cast.admin, place=cast.rabot, member=youssef)

    with pytest.raises(DomainError) as refused:
        member_update(
            actor=cast.worker,
            place=cast.rabot,
            member=youssef,
            details=MemberDetails(display_name="Youssef"),
        )
    assert refused.value.code is CommunityError.ERASED
