"""Consent, special-category data, and a person's rights: export and erasure."""

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from django.db import transaction

from nabij.community import crypto
from nabij.community.choices import AuditAction, ContactChannel, SensitiveKind
from nabij.community.errors import CommunityError
from nabij.community.hooks import member_changed
from nabij.community.models import (
    Attendance,
    Buddy,
    Consent,
    GroupMembership,
    Member,
    Place,
    Role,
    SensitiveAttribute,
    SpokenLanguage,
)
from nabij.community.services.common import (
    audit_record,
    lock_members,
    now_or,
    require_in_place,
    require_role,
)
from nabij.errors import DomainError

SENSITIVE_LIMIT = 200


def _kind(kind: str) -> SensitiveKind:
    if kind not in SensitiveKind.values:
        raise DomainError(CommunityError.CONSENT_MISSING, field="kind")
    return SensitiveKind(kind)


def _give(actor: Member, member: Member, purpose: SensitiveKind, now: datetime) -> Consent:
    active = Consent.objects.filter(member=member, purpose=purpose, withdrawn_at=None).first()
    if active is not None:
        return active
    return Consent.objects.create(member=member, purpose=purpose, given_at=now, recorded_by=actor)


def _withdraw(member: Member, purpose: SensitiveKind, now: datetime) -> bool:
    SensitiveAttribute.objects.filter(member=member, kind=purpose).delete()
    return bool(
        Consent.objects.filter(member=member, purpose=purpose, withdrawn_at=None).update(
            withdrawn_at=now
        )
    )


def _store(member: Member, kind: SensitiveKind, value: str) -> SensitiveAttribute:
    consent = Consent.objects.filter(member=member, purpose=kind, withdrawn_at=None).first()
    if consent is None:
        raise DomainError(CommunityError.CONSENT_MISSING, field=kind)
    attribute, _created = SensitiveAttribute.objects.update_or_create(
        member=member, kind=kind, defaults={"consent": consent, "ciphertext": crypto.encrypt(value)}
    )
    return attribute


def _value(kind: SensitiveKind, value: str) -> str:
    value = " ".join(value.split())
    if len(value) > SENSITIVE_LIMIT:
        raise DomainError(CommunityError.VALUE_TOO_LONG, field=kind, limit=SENSITIVE_LIMIT)
    return value


def _require_home_place(member: Member, place: Place) -> None:
    """Rights over the whole record (consent, export, erasure) belong to its home place.

    A person with a role in a second place stays visible there, but that place's staff
    cannot read their special-category data or erase them everywhere.
    """
    if member.place_id != place.pk:
        raise DomainError(CommunityError.HOME_PLACE_ONLY)


def _locked_member(actor: Member, place: Place, member: Member) -> Member:
    require_role(actor, place)
    member = lock_members([member.pk])[member.pk]
    require_in_place(member, place)
    _require_home_place(member, place)
    return member


def consent_give(
    *, actor: Member, place: Place, member: Member, purpose: str, now: datetime | None = None
) -> Consent:
    """Record that the person agreed to one purpose; giving it twice keeps the first."""
    now = now_or(now)
    purpose = _kind(purpose)
    with transaction.atomic():
        member = _locked_member(actor, place, member)
        consent = _give(actor, member, purpose, now)
        audit_record(
            actor=actor,
            place=place,
            member=member,
            action=AuditAction.CONSENT,
            fields=[purpose],
            now=now,
        )
    return consent


def consent_withdraw(
    *, actor: Member, place: Place, member: Member, purpose: str, now: datetime | None = None
) -> None:
    """Withdraw a consent; the data it allowed is deleted in the same transaction."""
    now = now_or(now)
    purpose = _kind(purpose)
    with transaction.atomic():
        member = _locked_member(actor, place, member)
        if _withdraw(member, purpose, now):
            audit_record(
                actor=actor,
                place=place,
                member=member,
                action=AuditAction.CONSENT,
                fields=[purpose],
                now=now,
            )


def sensitive_set(
    *,
    actor: Member,
    place: Place,
    member: Member,
    kind: str,
    value: str,
    now: datetime | None = None,
) -> SensitiveAttribute | None:
    """Store (encrypted) or, with an empty value, remove one special-category attribute."""
    now = now_or(now)
    kind = _kind(kind)
    value = _value(kind, value)
    with transaction.atomic():
        member = _locked_member(actor, place, member)
        if value:
            attribute = _store(member, kind, value)
        else:
            SensitiveAttribute.objects.filter(member=member, kind=kind).delete()
            attribute = None
        audit_record(
            actor=actor,
            place=place,
            member=member,
            action=AuditAction.UPDATE,
            fields=[kind],
            now=now,
        )
    return attribute


@dataclass(frozen=True)
class PrivacyChoice:
    """For one kind of special-category data: is there consent, and what to store."""

    consent: bool
    value: str = ""  # a new value; empty keeps what is stored
    clear: bool = False


