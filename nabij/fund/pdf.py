"""The fund on paper: a receipt for a gift (A5-sized, on A4 paper)."""

from datetime import datetime

from django.utils import timezone

from nabij.fund.models import Donation
from nabij.pdf import render_pdf


def receipt_pdf(donation: Donation, *, now: datetime | None = None) -> bytes:
    return render_pdf(
        "fund/pdf_receipt.html",
        {
            "donation": donation,
            "fund": donation.fund,
            "place": donation.place,
            "printed_at": now or timezone.now(),
        },
    )
