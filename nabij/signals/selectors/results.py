"""Reads of a survey's results: published tables, ready for a page, an export or a
signal report. Every count goes through `publish`; see nabij/signals/results.py."""

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field

from django.utils.translation import get_language_info
from django.utils.translation import gettext as _

from nabij.errors import DomainError
from nabij.signals.choices import QuestionKind, ResponseChannel
from nabij.signals.errors import SignalError
from nabij.signals.models import Question, Survey
from nabij.signals.open_answers import AnswerGroup, OpenAnswer, group_answers
from nabij.signals.publish import Count, group_shown, publish
from nabij.signals.results import (
    Filters,
    QuestionSpec,
    Respondent,
    SurveyData,
    answers_table,
    attribute_table,
    crosstab_table,
    filters_text,
    question_table,
    question_title,
    select,
)
from nabij.signals.results_loader import survey_data
from nabij.signals.tables import Row, Table

RawFilters = Mapping[int | str, Collection[int | str]]


@dataclass(frozen=True)
class OpenThemes:
    """The open answers to one question by theme: the published counts, and for staff
    the answers themselves (never exported)."""

    question: QuestionSpec
    table: Table
    groups: tuple[AnswerGroup, ...] = ()


@dataclass(frozen=True)
class SurveyResults:
    filters: dict[int, frozenset[int]]
    filters_text: str
    answers: Count  # how many responses the (filtered) group holds, published
    shown: bool  # whether the group is large enough to say anything about
    overview: tuple[Table, ...]  # answers, per language, per channel
    tables: tuple[Table, ...]  # one per question
    crosstab: Table | None = None
    open_answers: tuple[OpenThemes, ...] = field(default_factory=tuple)

    @property
    def all_tables(self) -> list[Table]:
        """Every table, in the order of the page: what the exports hold."""
        extra = [self.crosstab] if self.crosstab else []
        return [*self.overview, *self.tables, *extra, *(o.table for o in self.open_answers)]


def clean_filters(data: SurveyData, filters: RawFilters | None) -> dict[int, frozenset[int]]:
    """Filters as {question id: accepted values}, each checked against the survey (keys may
    be strings, as a signal figure keeps them in JSON); an empty selection is no filter."""
    cleaned: dict[int, frozenset[int]] = {}
    by_id = {q.id: q for q in data.questions}
    for key, values in (filters or {}).items():
        try:
            question = by_id[int(key)]
            accepted = frozenset(int(v) for v in values)
        except (KeyError, TypeError, ValueError):
            raise DomainError(SignalError.FILTER_NOT_IN_SURVEY, field="filters") from None
        if not question.has_values or not accepted <= {o.value for o in question.options}:
            raise DomainError(SignalError.FILTER_NOT_IN_SURVEY, field="filters")
        if accepted:
            cleaned[question.id] = accepted
    return cleaned


def _crosstab_pair(data: SurveyData, question_id: int, by_id: int) -> tuple[QuestionSpec, ...]:
    if question_id == by_id:
        raise DomainError(SignalError.CROSSTAB_SAME, field="by_question")
    try:
        pair = (data.question(question_id), data.question(by_id))
    except KeyError:
        raise DomainError(SignalError.FILTER_NOT_IN_SURVEY, field="by_question") from None
    if not all(q.has_values for q in pair):
        raise DomainError(SignalError.CROSSTAB_KIND, field="by_question")
    return pair


def _pk(question: Question | int) -> int:
    return question if isinstance(question, int) else question.pk


def _note(data: SurveyData, filters: Filters) -> str:
    return filters_text(data, filters)


def survey_question_table(
    survey: Survey,
    question: Question | int,
    *,
    filters: RawFilters | None = None,
    by_question: Question | int | None = None,
    data: SurveyData | None = None,
) -> Table:
    """One question's table (or its cross-tabulation against `by_question`), narrowed
    down by `filters`."""
    data = data or survey_data(survey)
    cleaned = clean_filters(data, filters)
    group = select(data.respondents, cleaned)
    note = _note(data, cleaned)
    if by_question is not None:
        spec, by = _crosstab_pair(data, _pk(question), _pk(by_question))
        return crosstab_table(spec, by, group, note=note)
    try:
        spec = data.question(_pk(question))
    except KeyError:
        raise DomainError(SignalError.FILTER_NOT_IN_SURVEY, field="question") from None
    return question_table(spec, group, note=note)


