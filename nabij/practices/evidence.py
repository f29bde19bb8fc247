"""What Nabij saw happen in a practice's place, shown beside the reflection as evidence.

A pure core: `evidence_rows` turns an Activity (plain figures, as insight's selectors
give them: already suppressed where they are about people) into rows to show. Counts of
records are suppressed here too, so nothing about fewer than five shows as more than
"< 5". evidence_loader.py reads the Activity of a place."""

from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext as _

from nabij.community.suppression import safe_count
from nabij.insight.selectors import Figure
from nabij.insight.views.present import count, figure_share, period_text, share


@dataclass(frozen=True)
class Activity:
    """A place's activity over a period of whole months."""

    first: date
    last: date
    computed: bool  # whether the place's metrics were ever computed
    matches: int  # help that happened (done matches), raw
    transfers: int  # payments in a community currency between neighbours, raw
    events: int  # activities where neighbours met, raw
    ties: int | None  # distinct ties counted for bridging (suppressed)
    bridging: Figure  # of those ties, the ones between people of different languages
    receivers: int | None  # residents who received anything (suppressed)
    vulnerable: Figure  # of the receivers, the vulnerable ones
    reach_vulnerable: float | None  # share of the vulnerable residents who received


@dataclass(frozen=True)
class EvidenceRow:
    label: str
    value: str
    note: str = ""


@dataclass(frozen=True)
class Evidence:
    period: str
    computed: bool
    active: bool  # anything happened at all
    rows: tuple[EvidenceRow, ...]


def evidence_rows(activity: Activity) -> Evidence:
    counts = [
        (_("Burenhulp die gebeurde (koppelingen)"), activity.matches),
        (_("Betalingen in buurtmunt tussen buren"), activity.transfers),
        (_("Activiteiten waar buren elkaar ontmoetten"), activity.events),
    ]
    rows = [EvidenceRow(str(label), count(safe_count(n)).screen) for label, n in counts]
    rows.append(
        EvidenceRow(
            _("Banden tussen mensen die niet dezelfde taal spreken (overbruggen)"),
            figure_share(activity.bridging).screen,
            _("van %(ties)s banden") % {"ties": count(activity.ties).screen}
            if activity.ties
            else "",
        )
    )
    rows.append(
        EvidenceRow(
            _("Wie iets ontving en kwetsbaar is"),
            figure_share(activity.vulnerable).screen,
            _("van %(people)s mensen die iets ontvingen")
            % {"people": count(activity.receivers).screen}
            if activity.receivers
            else "",
        )
    )
    rows.append(
        EvidenceRow(
            _("Kwetsbare bewoners die iets ontvingen"),
            share(activity.reach_vulnerable, suppressed=activity.vulnerable.suppressed).screen,
        )
    )
    return Evidence(
        period=period_text(activity.first, activity.last),
        computed=activity.computed,
        active=activity.matches + activity.transfers + activity.events > 0,
        rows=tuple(rows),
    )
