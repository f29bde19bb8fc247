"""A survey's results as published tables: the pure core, without the ORM.

The loader (results_loader.py) reads the answers once into `SurveyData`; everything here
counts respondents and hands each count to `publish`, so a figure never tells about
fewer than five people. A filter narrows the respondents down (AND across questions, OR
within one); a table about a group of fewer than five is not shown at all.
"""

from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import pairwise

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from nabij.signals.choices import CHOICE_KINDS, QuestionKind
from nabij.signals.publish import Count, group_shown, publish
from nabij.signals.tables import Row, Table, percent_text

Filters = Mapping[int, Collection[int]]

# Kinds whose answers are values one can pick: filters and cross-tabulations use them.
VALUE_KINDS = (*CHOICE_KINDS, QuestionKind.SCALE)
NUMBER_BINS_MAX = 8
NICE_STEPS = (1, 2, 5)

COUNT_COLUMN = gettext_lazy("Aantal mensen")
NO_ANSWER = gettext_lazy("Geen antwoord")
NOT_ASKED = gettext_lazy("Niet gevraagd (door een sprongregel)")


@dataclass(frozen=True)
class Option:
    """A value one can pick: a choice (by its id) or a step of a scale (by its value)."""

    value: int
    label: str


@dataclass(frozen=True)
class QuestionSpec:
    id: int
    position: int
    kind: str
    text: str
    options: tuple[Option, ...] = ()  # choices, or every step of a scale
    number_min: Decimal | None = None
    number_max: Decimal | None = None

    @property
    def has_values(self) -> bool:
        return self.kind in VALUE_KINDS


@dataclass(frozen=True)
class Respondent:
    """One response: the values picked per question (choice ids; for a scale its value),
    the numbers and the texts given."""

    id: int
    language: str
    channel: str
    picked: Mapping[int, frozenset[int]] = field(default_factory=dict)
    numbers: Mapping[int, Decimal] = field(default_factory=dict)
    texts: Mapping[int, str] = field(default_factory=dict)
    # The questions on this person's route; None when the survey has no skip rules.
    asked: frozenset[int] | None = None

    def was_asked(self, question: QuestionSpec) -> bool:
        return self.asked is None or question.id in self.asked

    def answered(self, question: QuestionSpec) -> bool:
        if question.has_values:
            return bool(self.picked.get(question.id))
        if question.kind == QuestionKind.NUMBER:
            return question.id in self.numbers
        return bool(self.texts.get(question.id, "").strip())


@dataclass(frozen=True)
class SurveyData:
    questions: tuple[QuestionSpec, ...]
    respondents: tuple[Respondent, ...]

    def question(self, question_id: int) -> QuestionSpec:
        for question in self.questions:
            if question.id == question_id:
                return question
        raise KeyError(question_id)


def select(respondents: Sequence[Respondent], filters: Filters | None) -> list[Respondent]:
    """Who passes every filter: for each filtered question, one of its accepted values."""
    if not filters:
        return list(respondents)
    wanted = [(qid, frozenset(values)) for qid, values in filters.items()]
    return [
        r for r in respondents if all(r.picked.get(qid, frozenset()) & ok for qid, ok in wanted)
    ]


def _hidden(ident: str, title: str, note: str) -> Table:
    return Table(
        ident=ident, title=title, row_heading="", columns=(), note=note, shown=False, total=None
    )


def question_title(question: QuestionSpec) -> str:
    return _("Vraag %(position)s: %(text)s") % {
        "position": question.position,
        "text": question.text,
    }


def answers_table(group: Sequence[Respondent], *, note: str = "") -> Table:
    """How many people answered (in the group)."""
    title = _("Aantal antwoorden")
    if not group_shown(len(group)):
        return _hidden("answers", title, note)
    return Table(
        ident="answers",
        title=title,
        row_heading=_("Antwoorden"),
        columns=(str(COUNT_COLUMN),),
        rows=(Row(_("Ingevulde vragenlijsten"), (publish(len(group)),)),),
        note=note,
    )


def attribute_table(
    group: Sequence[Respondent],
    *,
    attribute: str,
    ident: str,
    title: str,
    row_heading: str,
    labels: Mapping[str, str],
    note: str = "",
) -> Table:
    """Respondents per language or per channel (`attribute`), rows in the order of `labels`."""
    if not group_shown(len(group)):
        return _hidden(ident, title, note)
    counts = Counter(getattr(r, attribute) for r in group)
    keys = [*labels, *sorted(k for k in counts if k not in labels)]
    total = publish(len(group))
    rows = tuple(
        Row(
            _with_percent(labels.get(key, key), publish(counts[key]), total),
            (publish(counts[key]),),
        )
        for key in keys
    )
    return Table(
        ident=ident,
        title=title,
        row_heading=row_heading,
        columns=(str(COUNT_COLUMN),),
        rows=rows,
        total=total,
        note=note,
    )


def _with_percent(label: str, count: Count, whole: Count) -> str:
    percent = percent_text(count, whole)
    return f"{label} · {percent}" if percent else label


