"""Reads of signal reports: the report as it is shown now, the list by status, the hub."""

from dataclasses import dataclass
from datetime import date, datetime

from django.db.models import Count, QuerySet
from django.utils import timezone
from django.utils.safestring import SafeString

from nabij.community.models import Place
from nabij.errors import DomainError
from nabij.signals.choices import (
    SignalOutcome,
    SignalStatus,
    SurveyStatus,
    TestimonyStatus,
)
from nabij.signals.models import (
    Signal,
    SignalFigure,
    Survey,
    Testimony,
)
from nabij.signals.publish import Count as Published
from nabij.signals.report_figures import figure_table
from nabij.signals.selectors.needs import needs_people
from nabij.signals.tables import Table, table_chart


@dataclass(frozen=True)
class FigureShown:
    figure: SignalFigure
    table: Table | None  # None: the part of signals that counts it is not there
    chart: SafeString | None


@dataclass(frozen=True)
class Report:
    signal: Signal
    place: Place
    made_on: date
    figures: list[FigureShown]
    quotes: list[Testimony]


def usable_quotes(signal: Signal) -> list[Testimony]:
    """The signal's testimonies that may still be used: approved, consent not withdrawn."""
    return [
        quote.testimony
        for quote in signal.quotes.select_related("testimony")
        .filter(testimony__status=TestimonyStatus.APPROVED)
        .order_by("position")
    ]


def signal_report(signal: Signal, *, now: datetime | None = None) -> Report:
    figures = []
    loaded: dict = {}
    for figure in signal.figures.select_related(
        "place", "survey", "question", "by_question"
    ).order_by("position"):
        try:
            table = figure_table(figure, loaded=loaded)
        except DomainError:
            # A figure the results no longer accept (its question changed kind): the report
            # says it cannot be shown rather than failing as a whole.
            table = None
        chart = table_chart(table) if table is not None and table.shown and table.rows else None
        figures.append(FigureShown(figure=figure, table=table, chart=chart))
    return Report(
        signal=signal,
        place=signal.place,
        made_on=timezone.localdate(now or timezone.now()),
        figures=figures,
        quotes=usable_quotes(signal),
    )


def signals_of_place(place: Place, *, status: str | None = None) -> QuerySet[Signal]:
    signals = Signal.objects.filter(place=place).annotate(
        sendings_count=Count("sendings", distinct=True),
        replies_count=Count("replies", distinct=True),
    )
    if status in SignalStatus.values:
        signals = signals.filter(status=status)
    return signals.order_by("-updated_at", "-pk")


@dataclass(frozen=True)
class Tally:
    value: str
    label: str
    count: int


def _tally(place: Place, field: str, choices, **only) -> list[Tally]:
    counts = dict(
        Signal.objects.filter(place=place, **only)
        .values_list(field)
        .annotate(n=Count("pk"))
        .values_list(field, "n")
    )
    return [Tally(value, label, counts.get(value, 0)) for value, label in choices]


def signals_by_status(place: Place) -> list[Tally]:
    """How many signals stand where: in the making, sent, answered, closed."""
    return _tally(place, "status", SignalStatus.choices)


def signals_by_outcome(place: Place) -> list[Tally]:
    """What the closed signals achieved (counts of signals, not of people)."""
    decided = [(v, label) for v, label in SignalOutcome.choices if v != SignalOutcome.PENDING]
    return _tally(place, "outcome", decided, status=SignalStatus.CLOSED)


@dataclass(frozen=True)
class Hub:
    surveys_by_status: list[Tally]
    surveys_answered: list[Survey]  # the newest surveys that were opened: their results
    needs_people: Published  # people with an unmet need, published (rounded, < 5 hidden)
    testimonies_by_status: list[Tally]
    signals_by_status: list[Tally]
    recent_signals: list[Signal]


def _counts(rows: QuerySet, field: str, choices) -> list[Tally]:
    counts = dict(rows.values_list(field).annotate(n=Count("pk")).values_list(field, "n"))
    return [Tally(value, label, counts.get(value, 0)) for value, label in choices]


def signals_hub(place: Place) -> Hub:
    return Hub(
        surveys_by_status=_counts(
            Survey.objects.filter(place=place), "status", SurveyStatus.choices
        ),
        surveys_answered=list(surveys_to_count(place)[:10]),
        needs_people=needs_people(place),
        testimonies_by_status=_counts(
            Testimony.objects.filter(place=place), "status", TestimonyStatus.choices
        ),
        signals_by_status=signals_by_status(place),
        recent_signals=list(signals_of_place(place)[:5]),
    )


def testimonies_to_quote(signal: Signal) -> QuerySet[Testimony]:
    """Approved testimonies of the place that the signal does not quote yet."""
    return (
        Testimony.objects.filter(place_id=signal.place_id, status=TestimonyStatus.APPROVED)
        .exclude(signal_uses__signal=signal)
        .order_by("-recorded_at", "-pk")
    )


def surveys_to_count(place: Place) -> QuerySet[Survey]:
    """Surveys a figure can come from: those that were opened (draft ones have no answers)."""
    return (
        Survey.objects.filter(place=place)
        .exclude(status=SurveyStatus.DRAFT)
        .order_by("-created_at", "-pk")
    )
