"""Every read and change of personal data by staff leaves a trace: who, what, when, which fields."""

import json

from django.urls import reverse

from nabij.community.choices import AuditAction
from nabij.community.models import AuditEvent
from nabij.community.services import (
    MemberDetails,
    PrivacyChoice,
    consent_withdraw,
    member_erase,
    member_export,
    member_privacy_update,
    member_update,
)

SECRETS = ("0470 11 22 33", "amina@example.org", "Marokko", "Dampoort")


def events_about(member) -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(member=member).order_by("pk"))


def assert_no_values_logged() -> None:
    logged = json.dumps(list(AuditEvent.objects.values_list("fields", flat=True)))
    for secret in SECRETS:
        assert secret not in logged


def test_opening_a_members_page_is_logged_as_a_read(cast, login):
    login(cast.worker).get(reverse("community:member_detail", args=["rabot", cast.resident.pk]))

    [event] = events_about(cast.resident)
    assert event.action == AuditAction.VIEW
    assert event.actor == cast.worker.user
    assert event.place == cast.rabot


def test_opening_the_edit_form_is_a_read_too(cast, login):
    login(cast.worker).get(reverse("community:member_edit", args=["rabot", cast.resident.pk]))

    assert [event.action for event in events_about(cast.resident)] == [AuditAction.VIEW]


def test_an_update_names_the_fields_that_changed_but_not_their_values(cast):
    member_update(
        actor=cast.worker,
        place=cast.rabot,
        member=cast.resident,
        details=MemberDetails(
            display_name="Amina",
            contact_channel="phone",
            phone="0470 11 22 33",
            email="amina@example.org",
            sector="Dampoort",
            vulnerable=True,
        ),
    )

    [event] = events_about(cast.resident)
    assert event.action == AuditAction.UPDATE
    assert event.actor == cast.worker.user
    assert set(event.fields) == {"contact_channel", "phone", "email", "sector"}
    assert_no_values_logged()


def test_an_update_that_changes_nothing_logs_nothing(cast):
    member_update(
        actor=cast.worker,
        place=cast.rabot,
        member=cast.resident,
        details=MemberDetails(
            display_name="Amina",
            sector="Rabotstraat",
            vulnerable=True,
            contact_channel="via_worker",
        ),
    )
    assert events_about(cast.resident) == []


def test_consent_and_special_category_changes_are_logged(cast):
    member_privacy_update(
        actor=cast.worker,
        place=cast.rabot,
        member=cast.resident,
        choices={"origin": PrivacyChoice(consent=True, value="Marokko")},
    )
    consent_withdraw(actor=cast.worker, place=cast.rabot, member=cast.resident, purpose="origin")

    logged = [(event.action, event.fields) for event in events_about(cast.resident)]
    assert logged == [
        (AuditAction.CONSENT, ["origin"]),
        (AuditAction.UPDATE, ["origin"]),
        (AuditAction.CONSENT, ["origin"]),
    ]
    assert_no_values_logged()


def test_export_and_erasure_are_logged(cast):
    member_export(actor=cast.admin, place=cast.rabot, member=cast.neighbour)
    member_erase(actor=cast.admin, place=cast.rabot, member=cast.neighbour)

    assert [(e.action, e.actor) for e in events_about(cast.neighbour)] == [
        (AuditAction.EXPORT, cast.admin.user),
        (AuditAction.ERASE, cast.admin.user),
    ]


def test_changes_through_the_pages_are_logged(cast, login):
    client = login(cast.worker)
    client.post(
        reverse("community:member_edit", args=["rabot", cast.neighbour.pk]),
        {
            "display_name": "Jef",
            "roles": ["resident"],
            "interface_language": "nl",
            "contact_channel": "email",
            "email": "jef@example.org",
        },
    )
    client.post(
        reverse("community:member_privacy", args=["rabot", cast.neighbour.pk]),
        {"health__consent": "on", "health": "diabetes"},
    )
    client.get(reverse("community:member_export", args=["rabot", cast.neighbour.pk]))

    actions = [event.action for event in events_about(cast.neighbour)]
    assert actions == [
        AuditAction.UPDATE,
        AuditAction.CONSENT,
        AuditAction.UPDATE,
        AuditAction.EXPORT,
    ]
    logged = json.dumps(list(AuditEvent.objects.values_list("fields", flat=True)))
    assert "jef@example.org" not in logged
    assert "diabetes" not in logged


def test_the_admin_reads_the_log_without_the_values(cast, login):
    member_privacy_update(
        actor=cast.worker,
        place=cast.rabot,
        member=cast.resident,
        choices={"origin": PrivacyChoice(consent=True, value="Marokko")},
    )

    html = login(cast.admin).get(reverse("community:audit", args=["rabot"])).content.decode()

    assert "sara" in html
    assert f"#{cast.resident.pk}" in html
    assert "herkomst" in html  # the field, named in words
    assert "Marokko" not in html


def test_the_log_book_names_fields_in_words_and_never_shows_values(cast, login):
    member_privacy_update(
        actor=cast.worker,
        place=cast.rabot,
        member=cast.resident,
        choices={"health": PrivacyChoice(consent=True, value="suikerziekte")},
    )
    html = login(cast.admin).get(reverse("community:audit", args=["rabot"])).content.decode()

    assert "gezondheid" in html
    assert "suikerziekte" not in html
