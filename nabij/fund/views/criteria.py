"""The fund's criteria: the current ones, their history, a new one, a new version."""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from nabij.community.access import place_view
from nabij.community.choices import STAFF_ROLES
from nabij.community.views.common import posted
from nabij.errors import DomainError
from nabij.fund import selectors, services
from nabij.fund.amounts import euros_plain
from nabij.fund.forms import CriterionForm
from nabij.fund.models import Criterion
from nabij.fund.views.common import place_fund, render_fund


def _text(data: dict) -> services.CriterionText:
    return services.CriterionText(
        title=data["title"],
        category=data["category"],
        gives=data["gives"],
        for_whom=data["for_whom"],
        max_amount=data["max_amount"],
        valid_from=data["valid_from"],
        valid_until=data["valid_until"],
        household_max=data["household_max"] or None,
        household_period=data["household_period"],
    )


@place_view(*STAFF_ROLES)
def criteria(request: HttpRequest) -> HttpResponse:
    fund = place_fund(request)
    versions = list(selectors.criterion_versions(fund))
    return render_fund(
        request,
        "fund/criteria.html",
        {
            "fund": fund,
            "current": [c for c in versions if c.is_current],
            "older": [c for c in versions if not c.is_current],
        },
    )


@place_view(*STAFF_ROLES)
def criterion_new(request: HttpRequest) -> HttpResponse:
    fund = place_fund(request)
    form = CriterionForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.criterion_publish(
                actor=request.actor,
                place=request.place,
                fund=fund,
                code=form.cleaned_data["code"],
                text=_text(form.cleaned_data),
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("Het criterium is gepubliceerd."))
            return redirect("fund:criteria", request.place.slug)
    return render_fund(
        request,
        "fund/criterion_form.html",
        {"fund": fund, "form": form, "criterion": None},
    )


@place_view(*STAFF_ROLES)
def criterion_revise(request: HttpRequest, pk: int) -> HttpResponse:
    """A new version: the form starts from the current one; the code stays."""
    fund = place_fund(request)
    criterion = Criterion.objects.filter(fund=fund, pk=pk).first()
    if criterion is None:
        raise Http404
    initial = {
        "code": criterion.code,
        "title": criterion.title,
        "category": criterion.category,
        "gives": criterion.gives,
        "for_whom": criterion.for_whom,
        "max_amount": euros_plain(criterion.max_amount_cents),
        "household_max": euros_plain(criterion.household_max_cents),
        "household_period": criterion.household_period,
        "valid_from": criterion.valid_from,
        "valid_until": criterion.valid_until,
    }
    data = posted(request)
    if data is not None:
        # The code names the criterion across its versions: it is not edited here.
        data = data.copy()
        data["code"] = criterion.code
    form = CriterionForm(data, initial=initial)
    form.fields["code"].disabled = True
    if request.method == "POST" and form.is_valid():
        try:
            services.criterion_revise(
                actor=request.actor,
                place=request.place,
                criterion=criterion,
                text=_text(form.cleaned_data),
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("De nieuwe versie is gepubliceerd."))
            return redirect("fund:criteria", request.place.slug)
    return render_fund(
        request,
        "fund/criterion_form.html",
        {"fund": fund, "form": form, "criterion": criterion},
    )
