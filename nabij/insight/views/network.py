"""The network picture of a place: people as anonymous marks, coloured and shaped by the
community they were found in. No names, no ids, nothing to hover over."""

from collections import Counter

from django.http import HttpRequest, HttpResponse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from nabij.community.access import place_view
from nabij.community.suppression import safe_count
from nabij.community.views.common import render_place
from nabij.insight import charts, selectors
from nabij.insight.selectors import Communities, NetworkPicture
from nabij.insight.views import present
from nabij.insight.views.common import chosen_period, period_form
from nabij.insight.views.dashboard import DASHBOARD_ROLES
from nabij.insight.views.present import Table, count, text

# Beyond this many communities the marks would need colours and shapes too alike to tell
# apart; the rest share one legend line.
LEGEND_COMMUNITIES = 12


def _size(people: int) -> str:
    # Named communities have at least five people; the plural still differs by number
    # in some languages (Arabic).
    return ngettext("%(count)s persoon", "%(count)s mensen", people) % {"count": people}


def picture_figures(picture: NetworkPicture, communities: Communities) -> tuple[str, Table]:
    """The picture's SVG and its table: people drawn per legend line (suppressed)."""
    named = min(picture.communities, LEGEND_COMMUNITIES, len(communities.sizes))
    other = named  # the legend line for small and further communities

    def line_of(community: int) -> int:
        return community if 0 <= community < named else other

    dots = [charts.Dot(node.x, node.y, line_of(node.community)) for node in picture.nodes]
    drawn = Counter(dot.community for dot in dots)
    legend = [
        charts.Community(present.community_name(number + 1), _size(communities.sizes[number]))
        for number in range(named)
    ]
    rows = [
        (text(present.community_name(number + 1)), count(safe_count(drawn[number])))
        for number in range(named)
    ]
    if drawn[other]:
        legend.append(charts.Community(_("kleinere of andere gemeenschappen"), ""))
        rows.append((text(_("kleinere of andere gemeenschappen")), count(safe_count(drawn[other]))))
    table = Table(
        ident="picture",
        caption=_("Mensen in de tekening, per gemeenschap"),
        header=(_("gemeenschap"), _("mensen in de tekening")),
        rows=tuple(rows),
    )
    svg = charts.network_picture(
        dots,
        [(edge.source, edge.target) for edge in picture.edges],
        legend,
        ident="network",
        title=_("Netwerk van de plek, zonder namen"),
        description=_(
            "Elke vorm is een persoon, elke lijn een band. Vorm en kleur tonen de "
            "gemeenschap; de legende onder de tekening zegt welke."
        ),
    )
    return svg, table


@place_view(*DASHBOARD_ROLES)
def network(request: HttpRequest) -> HttpResponse:
    form = period_form(request)
    period = chosen_period(request, form)
    context = {"form": form, "picture": None}
    if period is not None:
        picture = selectors.network_picture(place=request.place, period=period)
        communities = selectors.communities_found(place=request.place, period=period)
        svg, table = picture_figures(picture, communities)
        context.update(
            picture=picture,
            svg=mark_safe(svg),
            table=table,
            period_text=present.period_text(period.first, period.last),
            drawn=count(safe_count(len(picture.nodes))),
            hidden=count(safe_count(picture.hidden)),
        )
    return render_place(request, "insight/network.html", context)
