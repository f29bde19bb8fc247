"""The dashboard's figures as tables and charts, built once from the selectors' results.

Every table is shown on the page beside its chart and written, as it is, to the CSV
export: a figure suppressed in one is suppressed in all three. A value is typed (a count,
a share, an index) so that the page can show "40 %" and the export "40.0".
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from django.utils.formats import date_format, number_format
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from nabij.community.choices import SensitiveKind
from nabij.community.templatetags.nabij import cell_label
from nabij.insight import charts
from nabij.insight.choices import PlainAttribute
from nabij.insight.selectors import (
    Bridging,
    Communities,
    Figure,
    Receivers,
    Reciprocity,
    TrendPoint,
)

SUPPRESSED = charts.SUPPRESSED
NO_DATA = "–"
COUNT, SHARE, INDEX, TEXT = "count", "share", "index", "text"

RECIPROCITY_LABELS = {
    "give_only": gettext_lazy("alleen geven"),
    "receive_only": gettext_lazy("alleen ontvangen"),
    "both": gettext_lazy("geven en ontvangen"),
    "neither": gettext_lazy("geen van beide"),
}
# Communities beyond this many get one bar together, so the chart stays readable.
CHART_COMMUNITIES = 12


@dataclass(frozen=True)
class Value:
    """One cell. `number` None is shown as `missing`: "< 5" when the figure is
    suppressed, a dash when there is nothing to count."""

    kind: str
    number: float | str | None
    missing: str = SUPPRESSED

    @property
    def screen(self) -> str:
        if self.number is None:
            return self.missing
        if self.kind == SHARE:
            return f"{round(self.number * 100)} %"
        if self.kind == INDEX:
            return number_format(self.number, 2)
        return str(self.number)

    @property
    def export(self) -> str:
        """For a spreadsheet: a share in percent with one decimal, dots as decimal mark."""
        if self.number is None:
            return self.missing
        if self.kind == SHARE:
            return f"{self.number * 100:.1f}"
        if self.kind == INDEX:
            return f"{self.number:.2f}"
        return str(self.number)


def text(value: str) -> Value:
    return Value(TEXT, value)


def count(n: int | None) -> Value:
    return Value(COUNT, n)


def share(fraction: float | None, *, suppressed: bool = True) -> Value:
    return Value(SHARE, fraction, SUPPRESSED if suppressed else NO_DATA)


def figure_share(figure: Figure) -> Value:
    """A figure's share: "< 5" when its count is hidden, a dash when the total is 0."""
    return share(figure.share, suppressed=figure.suppressed)


def index(value: float | None, *, suppressed: bool) -> Value:
    return Value(INDEX, value, SUPPRESSED if suppressed else NO_DATA)


@dataclass(frozen=True)
class Table:
    ident: str
    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[Value, ...], ...]


@dataclass(frozen=True)
class Chart:
    """A picture and the table that says the same to a screen reader."""

    svg: SafeString
    table: Table


def _percent(fraction: float | None) -> float | None:
    return None if fraction is None else fraction * 100


def _bar(value: Value, *, scale: float = 1.0) -> charts.Bar:
    """A bar for a shown value; a suppressed or empty one draws nothing."""
    if value.number is None:
        return charts.Bar(None, value.missing)
    return charts.Bar(float(value.number) * scale, value.screen)


def period_text(first: date, last: date) -> str:
    return _("%(first)s tot en met %(last)s") % {
        "first": date_format(first, "YEAR_MONTH_FORMAT"),
        "last": date_format(last, "YEAR_MONTH_FORMAT"),
    }


def reciprocity_chart(reciprocity: Reciprocity) -> Chart:
    survey_head = _("bevraging (2.057 volwassenen)")
    rows = []
    groups = []
    for key, label in RECIPROCITY_LABELS.items():
        figure: Figure = getattr(reciprocity, key)
        here = figure_share(figure)
        survey = share(reciprocity.survey[key])
        rows.append((text(str(label)), count(figure.count), here, survey))
        groups.append(charts.BarGroup(str(label), [_bar(here, scale=100), _bar(survey, scale=100)]))
    rows.append((text(_("alle bewoners")), count(reciprocity.residents), text(""), text("")))
    table = Table(
        ident="reciprocity",
        caption=_("Wederkerigheid: bewoners naar wat ze deden"),
        header=(_("wat ze deden"), _("bewoners"), _("aandeel hier"), survey_head),
        rows=tuple(rows),
    )
    svg = charts.bar_chart(
        groups,
        ident="reciprocity-chart",
        title=table.caption,
        description=_(
            "Aandeel van de bewoners dat alleen gaf, alleen ontving, allebei of geen van "
            "beide, naast de cijfers van de bevraging."
        ),
        series=(_("deze plek"), survey_head),
        scale_max=100,
    )
    return Chart(mark_safe(svg), table)


