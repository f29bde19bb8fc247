"""Registering and updating members, their roles, and buddy pairings."""

import re
from collections.abc import Collection
from dataclasses import dataclass, fields, replace
from datetime import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction

from nabij.community.availability import ALL_SLOTS
from nabij.community.choices import AgeBand, AuditAction, ContactChannel, RoleKind
from nabij.community.errors import CommunityError
from nabij.community.hooks import member_changed
from nabij.community.languages import normalise_code
from nabij.community.models import Buddy, Member, Place, Role, SpokenLanguage
from nabij.community.services.common import (
    audit_record,
    lock_members,
    now_or,
    require_in_place,
    require_role,
)
from nabij.errors import DomainError

NAME_LIMIT = 80
SECTOR_LIMIT = 80
SKILL_LIMIT = 40
PHONE_SHAPE = re.compile(r"^\+?[0-9][0-9 ()./-]{5,30}$")


@dataclass(frozen=True)
class MemberDetails:
    """What a worker may record about a person. Only the name is required."""

    display_name: str
    languages: tuple[str, ...] = ()
    contact_channel: str = ContactChannel.VIA_WORKER
    phone: str = ""
    email: str = ""
    sector: str = ""
    skills: tuple[str, ...] = ()
    availability: int = 0
    age_band: str = AgeBand.UNKNOWN
    vulnerable: bool = False
    interface_language: str = "nl"


def _clean_text(value: str, *, limit: int, field: str) -> str:
    value = " ".join(value.split())
    if len(value) > limit:
        raise DomainError(CommunityError.VALUE_TOO_LONG, field=field, limit=limit)
    return value


def details_clean(details: MemberDetails) -> MemberDetails:
    """The details in canonical form, or a DomainError naming the first problem."""
    name = " ".join(details.display_name.split())
    if not name:
        raise DomainError(CommunityError.NAME_EMPTY, field="display_name")
    if len(name) > NAME_LIMIT:
        raise DomainError(CommunityError.NAME_TOO_LONG, field="display_name", limit=NAME_LIMIT)

    languages: list[str] = []
    for raw in details.languages:
        code = normalise_code(raw)
        if code is None:
            raise DomainError(CommunityError.LANGUAGE_UNKNOWN, field="languages", language=raw)
        if code not in languages:
            languages.append(code)

    channel = details.contact_channel
    if channel not in ContactChannel.values:
        raise DomainError(CommunityError.VALUE_EMPTY, field="contact_channel")
    phone = details.phone.strip()
    email = details.email.strip().lower()
    if phone and not PHONE_SHAPE.match(phone):
        raise DomainError(CommunityError.PHONE_INVALID, field="phone")
    if email:
        try:
            validate_email(email)
        except ValidationError:
            raise DomainError(CommunityError.EMAIL_INVALID, field="email") from None
    if channel == ContactChannel.PHONE and not phone:
        raise DomainError(CommunityError.CHANNEL_NEEDS_PHONE, field="phone")
    if channel == ContactChannel.EMAIL and not email:
        raise DomainError(CommunityError.CHANNEL_NEEDS_EMAIL, field="email")

    if not 0 <= details.availability <= ALL_SLOTS:
        raise DomainError(CommunityError.AVAILABILITY_INVALID, field="availability")
    if details.age_band not in AgeBand.values:
        raise DomainError(CommunityError.VALUE_EMPTY, field="age_band")
    interface_language = details.interface_language
    if interface_language not in {code for code, _name in settings.LANGUAGES}:
        raise DomainError(
            CommunityError.LANGUAGE_UNKNOWN, field="interface_language", language=interface_language
        )

    skills: list[str] = []
    for raw in details.skills:
        skill = _clean_text(raw, limit=SKILL_LIMIT, field="skills")
        if skill and skill.lower() not in (s.lower() for s in skills):
            skills.append(skill)

    return replace(
        details,
        display_name=name,
        languages=tuple(languages),
        phone=phone,
        email=email,
        sector=_clean_text(details.sector, limit=SECTOR_LIMIT, field="sector"),
        skills=tuple(skills),
        interface_language=interface_language,
    )


def _roles_clean(roles: Collection[str]) -> set[RoleKind]:
    if not roles:
        raise DomainError(CommunityError.ROLES_EMPTY, field="roles")
    if any(role not in RoleKind.values for role in roles):
        raise DomainError(CommunityError.ROLE_UNKNOWN, field="roles")
    return {RoleKind(role) for role in roles}


