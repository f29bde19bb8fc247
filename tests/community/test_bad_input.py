"""What is refused: each refusal names its reason in the person's language and changes nothing."""

from datetime import timedelta

import pytest
from django.apps import apps
from django.contrib.auth.models import User
from django.forms import MultipleChoiceField
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.functional import Promise
from django.utils.html import escape

from nabij.community import services
from nabij.community.choices import EventKind
from nabij.community.errors import CommunityError
from nabij.community.services import MemberDetails, PrivacyChoice
from nabij.errors import DomainError


def rows() -> dict[str, int]:
    """How many rows every community table (and the log-ins) holds."""
    models = [*apps.get_app_config("community").get_models(), User]
    return {model.__name__: model.objects.count() for model in models}


def assert_translatable(code: CommunityError) -> None:
    assert isinstance(code, CommunityError)
    assert isinstance(code.message, Promise), f"{code} message is not marked for translation"


def register(cast, **details):
    roles = details.pop("roles", ("resident",))
    actor = details.pop("actor", cast.worker)
    return lambda: services.member_register(
        actor=actor,
        place=cast.rabot,
        details=MemberDetails(**{"display_name": "Fatma", **details}),
        roles=roles,
    )


def _soon():
    return timezone.now() + timedelta(days=1)


SERVICE_REFUSALS = {
    "empty name": (lambda cast, life: register(cast, display_name=""), CommunityError.NAME_EMPTY),
    "whitespace-only name": (
        lambda cast, life: register(cast, display_name=" \t\n "),
        CommunityError.NAME_EMPTY,
    ),
    "too-long name": (
        lambda cast, life: register(cast, display_name="F" * 81),
        CommunityError.NAME_TOO_LONG,
    ),
    "language xx": (
        lambda cast, life: register(cast, languages=("nl", "xx")),
        CommunityError.LANGUAGE_UNKNOWN,
    ),
    "language klingon": (
        lambda cast, life: register(cast, languages=("klingon",)),
        CommunityError.LANGUAGE_UNKNOWN,
    ),
    "phone channel without phone": (
        lambda cast, life: register(cast, contact_channel="phone"),
        CommunityError.CHANNEL_NEEDS_PHONE,
    ),
    "e-mail channel with invalid e-mail": (
        lambda cast, life: register(cast, contact_channel="email", email="fatma@"),
        CommunityError.EMAIL_INVALID,
    ),
    "unknown role": (
        lambda cast, life: register(cast, roles=("mayor",)),
        CommunityError.ROLE_UNKNOWN,
    ),
    "a worker who is not an admin registers an admin": (
        lambda cast, life: register(cast, roles=("worker", "admin")),
        CommunityError.ADMIN_ONLY,
    ),
    "a worker who is not an admin makes herself admin": (
        lambda cast, life: (
            lambda: services.member_update(
                actor=cast.worker,
                place=cast.rabot,
                member=cast.worker,
                details=MemberDetails(display_name="Sara"),
                roles=("worker", "admin"),
            )
        ),
        CommunityError.ADMIN_ONLY,
    ),
    "a worker who is not an admin takes the admin role away": (
        lambda cast, life: (
            lambda: services.member_update(
                actor=cast.worker,
                place=cast.rabot,
                member=cast.admin,
                details=MemberDetails(display_name="Koen"),
                roles=("worker",),
            )
        ),
        CommunityError.ADMIN_ONLY,
    ),
    "worker of another place registers in Rabot": (
        lambda cast, life: register(cast, actor=cast.school_worker),
        CommunityError.NOT_YOUR_PLACE,
    ),
    "member of another place added to a group": (
        lambda cast, life: (
            lambda: services.group_member_add(
                actor=cast.worker, place=cast.rabot, group=life.group, member=cast.pupil_parent
            )
        ),
        CommunityError.NOT_IN_PLACE,
    ),
    "member of another place added to an event": (
        lambda cast, life: (
            lambda: services.attendance_record(
                actor=cast.worker, place=cast.rabot, event=life.event, member=cast.pupil_parent
            )
        ),
        CommunityError.NOT_IN_PLACE,
    ),
    "event ending before it starts": (
        lambda cast, life: (
            lambda: services.event_create(
                actor=cast.worker,
                place=cast.rabot,
                title="Buurtfeest",
                kind=EventKind.ACTIVITY,
                starts_at=_soon(),
                ends_at=_soon() - timedelta(hours=2),
            )
        ),
        CommunityError.PERIOD_INVALID,
    ),
    "sensitive value without consent (form)": (
        lambda cast, life: (
            lambda: services.member_privacy_update(
                actor=cast.worker,
                place=cast.rabot,
                member=cast.resident,
                choices={"origin": PrivacyChoice(consent=False, value="Marokko")},
            )
        ),
        CommunityError.CONSENT_MISSING,
    ),
    "sensitive value without consent (one value)": (
        lambda cast, life: (
            lambda: services.sensitive_set(
                actor=cast.worker, place=cast.rabot, member=cast.resident, kind="origin", value="X"
            )
        ),
        CommunityError.CONSENT_MISSING,
    ),
}


