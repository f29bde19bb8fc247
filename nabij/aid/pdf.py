"""The call list on paper: workers take it along and tick how each call went by hand."""

from datetime import datetime

from django.utils import timezone

from nabij.aid.choices import CallOutcome
from nabij.aid.outreach import CallListRow
from nabij.community.models import Place
from nabij.pdf import render_pdf

# The boxes printed per person: short enough to fit a column each on A4.
PAPER_OUTCOMES = (
    CallOutcome.REACHED,
    CallOutcome.NEED_FOUND,
    CallOutcome.CAN_HELP,
    CallOutcome.NO_ANSWER,
    CallOutcome.WRONG_NUMBER,
    CallOutcome.DECLINED,
)


def call_list_pdf(
    place: Place, rows: list[CallListRow], *, days: int, now: datetime | None = None
) -> bytes:
    """An A4 PDF of the call list, in the active language."""
    return render_pdf(
        "aid/call_list_pdf.html",
        {
            "place": place,
            "rows": rows,
            "days": days,
            "printed_at": now or timezone.now(),
            "outcomes": [(outcome, outcome.label) for outcome in PAPER_OUTCOMES],
        },
    )
