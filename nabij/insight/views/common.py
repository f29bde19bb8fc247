"""What the insight pages share: reading the filters, and who may see names."""

from dataclasses import dataclass

from django.http import HttpRequest

from nabij.community.choices import STAFF_ROLES
from nabij.errors import DomainError
from nabij.insight.forms import InsightFilterForm, PeriodFilterForm
from nabij.insight.selectors import Period, attributes_available


@dataclass(frozen=True)
class Filters:
    period: Period
    form: InsightFilterForm


def sees_names(request: HttpRequest) -> bool:
    """Workers and admins follow people up; analysts see aggregates only."""
    return bool(request.roles & STAFF_ROLES)


def chosen_period(request: HttpRequest, form: PeriodFilterForm) -> Period | None:
    """The form's period, or None with the refusal placed on the form."""
    if form.is_bound and not form.is_valid():
        return None
    try:
        return form.period()
    except DomainError as error:
        form.add_domain_error(error)
        return None


def dashboard_form(request: HttpRequest) -> InsightFilterForm:
    return InsightFilterForm(
        request.GET or None,
        place=request.place,
        attributes=attributes_available(place=request.place),
    )


def period_form(request: HttpRequest) -> PeriodFilterForm:
    return PeriodFilterForm(request.GET or None)
