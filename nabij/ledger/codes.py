"""Signed codes for paper vouchers and members' payment cards (printed as QR codes).

A code is a number and a signature: an HMAC of what the code stands for, with a key
derived from the installation's secret key. Without the key nobody can make a valid
code for a voucher or an account, nor turn one voucher's code into another's.

A card's code names the account and is signed with the card's serial: when a worker
replaces a lost card, the new card has a new signature and the old one is refused.
"""

import base64
import re

from django.utils.crypto import constant_time_compare, salted_hmac

from nabij.ledger.models import Account, Card, Voucher

SIGNATURE_LENGTH = 12  # base32 characters: 60 bits
_CODE = re.compile(rf"^(?P<number>[0-9]{{1,18}})-(?P<signature>[A-Z2-7]{{{SIGNATURE_LENGTH}}})$")


def _signature(purpose: str, value: str) -> str:
    digest = salted_hmac(f"nabij.ledger.{purpose}", value, algorithm="sha256").digest()
    return base64.b32encode(digest).decode()[:SIGNATURE_LENGTH]


def _voucher_value(voucher: Voucher) -> str:
    return f"{voucher.place_id}:{voucher.pk}:{voucher.batch_id}:{voucher.amount}"


def _account_value(account: Account, serial: int) -> str:
    value = f"{account.place_id}:{account.pk}:{account.currency_id}"
    # The first card keeps the value cards had before they could be replaced, so that
    # cards printed then still work until they are replaced.
    return value if serial == 1 else f"{value}:{serial}"


def card_serial(account: Account) -> int:
    """The serial of the card in use: 1 until a worker first replaces the card."""
    return (
        Card.objects.filter(account=account, revoked_at__isnull=True)
        .values_list("serial", flat=True)
        .first()
    ) or 1


def voucher_code(voucher: Voucher) -> str:
    """The code printed on a voucher and in its QR code: "000123-ABCDEFGHIJKL"."""
    return f"{voucher.pk:06d}-{_signature('voucher', _voucher_value(voucher))}"


def account_code(account: Account, serial: int | None = None) -> str:
    """The code on a member's payment card (QR), which a shop scans to take a payment:
    the card in use unless a serial is given."""
    serial = card_serial(account) if serial is None else serial
    return f"{account.pk:06d}-{_signature('account', _account_value(account, serial))}"


def split(code: str) -> tuple[int, str] | None:
    """The number and signature of a code as typed or scanned (spaces and case forgiven)."""
    found = _CODE.match(re.sub(r"\s+", "", str(code)).upper())
    return (int(found["number"]), found["signature"]) if found else None


def voucher_signed(voucher: Voucher, signature: str) -> bool:
    return constant_time_compare(signature, _signature("voucher", _voucher_value(voucher)))


def account_signed(account: Account, signature: str, serial: int) -> bool:
    """Whether a signature is that of the account's card with this serial."""
    return constant_time_compare(signature, _signature("account", _account_value(account, serial)))
