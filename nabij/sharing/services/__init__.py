"""Every write of the library of things. Each service checks who acts, validates first and
runs in one transaction; a refusal raises DomainError(SharingError.X) (or CommunityError.
NOT_YOUR_PLACE / NOT_IN_PLACE) and writes nothing. `now` defaults to timezone.now().

Items (staff; photos and retiring also the owning member)
    item_register(*, actor, place, name, category, condition, owner_member=None,
        owner_organisation=None, description="", rules="", pickup_location="",
        deposit_cents=None, deposit_currency=None, deposit_units=None, now=None) -> Item
    item_update(*, actor, place, item, name, category, condition, description="", rules="",
        pickup_location="", deposit_cents=None, deposit_currency=None, deposit_units=None)
        -> Item  (staff, or the owning member)
    item_retire(*, actor, place, item, active=False) -> Item
    photo_add(*, actor, place, item, upload: bytes, alt="", now=None) -> ItemPhoto

Calendar (the member themself, or staff for them)
    reservation_book(*, actor, place, item, member, starts_at, ends_at, now=None)
    reservation_cancel(*, actor, place, reservation, now=None)

Loans (staff, or the member who owns the item)
    loan_check_out(*, actor, place, item, reservation=None, borrower=None, due_at=None,
        deposit_held=False, now=None) -> Loan
    loan_return(*, actor, place, item, condition, note="", now=None) -> Loan
    loan_reminders_send(*, place, now=None) -> int

Waiting lists (the member themself, or staff for them)
    waiting_join(*, actor, place, item, member, now=None) -> WaitingEntry
    waiting_leave(*, actor, place, entry) -> WaitingEntry  (only while still waiting)
"""

from nabij.sharing.services.items import (
    item_register,
    item_retire,
    item_update,
    photo_add,
    photo_encode,
)
from nabij.sharing.services.loans import loan_check_out, loan_return
from nabij.sharing.services.reminders import loan_reminders_send
from nabij.sharing.services.reservations import reservation_book, reservation_cancel
from nabij.sharing.services.waiting import waiting_join, waiting_leave

__all__ = [
    "item_register",
    "item_retire",
    "item_update",
    "loan_check_out",
    "loan_reminders_send",
    "loan_return",
    "photo_add",
    "photo_encode",
    "reservation_book",
    "reservation_cancel",
    "waiting_join",
    "waiting_leave",
]