def question_table(
    question: QuestionSpec, group: Sequence[Respondent], *, note: str = "", ident: str = ""
) -> Table:
    """The answers of `group` to one question, by kind: respondents per choice or scale
    step, numbers in bins of round edges, or only how many wrote something."""
    ident = ident or f"q{question.id}"
    title = question_title(question)
    if not group_shown(len(group)):
        return _hidden(ident, title, note)
    answered = [r for r in group if r.answered(question)]
    total = publish(len(answered))
    notes: list[str] = []
    if question.has_values:
        counts = Counter(v for r in answered for v in r.picked[question.id])
        items = [(option.label, counts[option.value]) for option in question.options]
        if question.kind == QuestionKind.MULTIPLE:
            notes.append(
                _(
                    "Wie meer antwoorden koos, telt bij elk gekozen antwoord mee. "
                    "De rij ‘Samen’ is het aantal mensen dat deze vraag beantwoordde."
                )
            )
    elif question.kind == QuestionKind.NUMBER:
        values = [r.numbers[question.id] for r in answered]
        edges = number_edges(values, low=question.number_min, high=question.number_max)
        items = list(zip(bin_labels(edges), bin_counts(values, edges), strict=True))
        notes.append(
            _(
                "Getallen in groepen met ronde grenzen: zo is geen enkel getal "
                "van één persoon af te lezen."
            )
        )
    else:
        items = [(_("Schreef een antwoord"), len(answered))]
    rows = [Row(_with_percent(label, publish(n), total), (publish(n),)) for label, n in items]
    not_asked = sum(1 for r in group if not r.was_asked(question))
    skipped = len(group) - len(answered) - not_asked
    if skipped:
        rows.append(Row(str(NO_ANSWER), (publish(skipped),)))
    if not_asked:
        rows.append(Row(str(NOT_ASKED), (publish(not_asked),)))
    return Table(
        ident=ident,
        title=title,
        row_heading=_("Antwoord"),
        columns=(str(COUNT_COLUMN),),
        rows=tuple(rows),
        total=total,
        note=note,
        notes=tuple(notes),
    )


def crosstab_table(
    question: QuestionSpec, by: QuestionSpec, group: Sequence[Respondent], *, note: str = ""
) -> Table:
    """Rows: the values of `question`; columns: the values of `by`. A column whose group
    (who picked that value of `by`) has one to four people shows "< 5" in every cell,
    so a cell never tells about a person through its column."""
    ident = f"q{question.id}-by-q{by.id}"
    title = _("Vraag %(a)s volgens vraag %(b)s: %(text)s") % {
        "a": question.position,
        "b": by.position,
        "text": question.text,
    }
    if not group_shown(len(group)):
        return _hidden(ident, title, note)
    columns: list[list[Count]] = []
    both = [r for r in group if r.picked.get(question.id) and r.picked.get(by.id)]
    for column in by.options:
        members = [r for r in both if column.value in r.picked[by.id]]
        if members and not group_shown(len(members)):
            columns.append([publish(1)] * len(question.options))
            continue
        counts = Counter(v for r in members for v in r.picked[question.id])
        columns.append([publish(counts[row.value]) for row in question.options])
    rows = tuple(
        Row(option.label, tuple(column[index] for column in columns))
        for index, option in enumerate(question.options)
    )
    return Table(
        ident=ident,
        title=title,
        row_heading=_("Vraag %(position)s") % {"position": question.position},
        columns=tuple(option.label for option in by.options),
        rows=rows,
        total=publish(len(both)),
        note=note,
        notes=(
            _(
                "Elke kolom telt wie dat antwoord gaf op vraag %(b)s. De rij ‘Samen’ is het "
                "aantal mensen dat beide vragen beantwoordde."
            )
            % {"b": by.position},
        ),
    )


def _nice_step(span: Decimal, *, whole: bool) -> Decimal:
    """The smallest step of 1, 2 or 5 times a power of ten that cuts `span` into at most
    NUMBER_BINS_MAX bins; at least 1 when every number is whole."""
    power = Decimal(1) if whole else Decimal(1).scaleb(-2)
    while True:
        for factor in NICE_STEPS:
            step = power * factor
            if span / step <= NUMBER_BINS_MAX:
                return step
        power *= 10


def number_edges(
    values: Sequence[Decimal], *, low: Decimal | None = None, high: Decimal | None = None
) -> list[Decimal]:
    """Bin edges: round multiples of a nice step covering the question's range (or the
    answers' range, rounded outwards to the step). Never an answer's exact value."""
    if not values and (low is None or high is None):
        return []
    lo = low if low is not None else min(values)
    hi = high if high is not None else max(values)
    if values:
        lo, hi = min(lo, min(values)), max(hi, max(values))
    whole = all(v == v.to_integral_value() for v in (lo, hi, *values))
    step = _nice_step(max(hi - lo, Decimal(1)), whole=whole)
    start = (lo / step).to_integral_value(rounding="ROUND_FLOOR") * step
    edges = [start]
    while edges[-1] <= hi:
        edges.append(edges[-1] + step)
    return edges


def bin_counts(values: Sequence[Decimal], edges: Sequence[Decimal]) -> list[int]:
    """How many values fall in each bin [edge, next edge)."""
    counts = [0] * max(len(edges) - 1, 0)
    for value in values:
        for index in range(len(counts)):
            if value < edges[index + 1]:
                counts[index] += 1
                break
    return counts


def _number_text(value: Decimal) -> str:
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.normalize(), "f").replace(".", ",")


def bin_labels(edges: Sequence[Decimal]) -> list[str]:
    return [
        _("%(low)s tot net onder %(high)s") % {"low": _number_text(lo), "high": _number_text(hi)}
        for lo, hi in pairwise(edges)
    ]


def filters_text(data: SurveyData, filters: Filters | None) -> str:
    """The filters in words: "Alleen wie 'Ja' antwoordde op vraag 2."."""
    from django.utils.text import get_text_list

    if not filters:
        return ""
    parts = []
    for question in data.questions:
        if question.id not in filters:
            continue
        values = [f"'{o.label}'" for o in question.options if o.value in filters[question.id]]
        parts.append(
            _("wie %(values)s antwoordde op vraag %(position)s")
            % {"values": get_text_list(values, _("of")), "position": question.position}
        )
    if not parts:
        return ""
    return _("Alleen %(who)s.") % {"who": get_text_list(parts, _("en"))}
