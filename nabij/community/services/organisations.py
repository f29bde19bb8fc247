"""Organisations that work in a place (a shop, a service, a citizen initiative), and the
members who act for them there: the partner role names its organisation."""

from datetime import datetime

from django.db import transaction

from nabij.community.choices import AuditAction, OrganisationKind, RoleKind
from nabij.community.errors import CommunityError
from nabij.community.models import Member, Organisation, OrganisationPlace, Place, Role
from nabij.community.services.common import (
    audit_record,
    lock_members,
    now_or,
    require_in_place,
    require_role,
)
from nabij.errors import DomainError

NAME_LIMIT = 160


def organisation_create(
    *, actor: Member, place: Place, name: str, kind: str, now: datetime | None = None
) -> Organisation:
    """A new organisation working in this place."""
    name = " ".join(name.split())
    if not name:
        raise DomainError(CommunityError.NAME_EMPTY, field="name")
    if len(name) > NAME_LIMIT:
        raise DomainError(CommunityError.NAME_TOO_LONG, field="name", limit=NAME_LIMIT)
    if kind not in OrganisationKind.values:
        raise DomainError(CommunityError.VALUE_EMPTY, field="kind")
    with transaction.atomic():
        require_role(actor, place)
        existing = Organisation.objects.filter(places=place, name__iexact=name).first()
        if existing is not None:
            raise DomainError(CommunityError.ORGANISATION_EXISTS, field="name", name=existing.name)
        organisation = Organisation.objects.create(name=name, kind=kind)
        OrganisationPlace.objects.create(place=place, organisation=organisation)
    return organisation


def partner_appoint(
    *,
    actor: Member,
    place: Place,
    organisation: Organisation,
    member: Member,
    now: datetime | None = None,
) -> Role:
    """Let a member of the place act for the organisation here (take payments at its till,
    post its tasks). One organisation per partner per place: appointing moves the role."""
    now = now_or(now)
    with transaction.atomic():
        require_role(actor, place)
        if not OrganisationPlace.objects.filter(place=place, organisation=organisation).exists():
            raise DomainError(CommunityError.ORGANISATION_NOT_HERE, field="organisation")
        member = lock_members([member.pk])[member.pk]
        require_in_place(member, place)
        role, created = Role.objects.get_or_create(
            place=place,
            member=member,
            kind=RoleKind.PARTNER,
            defaults={"organisation": organisation, "since": now},
        )
        if not created and role.organisation_id != organisation.pk:
            role.organisation = organisation
            role.save(update_fields=["organisation"])
        audit_record(
            actor=actor,
            place=place,
            member=member,
            action=AuditAction.UPDATE,
            fields=["roles"],
            now=now,
        )
    return role
