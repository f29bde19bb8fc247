"""What the fund's staff and committee pages share: the place's fund, who is looking."""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse

from nabij.community.choices import STAFF_ROLES
from nabij.community.views.common import render_place
from nabij.fund import selectors
from nabij.fund.models import Fund


def is_staff(request: HttpRequest) -> bool:
    return bool(request.roles & STAFF_ROLES)


def place_fund(request: HttpRequest) -> Fund:
    """The place's fund; a page that needs one is a 404 before it is set up."""
    fund = selectors.fund_of(request.place)
    if fund is None:
        raise Http404
    return fund


def committee_fund(request: HttpRequest) -> Fund:
    """The fund, for staff or someone seated on its committee; anyone else is refused."""
    fund = place_fund(request)
    request.seated = selectors.seat_is_open(request.actor, fund)
    if not (is_staff(request) or request.seated):
        raise PermissionDenied
    return fund


def render_fund(
    request: HttpRequest, template: str, context: dict | None = None, *, status: int = 200
) -> HttpResponse:
    return render_place(
        request,
        template,
        {
            "staff": is_staff(request),
            "seated": getattr(request, "seated", False),
            **(context or {}),
        },
        status=status,
    )
