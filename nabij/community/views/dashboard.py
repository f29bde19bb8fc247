from django.http import HttpRequest, HttpResponse

from nabij.community.access import place_view
from nabij.community.choices import STAFF_ROLES, RoleKind
from nabij.community.models import Member
from nabij.community.selectors import audit_trail, place_aggregates, place_figures
from nabij.community.views.common import paginate, render_place


@place_view(*STAFF_ROLES)
def dashboard(request: HttpRequest) -> HttpResponse:
    recent = Member.objects.filter(
        created_by__isnull=False, place=request.place, erased_at=None
    ).order_by("-created_at")[:8]
    return render_place(
        request,
        "community/dashboard.html",
        {"figures": place_figures(request.place), "recent": recent},
    )


@place_view(RoleKind.ANALYST, *STAFF_ROLES)
def figures(request: HttpRequest) -> HttpResponse:
    return render_place(
        request, "community/figures.html", {"aggregates": place_aggregates(request.place)}
    )


@place_view(RoleKind.ADMIN)
def audit(request: HttpRequest) -> HttpResponse:
    return render_place(
        request, "community/audit.html", {"page": paginate(request, audit_trail(request.place))}
    )