def receivers_chart(receivers: Receivers) -> Chart:
    kinds = (
        (_("kwetsbaar"), receivers.vulnerable, receivers.reach_vulnerable),
        (_("niet kwetsbaar"), receivers.not_vulnerable, receivers.reach_others),
    )
    rows = []
    groups = []
    for label, figure, reach in kinds:
        shown = count(figure.count)
        rows.append(
            (
                text(label),
                shown,
                figure_share(figure),
                share(reach, suppressed=figure.suppressed),
            )
        )
        groups.append(charts.BarGroup(label, [_bar(shown)]))
    rows.append((text(_("iedereen die ontving")), count(receivers.receivers), text(""), text("")))
    table = Table(
        ident="receivers",
        caption=_("Wie ontvangt: kwetsbaar of niet"),
        header=(
            _("bewoners"),
            _("ontvingen iets"),
            _("aandeel van wie ontving"),
            _("aandeel van de eigen groep"),
        ),
        rows=tuple(rows),
    )
    svg = charts.bar_chart(
        groups,
        ident="receivers-chart",
        title=table.caption,
        description=_("Hoeveel kwetsbare en niet-kwetsbare bewoners iets ontvingen."),
    )
    return Chart(mark_safe(svg), table)


def attribute_label(key: str) -> str:
    for choices in (PlainAttribute, SensitiveKind):
        if key in choices.values:
            return str(choices(key).label)
    return key


def bridging_summary(bridging: Bridging) -> Table:
    hidden = bridging.ties is None
    return Table(
        ident="bridging-summary",
        caption=_("Verbinden en overbruggen op %(attribute)s")
        % {"attribute": attribute_label(bridging.attribute)},
        header=(_("cijfer"), _("aantal"), _("aandeel")),
        rows=(
            (text(_("mensen met een waarde")), count(bridging.members), text("")),
            (text(_("banden tussen hen")), count(bridging.ties), text("")),
            (
                text(_("banden over de grens (overbruggen)")),
                count(bridging.bridging.count),
                figure_share(bridging.bridging),
            ),
            (
                text(_("banden binnen de groep (verbinden)")),
                count(bridging.bonding.count),
                figure_share(bridging.bonding),
            ),
            (text(_("E-I-index")), index(bridging.ei_index, suppressed=hidden), text("")),
        ),
    )


def bridging_chart(bridging: Bridging) -> Chart:
    vocabulary = "language" if bridging.attribute == PlainAttribute.LANGUAGE else ""
    rows = []
    groups = []
    for row in bridging.rows:
        label = cell_label(row.label, vocabulary)
        internal, external = count(row.internal), count(row.external)
        hidden = row.internal is None or row.external is None
        rows.append(
            (
                text(label),
                count(row.members),
                internal,
                external,
                index(row.ei_index, suppressed=hidden),
            )
        )
        groups.append(charts.BarGroup(label, [_bar(internal), _bar(external)]))
    inside, across = _("banden binnen de groep"), _("banden over de grens")
    table = Table(
        ident="bridging",
        caption=_("Banden per waarde van %(attribute)s")
        % {"attribute": attribute_label(bridging.attribute)},
        header=(_("waarde"), _("mensen"), inside, across, _("E-I-index")),
        rows=tuple(rows),
    )
    svg = charts.bar_chart(
        groups,
        ident="bridging-chart",
        title=table.caption,
        description=_(
            "Per waarde: hoeveel banden binnen de eigen groep blijven en hoeveel de grens "
            "oversteken."
        ),
        series=(inside, across),
    )
    return Chart(mark_safe(svg), table)


def community_name(number: int) -> str:
    return _("gemeenschap %(number)s") % {"number": number}