def member_privacy_update(
    *,
    actor: Member,
    place: Place,
    member: Member,
    choices: Mapping[str, PrivacyChoice],
    now: datetime | None = None,
) -> None:
    """Apply a whole consent form at once: all of it, or (on any refusal) none of it."""
    now = now_or(now)
    cleaned = {}
    for kind, choice in choices.items():
        kind = _kind(kind)
        value = _value(kind, choice.value)
        if value and not choice.consent:
            raise DomainError(CommunityError.CONSENT_MISSING, field=kind)
        cleaned[kind] = replace(choice, value=value)
    with transaction.atomic():
        member = _locked_member(actor, place, member)
        consents, updates = [], []
        for kind, choice in cleaned.items():
            if choice.consent:
                active_before = Consent.objects.filter(
                    member=member, purpose=kind, withdrawn_at=None
                ).exists()
                _give(actor, member, kind, now)
                if not active_before:
                    consents.append(kind)
                if choice.value:
                    _store(member, kind, choice.value)
                    updates.append(kind)
                elif choice.clear:
                    SensitiveAttribute.objects.filter(member=member, kind=kind).delete()
                    updates.append(kind)
            elif _withdraw(member, kind, now):
                consents.append(kind)
        if consents:
            audit_record(
                actor=actor,
                place=place,
                member=member,
                action=AuditAction.CONSENT,
                fields=consents,
                now=now,
            )
        if updates:
            audit_record(
                actor=actor,
                place=place,
                member=member,
                action=AuditAction.UPDATE,
                fields=updates,
                now=now,
            )


def member_export(
    *, actor: Member, place: Place, member: Member, now: datetime | None = None
) -> dict[str, Any]:
    """Everything Nabij holds about a person, for the person (their right of access)."""
    now = now_or(now)
    with transaction.atomic():
        require_role(actor, place)
        # What is stored now, not what the caller's copy of the row happened to hold.
        member = Member.objects.select_related("place").get(pk=member.pk)
        require_in_place(member, place)
        _require_home_place(member, place)
        audit_record(actor=actor, place=place, member=member, action=AuditAction.EXPORT, now=now)
        data = {
            "exported_at": now.isoformat(),
            "member": {
                "id": member.pk,
                "display_name": member.display_name,
                "home_place": member.place.slug,
                "interface_language": member.interface_language,
                "contact_channel": member.contact_channel,
                "phone": member.phone,
                "email": member.email,
                "sector": member.sector,
                "skills": list(member.skills),
                "availability": member.availability,
                "age_band": member.age_band,
                "vulnerable": member.vulnerable,
                "created_at": member.created_at.isoformat(),
                "updated_at": member.updated_at.isoformat(),
            },
            "languages": list(
                SpokenLanguage.objects.filter(member=member).values_list("code", flat=True)
            ),
            "roles": [
                {"place": role.place.slug, "role": role.kind, "since": role.since.isoformat()}
                for role in Role.objects.filter(member=member).select_related("place")
            ],
            "consents": [
                {
                    "purpose": consent.purpose,
                    "given_at": consent.given_at.isoformat(),
                    "withdrawn_at": consent.withdrawn_at.isoformat()
                    if consent.withdrawn_at
                    else None,
                }
                for consent in Consent.objects.filter(member=member)
            ],
            "special_category": {
                attribute.kind: crypto.decrypt(attribute.ciphertext)
                for attribute in SensitiveAttribute.objects.filter(member=member)
            },
            "groups": list(
                GroupMembership.objects.filter(member=member).values_list("group__name", flat=True)
            ),
            "events": [
                {"title": title, "starts_at": starts_at.isoformat()}
                for title, starts_at in Attendance.objects.filter(member=member).values_list(
                    "event__title", "event__starts_at"
                )
            ],
            "buddies": list(
                Buddy.objects.filter(member=member).values_list(
                    "volunteer__display_name", flat=True
                )
            ),
        }
    return data


def member_erase(
    *, actor: Member, place: Place, member: Member, now: datetime | None = None
) -> Member:
    """Erase a person on request: pseudonymise the row that other records point to.

    Roles, attendance and group memberships stay (counts and other people's history
    depend on them) but no longer say who; contact details, languages, skills,
    special-category data, buddy pairings and the log-in are removed.
    """
    now = now_or(now)
    with transaction.atomic():
        member = _locked_member(actor, place, member)
        SensitiveAttribute.objects.filter(member=member).delete()
        Consent.objects.filter(member=member, withdrawn_at=None).update(withdrawn_at=now)
        SpokenLanguage.objects.filter(member=member).delete()
        Buddy.objects.filter(member=member).delete()
        Buddy.objects.filter(volunteer=member).delete()
        user = member.user
        member.display_name = f"#{member.pk}"
        member.user = None
        member.contact_channel = ContactChannel.NONE
        member.phone = ""
        member.email = ""
        member.contact_worker = None
        member.sector = ""
        member.skills = []
        member.availability = 0
        member.age_band = ""
        member.household = None
        member.vulnerable = False
        member.erased_at = now
        member.updated_at = now
        member.save()
        member_changed(member)
        if user is not None:
            # The account stays (the audit trail points to it) but can never log in again.
            user.username = f"erased-{member.pk}"
            user.email = user.first_name = user.last_name = ""
            user.is_active = False
            user.set_unusable_password()
            user.save()
        audit_record(actor=actor, place=place, member=member, action=AuditAction.ERASE, now=now)
    return member
