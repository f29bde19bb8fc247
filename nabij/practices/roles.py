"""Who works with practices: staff record practices and reflections; staff and the
place's analyst (often a researcher) read them, and upload, code and review texts."""

from nabij.community.choices import STAFF_ROLES, RoleKind

READERS = frozenset({*STAFF_ROLES, RoleKind.ANALYST})
