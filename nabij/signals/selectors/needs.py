"""Unmet needs of a place, counted and published: help requests nobody took on in time,
outreach calls that found a need nobody met, and needs workers noted by hand.

`needs_load` reads the three sources once into `Need`s; the pure core
(nabij/signals/needs.py) counts them; every count leaves here through `publish`."""

from collections.abc import Hashable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from nabij.aid.choices import CallOutcome, RequestStatus
from nabij.aid.models import Call, Match, Request
from nabij.community.models import Group, GroupMembership, Place
from nabij.signals import needs as core
from nabij.signals.choices import NeedSource, NeedType
from nabij.signals.models import UnmetNeed
from nabij.signals.publish import Count, group_shown, publish
from nabij.signals.tables import Row, Table

BY = ("type", "month", "group", "sector")

# Short enough for the label column of a chart.
SOURCE_LABELS = {
    NeedSource.REQUEST: gettext_lazy("hulpvragen"),
    NeedSource.CALL: gettext_lazy("belrondes"),
    NeedSource.RECORDED: gettext_lazy("notities van werkers"),
}


def _start_of(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def _within(field: str, period_from: date | None, period_until: date | None) -> Q:
    """Timestamps on the local days from `period_from` up to and including `period_until`."""
    q = Q()
    if period_from is not None:
        q &= Q(**{f"{field}__gte": _start_of(period_from)})
    if period_until is not None:
        q &= Q(**{f"{field}__lt": _start_of(period_until + timedelta(days=1))})
    return q


def needs_load(
    place: Place, *, period_from: date | None = None, period_until: date | None = None
) -> list[core.Need]:
    """Every unmet need of the place seen in the period, each counted once.

    A request counts from the day it was flagged unmet. A call that found a need counts
    when it led to no request, or to one that nobody has taken on and that is not counted
    itself (not flagged unmet): a call linked to a counted request is the same need."""
    requests = Request.objects.filter(place=place, unmet_since__isnull=False).filter(
        _within("unmet_since", period_from, period_until)
    )
    taken_on = Match.objects.filter(request=OuterRef("request_id"), approved_at__isnull=False)
    calls = (
        Call.objects.filter(place=place, outcome=CallOutcome.NEED_FOUND)
        .filter(_within("at", period_from, period_until))
        .filter(
            Q(request__isnull=True)
            | (
                Q(request__unmet_since__isnull=True)
                & ~Q(request__status__in=[RequestStatus.MATCHED, RequestStatus.DONE])
                & ~Exists(taken_on)
            )
        )
    )
    memberships: dict[int, set[int]] = {}
    for member_id, group_id in (
        GroupMembership.objects.filter(place=place, group__place=place)
        .filter(
            Q(member__in=requests.values("requester_id")) | Q(member__in=calls.values("member_id"))
        )
        .values_list("member_id", "group_id")
    ):
        memberships.setdefault(member_id, set()).add(group_id)

    def groups_of(member_id: int) -> frozenset[int]:
        return frozenset(memberships.get(member_id, ()))

    spellings: dict[str, str] = {}

    def _sector(raw: str) -> str:
        # Sectors are typed by hand: "Rabotstraat" and "rabotstraat " are one street.
        name = " ".join((raw or "").split())
        return spellings.setdefault(name.casefold(), name)

    needs: list[core.Need] = []
    for help_type, sector, requester_id, requester_sector, unmet_since in requests.values_list(
        "help_type", "sector", "requester_id", "requester__sector", "unmet_since"
    ):
        needs.append(
            core.Need(
                source=NeedSource.REQUEST,
                need_type=help_type,
                month=core.month_of(timezone.localdate(unmet_since)),
                sector=_sector(sector or requester_sector),
                groups=groups_of(requester_id),
                person=requester_id,
            )
        )
    counted_requests: set[int] = set()
    for request_id, help_type, request_sector, member_id, member_sector, at in calls.order_by(
        "at", "pk"
    ).values_list(
        "request_id", "request__help_type", "request__sector", "member_id", "member__sector", "at"
    ):
        if request_id is not None:
            # Two calls about one request are one need.
            if request_id in counted_requests:
                continue
            counted_requests.add(request_id)
        needs.append(
            core.Need(
                source=NeedSource.CALL,
                need_type=help_type or NeedType.OTHER,
                month=core.month_of(timezone.localdate(at)),
                sector=_sector(request_sector or member_sector),
                groups=groups_of(member_id),
                person=member_id,
            )
        )
    recorded = UnmetNeed.objects.filter(place=place)
    if period_from is not None:
        recorded = recorded.filter(noted_on__gte=period_from)
    if period_until is not None:
        recorded = recorded.filter(noted_on__lte=period_until)
    for need_type, noted_on, people, sector, group_id in recorded.values_list(
        "need_type", "noted_on", "people", "sector", "group_id"
    ):
        needs.append(
            core.Need(
                source=NeedSource.RECORDED,
                need_type=need_type,
                month=core.month_of(noted_on),
                sector=_sector(sector),
                groups=frozenset() if group_id is None else frozenset({group_id}),
                people=people,
            )
        )
    return needs


def published(tally: core.Tally) -> Count:
    """A tally as it may be shown: rounded to five, and "< 5" when the needs are about
    fewer than five people, however many needs that is (one person's five requests say
    something about that person)."""
    if tally.needs == 0:
        return Count(0)
    if not group_shown(tally.people):
        return Count(None)
    return publish(tally.needs)


def period_text(period_from: date | None, period_until: date | None) -> str:
    if period_from and period_until:
        return _("van %(start)s tot en met %(end)s") % {
            "start": date_format(period_from, "SHORT_DATE_FORMAT"),
            "end": date_format(period_until, "SHORT_DATE_FORMAT"),
        }
    if period_from:
        return _("vanaf %(start)s") % {"start": date_format(period_from, "SHORT_DATE_FORMAT")}
    if period_until:
        return _("tot en met %(end)s") % {"end": date_format(period_until, "SHORT_DATE_FORMAT")}
    return _("alle noden tot nu")


@dataclass(frozen=True)
class _Shape:
    title: str
    row_heading: str


def _shape(by: str) -> _Shape:
    return {
        "type": _Shape(_("Noden zonder antwoord, per soort"), _("Soort nood")),
        "month": _Shape(_("Noden zonder antwoord, per maand"), _("Maand")),
        "group": _Shape(_("Noden zonder antwoord, per groep"), _("Groep")),
        "sector": _Shape(_("Noden zonder antwoord, per buurt"), _("Buurt of straat")),
        "source": _Shape(_("Noden zonder antwoord, per bron"), _("Waar de nood gezien werd")),
    }[by]


def _rows(
    needs: list[core.Need],
    by: str,
    *,
    group_names: dict[int, str],
    period_from: date | None,
    period_until: date | None,
) -> list[Row]:
    counts = core.count_by(needs, by)

    def row(label: str, key: Hashable) -> Row:
        return Row(label=label, counts=(published(counts.get(key, core.Tally())),))

    if by == "type":
        return [row(str(label), value) for value, label in NeedType.choices if value in counts]
    if by == "source":
        return [
            row(str(SOURCE_LABELS[value]), value) for value in NeedSource.values if value in counts
        ]
    if by == "month":
        if not counts and not (period_from and period_until):
            return []
        months = sorted(counts)
        first = core.month_of(period_from) if period_from else months[0]
        last = core.month_of(period_until) if period_until else months[-1]
        # Months without a need are shown too: a trend needs its empty months.
        return [row(date_format(m, "F Y"), m) for m in core.months_between(first, last)]
    if by == "group":
        named = sorted(
            (key for key in counts if key is not core.NO_GROUP),
            key=lambda key: (group_names.get(key, "").casefold(), key),
        )
        rows = [row(group_names.get(key, _("(groep bestaat niet meer)")), key) for key in named]
        if core.NO_GROUP in counts:
            rows.append(row(_("In geen enkele groep"), core.NO_GROUP))
        return rows
    if by == "sector":
        named = sorted((key for key in counts if key), key=lambda key: str(key).casefold())
        rows = [row(str(key), key) for key in named]
        if core.NO_SECTOR in counts:
            rows.append(row(_("Buurt niet bekend"), core.NO_SECTOR))
        return rows
    raise ValueError(f"cannot count needs by {by!r}")


def _table(
    needs: list[core.Need],
    by: str,
    *,
    group_names: dict[int, str],
    period_from: date | None,
    period_until: date | None,
) -> Table:
    shape = _shape(by)
    total = core.count_all(needs)
    notes: list[str] = []
    if by == "group":
        notes.append(
            _(
                "Wie in meer dan één groep zit, telt mee bij elke groep. "
                "Samen zijn de rijen dus meer dan het totaal."
            )
        )
    if by == "source":
        notes.append(
            _(
                "Een nood telt één keer: een belronde die tot een getelde hulpvraag leidde, "
                "telt niet nog eens."
            )
        )
    common = {
        "ident": f"needs-{by}",
        "title": shape.title,
        "row_heading": shape.row_heading,
        "columns": (_("Noden"),),
        "note": period_text(period_from, period_until),
    }
    if not group_shown(total.people):
        return Table(**common, shown=False)
    return Table(
        **common,
        rows=tuple(
            _rows(
                needs,
                by,
                group_names=group_names,
                period_from=period_from,
                period_until=period_until,
            )
        ),
        total=published(total),
        notes=tuple(notes),
    )


def _group_names(place: Place) -> dict[int, str]:
    return dict(Group.objects.filter(place=place).values_list("pk", "name"))


def needs_table(
    place: Place,
    *,
    by: str,
    period_from: date | None = None,
    period_until: date | None = None,
) -> Table:
    """The place's unmet needs in the period, counted by "type", "month", "group" or
    "sector" (or "source"), every count published."""
    if by not in (*BY, "source"):
        raise ValueError(f"cannot count needs by {by!r}")
    needs = needs_load(place, period_from=period_from, period_until=period_until)
    return _table(
        needs,
        by,
        group_names=_group_names(place) if by == "group" else {},
        period_from=period_from,
        period_until=period_until,
    )


def needs_tables(
    place: Place, *, period_from: date | None = None, period_until: date | None = None
) -> list[Table]:
    """The tables of the needs page, from one read of the needs."""
    needs = needs_load(place, period_from=period_from, period_until=period_until)
    names = _group_names(place)
    return [
        _table(
            needs,
            by,
            group_names=names,
            period_from=period_from,
            period_until=period_until,
        )
        for by in (*BY, "source")
    ]


def needs_total(
    place: Place, *, period_from: date | None = None, period_until: date | None = None
) -> Count:
    """How many unmet needs the place saw in the period, published."""
    return published(
        core.count_all(needs_load(place, period_from=period_from, period_until=period_until))
    )


def needs_people(
    place: Place, *, period_from: date | None = None, period_until: date | None = None
) -> Count:
    """How many people had a need no one met in the period, published: each requester or
    person called once, plus the people workers noted by hand."""
    return publish(
        core.count_all(needs_load(place, period_from=period_from, period_until=period_until)).people
    )


def needs_recorded(
    place: Place,
    *,
    period_from: date | None = None,
    period_until: date | None = None,
    limit: int = 200,
) -> list[UnmetNeed]:
    """The needs workers noted by hand in the period, newest first, for staff to check
    and correct."""
    rows = UnmetNeed.objects.filter(place=place)
    if period_from is not None:
        rows = rows.filter(noted_on__gte=period_from)
    if period_until is not None:
        rows = rows.filter(noted_on__lte=period_until)
    return list(rows.select_related("group", "recorded_by")[:limit])
