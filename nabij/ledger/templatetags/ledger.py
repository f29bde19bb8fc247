"""The community currency in a template: amounts as people read them, codes and QR codes."""

import segno
from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from nabij.ledger import codes
from nabij.ledger.amounts import format_amount
from nabij.ledger.choices import AccountKind, Category, TaskState, TransferState, VoucherState
from nabij.ledger.models import Account, Currency, Voucher

register = template.Library()

VOCABULARIES = {
    "kind": AccountKind,
    "category": Category,
    "task": TaskState,
    "transfer": TransferState,
    "voucher": VoucherState,
}


@register.filter
def amount(minor: int | None, currency: Currency) -> str:
    """Minor units as a person reads them: {{ account.balance|amount:currency }} -> 12 R."""
    if minor is None:
        return ""
    return format_amount(minor, currency=currency)


@register.filter
def ledger_label(value: str, vocabulary: str) -> str:
    """A stored ledger choice in words: {{ line.category|ledger_label:"category" }}."""
    choices = VOCABULARIES[vocabulary]
    return str(choices(value).label) if value in choices.values else str(value)


@register.filter
def account_code(account: Account) -> str:
    return codes.account_code(account)


@register.filter
def card_serial(account: Account) -> int:
    """The number of the card in use, printed on it: a worker asked about a card can
    tell at a glance whether it is the one that still works."""
    return codes.card_serial(account)


@register.filter
def voucher_code(voucher: Voucher) -> str:
    return codes.voucher_code(voucher)


def qr_svg(text: str) -> SafeString:
    """A QR code as inline SVG, sized by CSS. Hidden from screen readers: the code itself is
    always printed next to it, and that is what a person reads out or types."""
    svg = segno.make(text, error="m", micro=False).svg_inline(
        scale=1, border=2, omitsize=True, svgclass="qr", lineclass=None
    )
    # segno writes a fixed string of attributes; the code is ours, so it is safe to mark.
    return mark_safe(svg.replace("<svg ", '<svg aria-hidden="true" focusable="false" ', 1))


@register.simple_tag
def qr(text: str) -> SafeString:
    """{% qr code %}: the QR code of a voucher's or a card's code."""
    return qr_svg(str(text))


@register.simple_tag
def code_text(code: str) -> SafeString:
    """A code printed left to right, also inside a right-to-left page."""
    return format_html('<bdi dir="ltr" class="code">{}</bdi>', code)


@register.simple_tag
def has_ledger_account(member, place) -> bool:
    """Whether someone holds an account in a currency of this place ("Mijn munten")."""
    # Pages outside a place's views have no actor: the template hands in "".
    if not getattr(member, "pk", None) or not getattr(place, "pk", None):
        return False
    return Account.objects.filter(place=place, member=member).exists()
