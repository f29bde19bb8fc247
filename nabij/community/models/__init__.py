from .audit import AuditEvent
from .groups import Attendance, Event, Group, GroupMembership
from .members import Buddy, Household, Member, Role, SpokenLanguage
from .places import Organisation, OrganisationPlace, Place
from .privacy import Consent, SensitiveAttribute
from .sectors import Sector

__all__ = [
    "Attendance",
    "AuditEvent",
    "Buddy",
    "Consent",
    "Event",
    "Group",
    "GroupMembership",
    "Household",
    "Member",
    "Organisation",
    "OrganisationPlace",
    "Place",
    "Role",
    "Sector",
    "SensitiveAttribute",
    "SpokenLanguage",
]