def communities_summary(communities: Communities) -> Table:
    return Table(
        ident="communities-summary",
        caption=_("Gemeenschappen gevonden in de banden"),
        header=(_("cijfer"), _("waarde")),
        rows=(
            (text(_("gemeenschappen van vijf mensen of meer")), count(communities.count)),
            (text(_("mensen met minstens één band")), count(communities.connected)),
            (text(_("mensen in kleinere gemeenschappen")), count(communities.small)),
            (
                text(_("modulariteit")),
                index(communities.modularity, suppressed=communities.connected is None),
            ),
        ),
    )


def communities_chart(communities: Communities) -> Chart:
    sizes = list(communities.sizes)
    shown, rest = sizes[:CHART_COMMUNITIES], sizes[CHART_COMMUNITIES:]
    rows = [(text(community_name(n)), count(size)) for n, size in enumerate(shown, start=1)]
    if rest:
        rows.append((text(_("de %(count)s andere samen") % {"count": len(rest)}), count(sum(rest))))
    rows.append((text(_("kleinere gemeenschappen")), count(communities.small)))
    table = Table(
        ident="communities",
        caption=_("Grootte van de gemeenschappen"),
        header=(_("gemeenschap"), _("mensen")),
        rows=tuple(rows),
    )
    svg = charts.bar_chart(
        [charts.BarGroup(row[0].screen, [_bar(row[1])]) for row in rows],
        ident="communities-chart",
        title=table.caption,
        description=_("Hoeveel mensen elke gevonden gemeenschap telt, de grootste eerst."),
    )
    return Chart(mark_safe(svg), table)


def _month(point: TrendPoint, *, short: bool = False) -> str:
    return date_format(point.month, "M Y" if short else "YEAR_MONTH_FORMAT")


def _trend_share(fraction: float | None, point: TrendPoint) -> Value:
    """A month without exchanges has nothing to hide: it shows a dash, not "< 5"."""
    return share(fraction, suppressed=point.exchanges != 0)


TREND_SERIES = (
    ("give_only", RECIPROCITY_LABELS["give_only"]),
    ("receive_only", RECIPROCITY_LABELS["receive_only"]),
    ("both", RECIPROCITY_LABELS["both"]),
    ("neither", RECIPROCITY_LABELS["neither"]),
)
# No monthly split by vulnerability: months compared would single people out (see
# TrendPoint); who receives is shown over a fixed year only.
REACH_SERIES = (("bridging_language", gettext_lazy("banden over een taalgrens")),)


def _lines(points: Sequence[TrendPoint], series) -> list[charts.LineSeries]:
    return [
        charts.LineSeries(str(label), [_percent(getattr(point, key)) for point in points])
        for key, label in series
    ]


def trend_charts(points: Sequence[TrendPoint]) -> tuple[SafeString, SafeString, Table]:
    """Two line charts (reciprocity; bridging) and one table
    with every month's figures."""
    labels = [_month(point, short=True) for point in points]
    empty = {number for number, point in enumerate(points) if point.exchanges == 0}
    reciprocity = charts.line_chart(
        labels,
        _lines(points, TREND_SERIES),
        ident="trend-reciprocity",
        title=_("Wederkerigheid per maand"),
        description=_("Aandeel van de bewoners per maand, per manier van helpen."),
        scale_max=100,
        unit=" %",
        empty=empty,
    )
    reach = charts.line_chart(
        labels,
        _lines(points, REACH_SERIES),
        ident="trend-reach",
        title=_("Overbruggen per maand"),
        description=_("Aandeel banden over een taalgrens, per maand."),
        scale_max=100,
        unit=" %",
        empty=empty,
    )
    rows = tuple(
        (
            text(_month(point)),
            *(_trend_share(getattr(point, key), point) for key, _label in TREND_SERIES),
            *(_trend_share(getattr(point, key), point) for key, _label in REACH_SERIES),
            index(point.ei_language, suppressed=point.exchanges != 0),
            count(point.exchanges),
        )
        for point in points
    )
    table = Table(
        ident="trends",
        caption=_("Per maand"),
        header=(
            _("maand"),
            *(str(label) for _key, label in TREND_SERIES),
            *(str(label) for _key, label in REACH_SERIES),
            _("E-I-index op taal"),
            _("uitwisselingen"),
        ),
        rows=rows,
    )
    return mark_safe(reciprocity), mark_safe(reach), table
