"""Every write in the community app. Each service validates first and runs in one transaction."""

from .groups import attendance_record, event_create, group_create, group_member_add
from .members import MemberDetails, buddy_link, member_register, member_update
from .organisations import organisation_create, partner_appoint
from .privacy import (
    PrivacyChoice,
    consent_give,
    consent_withdraw,
    member_erase,
    member_export,
    member_privacy_update,
    sensitive_set,
)

__all__ = [
    "MemberDetails",
    "PrivacyChoice",
    "attendance_record",
    "buddy_link",
    "consent_give",
    "consent_withdraw",
    "event_create",
    "group_create",
    "group_member_add",
    "member_erase",
    "member_export",
    "member_privacy_update",
    "member_register",
    "member_update",
    "organisation_create",
    "partner_appoint",
    "sensitive_set",
]