def survey_tables(
    survey: Survey, *, filters: RawFilters | None = None, data: SurveyData | None = None
) -> list[Table]:
    """A table for every question, in order."""
    data = data or survey_data(survey)
    cleaned = clean_filters(data, filters)
    group = select(data.respondents, cleaned)
    note = _note(data, cleaned)
    return [question_table(q, group, note=note) for q in data.questions]


def filters_describe(survey: Survey, filters: RawFilters | None) -> str:
    """The filters in words, e.g. "Alleen wie 'Ja' antwoordde op vraag 2."."""
    if not filters:
        return ""
    data = SurveyData(questions=_questions_only(survey), respondents=())
    return filters_text(data, clean_filters(data, filters))


def _questions_only(survey: Survey):
    from nabij.signals.results_loader import survey_questions

    return survey_questions(survey)


def _language_labels(survey: Survey) -> dict[str, str]:
    labels = {}
    for code in survey.languages:
        try:
            labels[code] = str(get_language_info(code)["name_translated"])
        except KeyError:
            labels[code] = code
    return labels


def open_themes(question: QuestionSpec, group: list[Respondent], *, note: str = "") -> OpenThemes:
    ident = f"open-q{question.id}"
    title = _("Vraag %(position)s: open antwoorden per thema") % {"position": question.position}
    answers = [
        OpenAnswer(language=r.language, text=r.texts[question.id])
        for r in group
        if r.texts.get(question.id, "").strip()
    ]
    if not group_shown(len(group)) or not group_shown(len(answers)):
        table = Table(ident=ident, title=title, row_heading="", columns=(), note=note, shown=False)
        return OpenThemes(question=question, table=table)
    groups = tuple(group_answers(answers))
    table = Table(
        ident=ident,
        title=title,
        row_heading=_("Thema"),
        columns=(_("Aantal antwoorden"),),
        rows=tuple(Row(g.label, (publish(len(g.texts)),)) for g in groups),
        total=publish(len(answers)),
        note=note,
        notes=(
            _(
                "Een thema is een woord dat in minstens 5 antwoorden staat. "
                "Wat niet in een thema past, staat bij 'Andere antwoorden'."
            ),
        ),
    )
    return OpenThemes(question=question, table=table, groups=groups)


def survey_results(
    survey: Survey,
    *,
    filters: RawFilters | None = None,
    crosstab: tuple[int, int] | None = None,
    data: SurveyData | None = None,
) -> SurveyResults:
    """Everything the results page, the exports and the printed report show."""
    data = data or survey_data(survey)
    cleaned = clean_filters(data, filters)
    group = select(data.respondents, cleaned)
    note = _note(data, cleaned)
    overview = (
        answers_table(group, note=note),
        attribute_table(
            group,
            attribute="language",
            ident="languages",
            title=_("Antwoorden per taal"),
            row_heading=_("Taal"),
            labels=_language_labels(survey),
            note=note,
        ),
        attribute_table(
            group,
            attribute="channel",
            ident="channels",
            title=_("Antwoorden per manier van invullen"),
            row_heading=_("Hoe"),
            labels={value: str(label) for value, label in ResponseChannel.choices},
            note=note,
        ),
    )
    cross = None
    if crosstab is not None:
        spec, by = _crosstab_pair(data, *crosstab)
        cross = crosstab_table(spec, by, group, note=note)
    return SurveyResults(
        filters=cleaned,
        filters_text=note,
        answers=publish(len(group)),
        shown=group_shown(len(group)),
        overview=overview,
        tables=tuple(question_table(q, group, note=note) for q in data.questions),
        crosstab=cross,
        open_answers=tuple(
            open_themes(q, group, note=note) for q in data.questions if q.kind == QuestionKind.TEXT
        ),
    )


__all__ = [
    "OpenThemes",
    "SurveyResults",
    "clean_filters",
    "filters_describe",
    "open_themes",
    "question_title",
    "survey_question_table",
    "survey_results",
    "survey_tables",
]
