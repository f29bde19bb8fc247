"""A person's right of access: everything Nabij holds about them, as JSON, and logged."""

import json

from django.urls import reverse

from nabij.community.choices import AuditAction
from nabij.community.models import AuditEvent
from nabij.community.services import (
    MemberDetails,
    PrivacyChoice,
    attendance_record,
    group_member_add,
    member_export,
    member_privacy_update,
    member_update,
)


def _amina_in_full(cast, life) -> None:
    member_update(
        actor=cast.worker,
        place=cast.rabot,
        member=cast.resident,
        details=MemberDetails(
            display_name="Amina",
            languages=("ar", "zgh"),
            contact_channel="phone",
            phone="0470 11 22 33",
            sector="Rabotstraat",
            skills=("couscous koken",),
            vulnerable=True,
        ),
    )
    member_privacy_update(
        actor=cast.worker,
        place=cast.rabot,
        member=cast.resident,
        choices={
            "origin": PrivacyChoice(consent=True, value="Marokko"),
            "health": PrivacyChoice(consent=True, value="astma"),
        },
    )
    group_member_add(actor=cast.worker, place=cast.rabot, group=life.group, member=cast.resident)
    attendance_record(actor=cast.worker, place=cast.rabot, event=life.event, member=cast.resident)


def test_the_export_holds_everything_including_decrypted_special_category_data(cast, life, paired):
    _amina_in_full(cast, life)

    data = member_export(actor=cast.worker, place=cast.rabot, member=cast.resident)

    assert data["member"]["display_name"] == "Amina"
    assert data["member"]["phone"] == "0470 11 22 33"
    assert data["member"]["skills"] == ["couscous koken"]
    assert data["languages"] == ["ar", "zgh"]
    assert [role["role"] for role in data["roles"]] == ["resident"]
    assert {consent["purpose"] for consent in data["consents"]} == {"origin", "health"}
    assert data["special_category"] == {"origin": "Marokko", "health": "astma"}
    assert data["groups"] == ["Repair café Rabot"]
    assert [event["title"] for event in data["events"]] == ["Repair café in de Rabotzaal"]
    assert data["buddies"] == ["Youssef"]
    json.dumps(data)  # it must travel as JSON


def test_the_export_is_logged(cast):
    member_export(actor=cast.worker, place=cast.rabot, member=cast.resident)

    event = AuditEvent.objects.get(member=cast.resident)
    assert (event.action, event.actor) == (AuditAction.EXPORT, cast.worker.user)


def test_a_worker_downloads_the_export(cast, life, login):
    _amina_in_full(cast, life)

    response = login(cast.worker).get(
        reverse("community:member_export", args=["rabot", cast.resident.pk])
    )

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert f"nabij-member-{cast.resident.pk}.json" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["special_category"]["origin"] == "Marokko"
    assert AuditEvent.objects.filter(member=cast.resident, action=AuditAction.EXPORT).count() == 1
