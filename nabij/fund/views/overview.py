"""The fund at a glance for staff (setting it up the first time), and the committee's queue."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _

from nabij.community.access import place_view
from nabij.community.choices import STAFF_ROLES, RoleKind
from nabij.community.views.common import posted
from nabij.errors import DomainError
from nabij.fund import selectors, services
from nabij.fund.forms import FundNewForm
from nabij.fund.views.common import committee_fund, render_fund

DECIDED_SHOWN = 20


@place_view(*STAFF_ROLES)
def overview(request: HttpRequest) -> HttpResponse:
    fund = selectors.fund_of(request.place)
    if fund is None:
        form = FundNewForm(posted(request))
        if request.method == "POST" and form.is_valid():
            try:
                services.fund_create(
                    actor=request.actor,
                    place=request.place,
                    name=form.cleaned_data["name"],
                    description=form.cleaned_data["description"],
                )
            except DomainError as error:
                form.add_domain_error(error)
            else:
                messages.success(request, _("Het fonds is aangemaakt."))
                return redirect("fund:overview", request.place.slug)
        return render_fund(request, "fund/fund_new.html", {"form": form})
    today = timezone.localdate()
    budget = selectors.budget_on(fund, today)
    granted = selectors.budget_granted(budget) if budget else 0
    return render_fund(
        request,
        "fund/overview.html",
        {
            "fund": fund,
            "budget": budget,
            "granted": granted,
            "left": budget.amount_cents - granted if budget else 0,
            "open_count": selectors.applications_open(fund).count(),
            "donations_total": selectors.donations_total(fund),
            "seats": list(selectors.seats_open(fund)),
        },
    )


@place_view(*RoleKind)
def committee(request: HttpRequest) -> HttpResponse:
    """Open cases by number and situation, never by name."""
    fund = committee_fund(request)
    return render_fund(
        request,
        "fund/committee.html",
        {
            "fund": fund,
            "open": list(selectors.applications_open(fund)),
            "decided": list(selectors.applications_decided(fund)[:DECIDED_SHOWN]),
        },
    )
