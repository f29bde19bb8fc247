"""What the repair café achieved: full figures for staff, suppressed totals for everyone."""

from django.http import HttpRequest, HttpResponse

from nabij.community.access import place_view, public_view
from nabij.community.suppression import MIN_CELL
from nabij.community.views.common import render_place
from nabij.repair.forms import PeriodForm
from nabij.repair.selectors import repair_totals, sessions_in_period
from nabij.repair.totals import public_totals
from nabij.repair.views.common import READERS


def _period(request: HttpRequest) -> tuple[PeriodForm, dict]:
    form = PeriodForm(request.GET or None)
    start, end = form.period()
    return form, {"start": start, "end": end}


@place_view(*READERS)
def totals(request: HttpRequest) -> HttpResponse:
    form, period = _period(request)
    return render_place(
        request,
        "repair/totals.html",
        {
            "form": form,
            **period,
            "totals": repair_totals(request.place, monthly=True, **period),
            "sessions": sessions_in_period(request.place, **period),
        },
    )


@public_view
def public_summary(request: HttpRequest) -> HttpResponse:
    form, period = _period(request)
    figures = public_totals(repair_totals(request.place, monthly=True, **period))
    return render_place(
        request,
        "repair/public.html",
        {"form": form, **period, "figures": figures, "minimum": MIN_CELL},
    )
