"""A figure of a signal report as a published table: the question it holds, counted now
by the results and the unmet needs of signals, small groups hidden."""

import importlib
from dataclasses import replace
from types import ModuleType

from nabij.signals.choices import FigureKind
from nabij.signals.models import SignalFigure
from nabij.signals.tables import Table

NEEDS_BY = {
    FigureKind.NEEDS_BY_TYPE: "type",
    FigureKind.NEEDS_BY_MONTH: "month",
    FigureKind.NEEDS_BY_GROUP: "group",
    FigureKind.NEEDS_BY_SECTOR: "sector",
}


def _module(name: str) -> ModuleType | None:
    """The module that counts this kind of figure; None while it is not installed."""
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as error:
        if error.name != name:
            raise
        return None


def figure_filters(figure: SignalFigure) -> dict[int, list[int]]:
    return {int(key): list(values) for key, values in (figure.filters or {}).items()}


def figure_table(figure: SignalFigure, *, loaded: dict | None = None) -> Table | None:
    """The figure's table, its id unique on the page and its caption as the worker wrote
    it; None when the part of signals that counts it is not there. `loaded` keeps each
    survey's answers read once for all figures of a report."""
    table = count_figure(figure, loaded=loaded)
    if table is None:
        return None
    return replace(table, ident=f"figure-{figure.position}", title=figure.caption or table.title)


def count_figure(figure: SignalFigure, *, loaded: dict | None = None) -> Table | None:
    """Count what the figure asks, as the parts of signals that own the data count it; a
    question they refuse raises their `DomainError`."""
    if figure.kind in NEEDS_BY:
        needs = _module("nabij.signals.selectors.needs")
        if needs is None:
            return None
        return needs.needs_table(
            figure.place,
            by=NEEDS_BY[figure.kind],
            period_from=figure.period_from,
            period_until=figure.period_until,
        )
    results = _module("nabij.signals.selectors.results")
    if results is None:
        return None
    extra = {}
    if loaded is not None and hasattr(results, "survey_data"):
        if figure.survey_id not in loaded:
            loaded[figure.survey_id] = results.survey_data(figure.survey)
        extra["data"] = loaded[figure.survey_id]
    return results.survey_question_table(
        figure.survey,
        figure.question,
        filters=figure_filters(figure) or None,
        by_question=figure.by_question,
        **extra,
    )
