"""Members' payment cards: a lost card is replaced, and its printed code stops working."""

from datetime import datetime

from django.db import transaction

from nabij.community.models import Member, Place
from nabij.errors import DomainError
from nabij.ledger.choices import AccountKind
from nabij.ledger.errors import LedgerError
from nabij.ledger.models import Account, Card

from .common import clean_text, lock_rows, now_or, require_staff

REASON_LIMIT = 300


def card_replace(
    *,
    actor: Member,
    place: Place,
    account: Account,
    replaces: int,
    reason: str = "",
    now: datetime | None = None,
) -> Card:
    """Staff replace a member's card ("kaart vervangen"): the card with serial `replaces`
    is revoked and a new one, with the next serial, is in use. Print the new card with
    codes.account_code(account).

    `replaces` is the card the worker saw: when that card was already replaced (a double
    submit, two workers at once), the card in use now is returned and nothing changes."""
    now = now_or(now)
    require_staff(actor, place)
    if account.place_id != place.pk:
        raise DomainError(LedgerError.OTHER_PLACE, field="account")
    if account.kind != AccountKind.MEMBER:
        raise DomainError(LedgerError.CARD_NOT_A_MEMBER, field="account")
    reason = clean_text(reason, limit=REASON_LIMIT, field="reason")
    with transaction.atomic():
        # The account's row lock makes replacements of one card wait for each other.
        lock_rows(accounts=[account.pk])
        cards = list(Card.objects.filter(account=account).order_by("serial"))
        current = next((card for card in cards if card.revoked_at is None), None)
        if current is None:
            # The first card has no row until it is replaced: write it, revoked below.
            current = Card.objects.create(
                place=place, account=account, serial=1, issued_at=account.opened_at
            )
        if current.serial != replaces:
            return current
        Card.objects.filter(pk=current.pk).update(
            revoked_at=now, revoked_by=actor, revoke_reason=reason
        )
        new = Card.objects.create(
            place=place,
            account=account,
            serial=current.serial + 1,
            issued_at=now,
            issued_by=actor,
        )
    return new


__all__ = ["card_replace"]
