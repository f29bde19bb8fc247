"""Callbacks through which other apps hear that a member changed.

Community sits below the apps built on it and imports none of them. An app that keeps a
copy of a member's details (mutual aid's helper card on each offer) registers a callback
in its AppConfig.ready(); the community services call `member_changed` inside their
transaction, after the write, so the copy commits or rolls back together with the change.
"""

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nabij.community.models import Member

# Called with the member and the names of the fields that changed (MemberDetails names,
# "roles", ...), or None when anything may have changed, as on erasure.
MemberChanged = Callable[["Member", Collection[str] | None], None]

_member_changed: list[MemberChanged] = []


def on_member_changed(callback: MemberChanged) -> MemberChanged:
    """Register a callback; registering the same one again changes nothing."""
    if callback not in _member_changed:
        _member_changed.append(callback)
    return callback


def member_changed(member: "Member", fields: Collection[str] | None = None) -> None:
    for callback in _member_changed:
        callback(member, fields)