@pytest.mark.parametrize("case", list(SERVICE_REFUSALS))
def test_the_service_refuses_and_changes_nothing(case, cast, life):
    make_call, code = SERVICE_REFUSALS[case]
    call = make_call(cast, life)
    before = rows()

    with pytest.raises(DomainError) as refused:
        call()

    assert refused.value.code is code
    assert_translatable(refused.value.code)
    assert str(code.message).split("%")[0] in refused.value.message
    assert rows() == before


def test_a_refused_update_changes_nothing(cast):
    before = rows()
    with pytest.raises(DomainError):
        services.member_update(
            actor=cast.worker,
            place=cast.rabot,
            member=cast.resident,
            details=MemberDetails(display_name="Amina B.", languages=("ar", "xx")),
        )
    cast.resident.refresh_from_db()
    assert cast.resident.display_name == "Amina"
    assert rows() == before


# What the registration form sends when a worker leaves everything but the name alone.
FORM = {
    "display_name": "Fatma",
    "roles": ["resident"],
    "interface_language": "nl",
    "contact_channel": "via_worker",
}

FORM_REFUSALS = {
    "empty name": ({"display_name": ""}, DomainError(CommunityError.NAME_EMPTY)),
    "whitespace-only name": ({"display_name": "   "}, DomainError(CommunityError.NAME_EMPTY)),
    "too-long name": (
        {"display_name": "F" * 81},
        DomainError(CommunityError.NAME_TOO_LONG, limit=80),
    ),
    "language xx": (
        {"other_languages": "xx"},
        DomainError(CommunityError.LANGUAGE_UNKNOWN, language="xx"),
    ),
    "language klingon": (
        {"other_languages": "klingon"},
        DomainError(CommunityError.LANGUAGE_UNKNOWN, language="klingon"),
    ),
    "phone channel without phone": (
        {"contact_channel": "phone"},
        DomainError(CommunityError.CHANNEL_NEEDS_PHONE),
    ),
    "e-mail channel with invalid e-mail": (
        {"contact_channel": "email", "email": "fatma@"},
        DomainError(CommunityError.EMAIL_INVALID),
    ),
}


@pytest.mark.parametrize("case", list(FORM_REFUSALS))
def test_the_registration_form_shows_the_refusal_and_changes_nothing(case, cast, login):
    changes, expected = FORM_REFUSALS[case]
    client = login(cast.worker)
    before = rows()

    response = client.post(reverse("community:member_new", args=["rabot"]), FORM | changes)

    assert response.status_code == 200
    assert_translatable(expected.code)
    assert escape(expected.message) in response.content.decode()
    assert rows() == before


def test_the_form_refuses_an_unknown_role(cast, login):
    client = login(cast.worker)
    before = rows()

    response = client.post(
        reverse("community:member_new", args=["rabot"]), FORM | {"roles": ["mayor"]}
    )

    invalid = MultipleChoiceField.default_error_messages["invalid_choice"] % {"value": "mayor"}
    assert response.status_code == 200
    assert escape(str(invalid)) in response.content.decode()
    assert rows() == before


def test_a_worker_of_another_place_cannot_post_rabots_registration_form(cast, login):
    client = login(cast.school_worker)
    before = rows()

    response = client.post(reverse("community:member_new", args=["rabot"]), FORM)

    assert response.status_code == 403
    assert rows() == before


@pytest.mark.parametrize("where", ["group_member_add", "event_attendance_add"])
def test_someone_from_another_place_cannot_be_added_through_the_page(where, cast, life, login):
    client = login(cast.worker)
    pk = life.group.pk if where == "group_member_add" else life.event.pk
    before = rows()

    response = client.post(
        reverse(f"community:{where}", args=["rabot", pk]),
        {"member": cast.pupil_parent.pk},
        follow=True,
    )

    assert response.status_code == 200
    assert escape(str(CommunityError.NOT_IN_PLACE.message)) in response.content.decode()
    assert rows() == before


def test_the_event_form_refuses_an_end_before_the_start(cast, login):
    client = login(cast.worker)
    before = rows()

    response = client.post(
        reverse("community:event_list", args=["rabot"]),
        {
            "title": "Buurtfeest",
            "kind": "activity",
            "starts_at": "2030-06-01 18:00",
            "ends_at": "2030-06-01 14:00",
        },
    )

    assert response.status_code == 200
    assert escape(str(CommunityError.PERIOD_INVALID.message)) in response.content.decode()
    assert rows() == before


def test_the_privacy_form_refuses_a_value_without_consent(cast, login):
    client = login(cast.worker)
    before = rows()

    response = client.post(
        reverse("community:member_privacy", args=["rabot", cast.resident.pk]),
        {"origin": "Marokko"},
    )

    assert response.status_code == 200
    assert escape(str(CommunityError.CONSENT_MISSING.message)) in response.content.decode()
    assert "Marokko" not in response.content.decode().replace('value="Marokko"', "")
    assert rows() == before


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_refusal_is_shown_in_the_chosen_language(language, cast, login, settings):
    client = login(cast.worker)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language

    response = client.post(
        reverse("community:member_new", args=["rabot"]), FORM | {"contact_channel": "phone"}
    )

    with translation.override(language):
        expected = str(CommunityError.CHANNEL_NEEDS_PHONE.message)
    assert response.status_code == 200
    assert f'lang="{language}"' in response.content.decode()
    assert escape(expected) in response.content.decode()
