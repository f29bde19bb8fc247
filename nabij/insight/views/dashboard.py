"""The dashboard of a place's solidarity, and the same figures as CSV."""

from dataclasses import dataclass

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from nabij.community.access import place_view
from nabij.community.choices import STAFF_ROLES, RoleKind
from nabij.community.views.common import render_place
from nabij.errors import DomainError
from nabij.insight import selectors
from nabij.insight.export import tables_csv
from nabij.insight.forms import InsightFilterForm
from nabij.insight.selectors import Freshness, Period
from nabij.insight.views import present
from nabij.insight.views.common import chosen_period, dashboard_form, sees_names
from nabij.insight.views.present import Chart, Table

DASHBOARD_ROLES = (RoleKind.ANALYST, *STAFF_ROLES)


@dataclass(frozen=True)
class Dashboard:
    period: Period
    period_text: str
    attribute_label: str
    reciprocity: Chart
    receivers: Chart
    bridging_summary: Table
    bridging: Chart
    communities_summary: Table
    communities: Chart
    trend_reciprocity: SafeString
    trend_reach: SafeString
    trends: Table

    @property
    def tables(self) -> tuple[Table, ...]:
        return (
            self.reciprocity.table,
            self.receivers.table,
            self.bridging_summary,
            self.bridging.table,
            self.communities_summary,
            self.communities.table,
            self.trends,
        )


def dashboard_for(request: HttpRequest, form: InsightFilterForm) -> Dashboard | None:
    """Every figure of the dashboard for the chosen filters; None, with the refusal on the
    form, when a filter is refused (then nothing else is shown)."""
    period = chosen_period(request, form)
    if period is None:
        return None
    place = request.place
    try:
        bridging = selectors.bridging_on(
            place=place, period=period, attribute=form.chosen_attribute
        )
        reciprocity = selectors.reciprocity_shares(
            place=place, period=period, group=form.chosen_group
        )
        receivers = selectors.receivers_by_vulnerability(
            place=place, period=period, group=form.chosen_group
        )
    except DomainError as error:
        form.add_domain_error(error)
        return None
    communities = selectors.communities_found(place=place, period=period)
    trend_reciprocity, trend_reach, trends = present.trend_charts(
        selectors.trends_monthly(place=place, period=period)
    )
    return Dashboard(
        period=period,
        period_text=present.period_text(period.first, period.last),
        attribute_label=present.attribute_label(bridging.attribute),
        reciprocity=present.reciprocity_chart(reciprocity),
        receivers=present.receivers_chart(receivers),
        bridging_summary=present.bridging_summary(bridging),
        bridging=present.bridging_chart(bridging),
        communities_summary=present.communities_summary(communities),
        communities=present.communities_chart(communities),
        trend_reciprocity=trend_reciprocity,
        trend_reach=trend_reach,
        trends=trends,
    )


def _render(
    request: HttpRequest, form: InsightFilterForm, board: Dashboard | None, status: int = 200
) -> HttpResponse:
    freshness: Freshness = selectors.insight_freshness(place=request.place)
    return render_place(
        request,
        "insight/dashboard.html",
        {
            "form": form,
            "board": board,
            "freshness": freshness,
            "sees_names": sees_names(request),
            "query": request.GET.urlencode(),
        },
        status=status,
    )


@place_view(*DASHBOARD_ROLES)
def dashboard(request: HttpRequest) -> HttpResponse:
    form = dashboard_form(request)
    return _render(request, form, dashboard_for(request, form))


@place_view(*DASHBOARD_ROLES)
def dashboard_csv(request: HttpRequest) -> HttpResponse:
    """The dashboard's tables as a download; refused filters show the page's message."""
    form = dashboard_form(request)
    board = dashboard_for(request, form)
    if board is None:
        return _render(request, form, None, status=400)
    group = form.chosen_group
    about = [
        (_("plek"), request.place.name),
        (_("periode"), f"{board.period.first.isoformat()} – {board.period.last.isoformat()}"),
        (pgettext("insight export", "groep"), group.name if group else _("alle bewoners")),
        (_("kenmerk"), board.attribute_label),
    ]
    response = HttpResponse(
        tables_csv(board.tables, about=about), content_type="text/csv; charset=utf-8"
    )
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = (
        f'attachment; filename="inzicht-{request.place.slug}-{stamp}.csv"'
    )
    return response
