"""The fund's name, committee seats and budgets, managed by staff."""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from nabij.community.access import place_view
from nabij.community.choices import STAFF_ROLES
from nabij.community.selectors import member_in_place, members_of_place
from nabij.community.views.common import pick_candidates, posted
from nabij.errors import DomainError
from nabij.fund import selectors, services
from nabij.fund.amounts import euros_plain
from nabij.fund.forms import BudgetChangeForm, BudgetForm, FundEditForm
from nabij.fund.models import BudgetPeriod, FundCommitteeSeat
from nabij.fund.views.common import place_fund, render_fund


@place_view(*STAFF_ROLES)
def seats(request: HttpRequest) -> HttpResponse:
    """Who sits on the committee; seat a worker, volunteer or resident of the place."""
    fund = place_fund(request)
    error = None
    if request.method == "POST":
        try:
            pk = int(request.POST.get("member", ""))
        except ValueError:
            raise Http404 from None
        member = member_in_place(request.place, pk)
        try:
            services.seat_add(actor=request.actor, place=request.place, fund=fund, member=member)
        except DomainError as refused:
            error = refused.message
        else:
            messages.success(
                request, _("%(name)s zit nu in het comité.") % {"name": member.display_name}
            )
            return redirect("fund:seats", request.place.slug)
    open_seats = list(selectors.seats_open(fund))
    seated = {seat.member_id for seat in open_seats}
    query, candidates = pick_candidates(
        request, members_of_place(request.place).exclude(pk__in=seated)
    )
    return render_fund(
        request,
        "fund/seats.html",
        {
            "fund": fund,
            "seats": open_seats,
            "query": query,
            "candidates": candidates,
            "error": error,
            "pick_label": _("Zoek iemand van de plek"),
        },
    )


@require_POST
@place_view(*STAFF_ROLES)
def seat_end(request: HttpRequest, pk: int) -> HttpResponse:
    seat = FundCommitteeSeat.objects.filter(place=request.place, pk=pk).first()
    if seat is None:
        raise Http404
    try:
        services.seat_end(actor=request.actor, place=request.place, seat=seat)
    except DomainError as refused:
        messages.error(request, refused.message)
    else:
        messages.success(
            request,
            _("%(name)s zit niet meer in het comité.") % {"name": seat.member.display_name},
        )
    return redirect("fund:seats", request.place.slug)


@place_view(*STAFF_ROLES)
def budgets(request: HttpRequest) -> HttpResponse:
    fund = place_fund(request)
    form = BudgetForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.budget_create(
                actor=request.actor, place=request.place, fund=fund, **form.cleaned_data
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("Het budget is vastgelegd."))
            return redirect("fund:budgets", request.place.slug)
    return render_fund(
        request,
        "fund/budgets.html",
        {"fund": fund, "form": form, "budgets": selectors.budgets_with_use(fund)},
    )


@place_view(*STAFF_ROLES)
def budget_change(request: HttpRequest, pk: int) -> HttpResponse:
    """A period's amount up or down; never below what the committee already granted in it."""
    fund = place_fund(request)
    budget = BudgetPeriod.objects.filter(fund=fund, pk=pk).first()
    if budget is None:
        raise Http404
    form = BudgetChangeForm(posted(request), initial={"amount": euros_plain(budget.amount_cents)})
    if request.method == "POST" and form.is_valid():
        try:
            services.budget_change(
                actor=request.actor,
                place=request.place,
                budget=budget,
                amount=form.cleaned_data["amount"],
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("Het budget is aangepast."))
            return redirect("fund:budgets", request.place.slug)
        # A refusal leaves the row as it was; show the stored amount, not the typed one.
        budget.refresh_from_db()
    granted = selectors.budget_granted(budget)
    return render_fund(
        request,
        "fund/budget_change.html",
        {
            "fund": fund,
            "budget": budget,
            "granted": granted,
            "left": budget.amount_cents - granted,
            "form": form,
        },
    )


@place_view(*STAFF_ROLES)
def fund_edit(request: HttpRequest) -> HttpResponse:
    """The fund's name and description, which the public page shows too."""
    fund = place_fund(request)
    form = FundEditForm(
        posted(request), initial={"name": fund.name, "description": fund.description}
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.fund_update(
                actor=request.actor,
                place=request.place,
                fund=fund,
                name=form.cleaned_data["name"],
                description=form.cleaned_data["description"],
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("De naam en beschrijving zijn aangepast."))
            return redirect("fund:overview", request.place.slug)
        fund.refresh_from_db()
    return render_fund(request, "fund/fund_edit.html", {"fund": fund, "form": form})