def _require_may_grant(actor: Member, place: Place, changed: set[RoleKind]) -> None:
    """Only an admin gives or takes the admin role: otherwise any worker could make
    themselves admin and read the audit log that watches them."""
    if (
        RoleKind.ADMIN in changed
        and not Role.objects.filter(place=place, member=actor, kind=RoleKind.ADMIN).exists()
    ):
        raise DomainError(CommunityError.ADMIN_ONLY, field="roles")


def _write_details(member: Member, details: MemberDetails) -> list[str]:
    """Apply details to the member row and its languages; return the names of what changed."""
    changed = []
    for field in fields(MemberDetails):
        if field.name == "languages":
            continue
        value = getattr(details, field.name)
        value = list(value) if field.name == "skills" else value
        if getattr(member, field.name) != value:
            setattr(member, field.name, value)
            changed.append(field.name)
    current = [language.code for language in member.languages.all()] if member.pk else []
    if current != list(details.languages):
        changed.append("languages")
    return changed


def _replace_languages(member: Member, codes: tuple[str, ...]) -> None:
    SpokenLanguage.objects.filter(member=member).delete()
    SpokenLanguage.objects.bulk_create(SpokenLanguage(member=member, code=code) for code in codes)


def member_register(
    *,
    actor: Member,
    place: Place,
    details: MemberDetails,
    roles: Collection[str] = (RoleKind.RESIDENT,),
    now: datetime | None = None,
) -> Member:
    """Register a person on their behalf: a name is enough, no e-mail or papers needed."""
    now = now_or(now)
    details = details_clean(details)
    role_kinds = _roles_clean(roles)
    with transaction.atomic():
        require_role(actor, place)
        _require_may_grant(actor, place, role_kinds)
        member = Member(place=place, created_at=now, updated_at=now, created_by=actor)
        changed = _write_details(member, details)
        member.save()
        _replace_languages(member, details.languages)
        Role.objects.bulk_create(
            Role(place=place, member=member, kind=kind, since=now) for kind in sorted(role_kinds)
        )
        audit_record(
            actor=actor,
            place=place,
            member=member,
            action=AuditAction.CREATE,
            fields=changed,
            now=now,
        )
    return member


def member_update(
    *,
    actor: Member,
    place: Place,
    member: Member,
    details: MemberDetails,
    roles: Collection[str] | None = None,
    now: datetime | None = None,
) -> Member:
    """Change a member's details and, optionally, their roles in this place."""
    now = now_or(now)
    details = details_clean(details)
    role_kinds = _roles_clean(roles) if roles is not None else None
    with transaction.atomic():
        require_role(actor, place)
        member = lock_members([member.pk])[member.pk]
        require_in_place(member, place)
        changed = _write_details(member, details)
        if role_kinds is not None:
            existing = set(
                Role.objects.filter(place=place, member=member).values_list("kind", flat=True)
            )
            if existing != role_kinds:
                _require_may_grant(actor, place, existing ^ role_kinds)
                Role.objects.filter(place=place, member=member).exclude(
                    kind__in=role_kinds
                ).delete()
                Role.objects.bulk_create(
                    Role(place=place, member=member, kind=kind, since=now)
                    for kind in sorted(role_kinds - existing)
                )
                changed.append("roles")
        if changed:
            member.updated_at = now
            member.save()
            if "languages" in changed:
                _replace_languages(member, details.languages)
            member_changed(member, changed)
            audit_record(
                actor=actor,
                place=place,
                member=member,
                action=AuditAction.UPDATE,
                fields=changed,
                now=now,
            )
    return member


def buddy_link(
    *, actor: Member, place: Place, volunteer: Member, member: Member, now: datetime | None = None
) -> Buddy:
    """Pair a volunteer with a member; from then on the volunteer sees the member's card."""
    now = now_or(now)
    if volunteer.pk == member.pk:
        raise DomainError(CommunityError.SAME_PERSON, field="volunteer")
    with transaction.atomic():
        require_role(actor, place)
        require_in_place(member, place)
        if not Role.objects.filter(place=place, member=volunteer, kind=RoleKind.VOLUNTEER).exists():
            raise DomainError(CommunityError.NOT_A_VOLUNTEER, field="volunteer")
        if Buddy.objects.filter(place=place, volunteer=volunteer, member=member).exists():
            raise DomainError(CommunityError.ALREADY_LINKED, field="volunteer")
        buddy = Buddy.objects.create(
            place=place, volunteer=volunteer, member=member, created_by=actor, since=now
        )
        audit_record(
            actor=actor,
            place=place,
            member=member,
            action=AuditAction.UPDATE,
            fields=["buddy"],
            now=now,
        )
    return buddy
