"""Who works with signals: staff do everything; the analyst reads results and reports."""

from nabij.community.choices import RoleKind

STAFF = (RoleKind.WORKER, RoleKind.ADMIN)
READERS = (*STAFF, RoleKind.ANALYST)
