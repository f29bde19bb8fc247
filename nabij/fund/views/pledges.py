"""Monthly pledges: a new one, what each promised and what came in month by month, and
stopping one (it stays, with its gifts)."""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from nabij.community.access import place_view
from nabij.community.choices import STAFF_ROLES
from nabij.community.views.common import posted
from nabij.errors import DomainError
from nabij.fund import selectors, services
from nabij.fund.forms import PledgeForm, PledgeStopForm
from nabij.fund.models import Pledge
from nabij.fund.pledge_months import months_together, pledge_months, pledge_summary
from nabij.fund.views.common import place_fund, render_fund

MONTHS_SHOWN = 12


def _pledge(request: HttpRequest, pk: int) -> Pledge:
    pledge = (
        Pledge.objects.filter(place=request.place, pk=pk)
        .select_related("fund", "stopped_by")
        .first()
    )
    if pledge is None:
        raise Http404
    return pledge


@place_view(*STAFF_ROLES)
def pledges(request: HttpRequest) -> HttpResponse:
    fund = place_fund(request)
    today = timezone.localdate()
    rows = list(selectors.pledges_of(fund))
    received = selectors.pledge_gifts_by_month(fund)
    by_pledge: dict[int, dict] = {}
    for (pledge_id, month), cents in received.items():
        by_pledge.setdefault(pledge_id, {})[month] = cents
    terms = {pledge.pk: selectors.pledge_terms(pledge) for pledge in rows}
    summaries = [
        (pledge, pledge_summary(terms[pledge.pk], by_pledge.get(pledge.pk, {}), today))
        for pledge in rows
    ]
    # Pledges still giving first; a pledge whose last day has passed is done.
    summaries.sort(key=lambda row: row[0].ends_on is not None and row[0].ends_on < today)
    return render_fund(
        request,
        "fund/pledges.html",
        {
            "fund": fund,
            "today": today,
            "summaries": summaries,
            "months": months_together(terms.values(), received, today, count=MONTHS_SHOWN),
            "months_shown": MONTHS_SHOWN,
        },
    )


def _pledge_page(
    request: HttpRequest, pledge: Pledge, form: PledgeStopForm, *, status: int = 200
) -> HttpResponse:
    today = timezone.localdate()
    received = {
        month: cents
        for (_, month), cents in selectors.pledge_gifts_by_month(pledge.fund, pledge=pledge).items()
    }
    terms = selectors.pledge_terms(pledge)
    return render_fund(
        request,
        "fund/pledge_detail.html",
        {
            "fund": pledge.fund,
            "pledge": pledge,
            "today": today,
            "summary": pledge_summary(terms, received, today),
            "months": pledge_months(terms, received, today),
            "form": form,
        },
        status=status,
    )


@place_view(*STAFF_ROLES)
def pledge(request: HttpRequest, pk: int) -> HttpResponse:
    return _pledge_page(request, _pledge(request, pk), PledgeStopForm())


@require_POST
@place_view(*STAFF_ROLES)
def pledge_stop(request: HttpRequest, pk: int) -> HttpResponse:
    pledge = _pledge(request, pk)
    form = PledgeStopForm(request.POST)
    if form.is_valid():
        try:
            services.pledge_stop(
                actor=request.actor,
                place=request.place,
                pledge=pledge,
                last_day=form.cleaned_data["last_day"],
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("De vaste gift is stopgezet. Ze blijft bewaard."))
            return redirect("fund:pledge", request.place.slug, pledge.pk)
    return _pledge_page(request, pledge, form)


@place_view(*STAFF_ROLES)
def pledge_new(request: HttpRequest) -> HttpResponse:
    fund = place_fund(request)
    form = PledgeForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            pledge = services.pledge_create(
                actor=request.actor, place=request.place, fund=fund, **form.cleaned_data
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("De vaste gift is genoteerd."))
            return redirect("fund:pledge", request.place.slug, pledge.pk)
    return render_fund(request, "fund/pledge_new.html", {"fund": fund, "form": form})
