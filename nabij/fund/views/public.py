"""The fund's transparency page, its printed report and its CSV: open to anyone.

Only aggregates leave these views, built by nabij.fund.transparency: no name, no case,
no written reason. The place's menu is for its members, so a visitor without a role
here gets the page without it.
"""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import gettext as _

from nabij.community.access import public_view
from nabij.fund.models import Fund
from nabij.fund.transparency_loader import (
    criteria_public,
    transparency_of,
    years_with_figures,
)
from nabij.fund.transparency_present import criteria_rows, public_figures
from nabij.insight.export import tables_csv
from nabij.pdf import render_pdf


def _public_context(request: HttpRequest, pk: int) -> dict:
    fund = get_object_or_404(Fund, pk=pk, place=request.place)
    now = timezone.now()
    today = timezone.localdate(now)
    years = years_with_figures(fund, today=today)
    try:
        year = int(request.GET.get("jaar", today.year))
    except ValueError:
        year = today.year
    if year not in years:
        year = today.year
    criteria = criteria_public(fund, today=today)
    figures = transparency_of(fund, year=year, categories=criteria.categories)
    return {
        "fund": fund,
        "fund_place": request.place,
        "criteria": criteria,
        "figures": public_figures(figures, today=today),
        "year": year,
        "years": years,
        "now": now,
    }


def _render(request: HttpRequest, template: str, context: dict) -> HttpResponse:
    # base.html shows the place's menu when `place` is set; that menu is for members.
    if request.roles:
        context = {**context, "place": request.place, "roles": request.roles}
    return render(request, template, context)


@public_view
def fund_public(request: HttpRequest, pk: int) -> HttpResponse:
    return _render(request, "fund/public.html", _public_context(request, pk))


@public_view
def fund_public_report(request: HttpRequest, pk: int) -> HttpResponse:
    context = _public_context(request, pk)
    response = HttpResponse(render_pdf("fund/report.html", context), content_type="application/pdf")
    filename = f"fonds-{context['fund'].pk}-verslag-{context['year']}.pdf"
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


@public_view
def fund_public_csv(request: HttpRequest, pk: int) -> HttpResponse:
    context = _public_context(request, pk)
    figures = context["figures"]
    about = [
        (_("fonds"), context["fund"].name),
        (_("plek"), request.place.name),
        (_("jaar"), str(context["year"])),
        (_("opgemaakt op"), timezone.localtime(context["now"]).isoformat(timespec="minutes")),
        (
            _("kleine aantallen"),
            _("een getal over minder dan 5 beslissingen of giften tonen we niet"),
        ),
    ]
    criteria = context["criteria"]
    tables = [*figures.tables, criteria_rows([*criteria.current, *criteria.earlier])]
    response = HttpResponse(tables_csv(tables, about=about), content_type="text/csv; charset=utf-8")
    filename = f"fonds-{context['fund'].pk}-cijfers-{context['year']}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
