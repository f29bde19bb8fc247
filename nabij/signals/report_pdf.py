"""A signal report on paper: A4, the place in the header, page numbers at the foot."""

from datetime import datetime

from nabij.pdf import render_pdf
from nabij.signals.models import Signal
from nabij.signals.selectors.reports import signal_report


def signal_pdf(signal: Signal, *, now: datetime | None = None) -> bytes:
    return render_pdf("signals/reports/pdf.html", {"report": signal_report(signal, now=now)})
