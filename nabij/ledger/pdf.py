"""The currency on paper: sheets of vouchers, payment cards and settlement reports (A4).

Rendered like the call list (nabij.aid.pdf): a template to HTML, WeasyPrint to PDF, in
the active language. QR codes are inline SVG, drawn by segno, so they stay sharp.
"""

from collections.abc import Sequence
from datetime import datetime

from django.utils import timezone

from nabij.community.models import Place
from nabij.ledger.models import Account, Voucher, VoucherBatch
from nabij.ledger.selectors import SettlementReport
from nabij.pdf import render_pdf

# Two columns of five: a voucher is 95 by 55 mm, big enough for a QR code a cheap phone
# reads, small enough to cut with scissors along the dashed lines.
VOUCHERS_PER_PAGE = 10
CARDS_PER_PAGE = 8


def _pages(items: Sequence, size: int) -> list[Sequence]:
    return [items[start : start + size] for start in range(0, len(items), size)] or [[]]


def voucher_sheet_pdf(
    batch: VoucherBatch, vouchers: Sequence[Voucher], *, now: datetime | None = None
) -> bytes:
    """The batch's vouchers still in circulation, ten to an A4 page, each with its number,
    its code and the code's QR."""
    return render_pdf(
        "ledger/pdf_voucher_sheet.html",
        {
            "batch": batch,
            "currency": batch.currency,
            "place": batch.place,
            "pages": _pages(list(vouchers), VOUCHERS_PER_PAGE),
            "printed_at": now or timezone.now(),
        },
    )


def cards_pdf(place: Place, accounts: Sequence[Account]) -> bytes:
    """Payment cards, the size of a bank card, with the QR code a shop scans."""
    return render_pdf(
        "ledger/pdf_cards.html",
        {"place": place, "pages": _pages(list(accounts), CARDS_PER_PAGE)},
    )


def settlement_pdf(report: SettlementReport, *, now: datetime | None = None) -> bytes:
    """What the issuing organisation owes a shop, and the payments that make it up."""
    return render_pdf(
        "ledger/pdf_settlement.html", {"report": report, "printed_at": now or timezone.now()}
    )
