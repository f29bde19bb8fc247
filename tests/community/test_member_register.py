"""A worker registers someone on their behalf: a name is enough."""

from django.urls import reverse

from nabij.community.choices import AuditAction, ContactChannel, RoleKind
from nabij.community.models import AuditEvent, Member, Role
from nabij.community.services import MemberDetails, member_register


def test_a_name_is_all_the_service_needs(cast):
    member = member_register(
        actor=cast.worker, place=cast.rabot, details=MemberDetails(display_name="  Fatma  ")
    )

    member.refresh_from_db()
    assert member.display_name == "Fatma"
    assert member.place == cast.rabot
    assert member.user is None
    assert (member.phone, member.email) == ("", "")
    assert member.contact_channel == ContactChannel.VIA_WORKER
    assert member.created_by == cast.worker
    assert list(Role.objects.filter(member=member).values_list("kind", flat=True)) == [
        RoleKind.RESIDENT
    ]


def test_languages_are_stored_as_canonical_iso_codes(cast):
    member = member_register(
        actor=cast.worker,
        place=cast.rabot,
        details=MemberDetails(display_name="Fatma", languages=("AR", " tur ", "zgh", "ar")),
    )

    assert [language.code for language in member.languages.all()] == ["ar", "tr", "zgh"]


def test_registering_writes_an_audit_event_with_field_names_only(cast):
    member = member_register(
        actor=cast.worker,
        place=cast.rabot,
        details=MemberDetails(
            display_name="Fatma",
            contact_channel=ContactChannel.PHONE,
            phone="0470 12 34 56",
            languages=("ar",),
        ),
    )

    event = AuditEvent.objects.get(member=member)
    assert event.action == AuditAction.CREATE
    assert event.actor == cast.worker.user
    assert event.place == cast.rabot
    assert {"display_name", "phone", "contact_channel", "languages"} <= set(event.fields)
    assert "0470 12 34 56" not in str(event.fields)
    assert "Fatma" not in str(event.fields)


def test_a_worker_registers_someone_through_the_form(cast, login):
    client = login(cast.worker)
    response = client.post(
        reverse("community:member_new", args=["rabot"]),
        {
            "display_name": "Fatma",
            "roles": ["resident", "volunteer"],
            "languages": ["ar", "nl"],
            "other_languages": "TI; kur",
            "interface_language": "ar",
            "contact_channel": "via_worker",
            "availability": ["0-0", "6-2"],
        },
    )

    member = Member.objects.get(display_name="Fatma")
    assert response.status_code == 302
    assert response["Location"] == reverse("community:member_detail", args=["rabot", member.pk])
    assert sorted(language.code for language in member.languages.all()) == [
        "ar",
        "ku",
        "nl",
        "ti",
    ]
    assert set(Role.objects.filter(member=member).values_list("kind", flat=True)) == {
        "resident",
        "volunteer",
    }
    assert member.availability == 1 | (1 << 20)
    assert member.interface_language == "ar"
    assert AuditEvent.objects.filter(member=member, action=AuditAction.CREATE).count() == 1


def test_the_form_needs_nothing_but_a_name_and_a_role(cast, login):
    client = login(cast.worker)
    response = client.post(
        reverse("community:member_new", args=["rabot"]),
        {
            "display_name": "Fatma",
            "roles": ["resident"],
            "interface_language": "nl",
            "contact_channel": "via_worker",
        },
    )

    assert response.status_code == 302
    assert Member.objects.filter(display_name="Fatma", place=cast.rabot).exists()


def test_an_admin_may_register_another_admin(cast):
    member = member_register(
        actor=cast.admin,
        place=cast.rabot,
        details=MemberDetails(display_name="Nadia"),
        roles=("worker", "admin"),
    )

    kinds = set(Role.objects.filter(member=member).values_list("kind", flat=True))
    assert kinds == {"worker", "admin"}
