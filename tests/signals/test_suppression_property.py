"""No displayed or exported aggregate of a survey's results reveals a group smaller than
five, whatever the answers and whatever combination of filters and crosstab is asked.

Random surveys (2 to 4 choice questions, 0 to 60 respondents) and random filters go
through the pure core (what the page shows) and, with fewer examples, through the
database and the CSV export. Every figure is then held against the truth, worked out
here by brute force from the raw answers:
- a table is shown only if the group it is about has at least five people;
- a count shows as 0 exactly when none, as "< 5" exactly when one to four, else as a
  multiple of five within 2 of the truth;
- a crosstab column about one to four people shows "< 5" in every cell;
- the same cell under two filter combinations differs by a multiple of five.
"""

import csv
import io
import uuid
from dataclasses import dataclass
from datetime import date
from types import SimpleNamespace

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nabij.signals.choices import ResponseChannel
from nabij.signals.exports import TOO_FEW
from nabij.signals.models import Answer, Choice, Question, Response
from nabij.signals.publish import SUPPRESSED
from nabij.signals.results import Option, QuestionSpec, Respondent, SurveyData
from nabij.signals.selectors.results import survey_results
from tests.signals.conftest_results import survey_create

LANGUAGES = ("nl", "ar", "tr")
SURVEY_LANGUAGES = ["nl", "ar"]
CHANNELS = [value for value, _label in ResponseChannel.choices]


@dataclass(frozen=True)
class Raw:
    """A survey as plain indexes: questions (kind, number of options), and people with
    their language, channel and the option indexes they picked per question."""

    questions: tuple[tuple[str, int], ...]
    people: tuple[tuple[str, str, tuple[frozenset[int], ...]], ...]


@st.composite
def raws(draw) -> Raw:
    questions = tuple(
        (draw(st.sampled_from(["single", "multiple"])), draw(st.integers(2, 4)))
        for _ in range(draw(st.integers(2, 4)))
    )

    def answer(kind: str, options: int):
        if kind == "single":
            return st.one_of(
                st.just(frozenset()), st.integers(0, options - 1).map(lambda i: frozenset({i}))
            )
        return st.frozensets(st.integers(0, options - 1))

    person = st.tuples(
        st.sampled_from(LANGUAGES),
        st.sampled_from(CHANNELS),
        st.tuples(*(answer(kind, options) for kind, options in questions)),
    )
    # Many people share the same few answers, so groups of one to four are common.
    pool = draw(st.lists(person, min_size=1, max_size=6))
    people = draw(st.lists(st.sampled_from(pool), max_size=60))
    return Raw(questions=questions, people=tuple(people))


@st.composite
def filters_of(draw, raw: Raw) -> dict[int, frozenset[int]]:
    chosen = draw(st.sets(st.integers(0, len(raw.questions) - 1), max_size=len(raw.questions)))
    return {
        q: draw(st.frozensets(st.integers(0, raw.questions[q][1] - 1), min_size=1))
        for q in sorted(chosen)
    }


@st.composite
def cases(draw):
    raw = draw(raws())
    crosstab = draw(
        st.none()
        | st.lists(st.integers(0, len(raw.questions) - 1), min_size=2, max_size=2, unique=True)
    )
    return raw, draw(filters_of(raw)), draw(filters_of(raw)), crosstab


# --- the truth, by brute force -------------------------------------------------------


@dataclass
class Truth:
    shown: bool
    rows: list[list[int]]  # true count per cell
    total: int | None
    small_columns: frozenset[int] = frozenset()  # crosstab columns about 1 to 4 people


def truths(raw: Raw, filters: dict, crosstab) -> list[Truth]:
    """What each table in the order of SurveyResults.all_tables is about, truly."""
    group = [p for p in raw.people if all(p[2][q] & accepted for q, accepted in filters.items())]
    shown = len(group) >= 5
    out = [Truth(shown, [[len(group)]], None)]
    languages = SURVEY_LANGUAGES + sorted({p[0] for p in group} - set(SURVEY_LANGUAGES))
    out.append(Truth(shown, [[sum(p[0] == lang for p in group)] for lang in languages], len(group)))
    out.append(Truth(shown, [[sum(p[1] == ch for p in group)] for ch in CHANNELS], len(group)))
    for q, (_kind, options) in enumerate(raw.questions):
        answered = [p for p in group if p[2][q]]
        rows = [[sum(o in p[2][q] for p in answered)] for o in range(options)]
        if len(group) > len(answered):
            rows.append([len(group) - len(answered)])
        out.append(Truth(shown, rows, len(answered)))
    if crosstab is not None:
        row_q, col_q = crosstab
        both = [p for p in group if p[2][row_q] and p[2][col_q]]
        columns = range(raw.questions[col_q][1])
        sizes = [sum(c in p[2][col_q] for p in both) for c in columns]
        rows = [
            [sum(r in p[2][row_q] and c in p[2][col_q] for p in both) for c in columns]
            for r in range(raw.questions[row_q][1])
        ]
        small = frozenset(c for c in columns if 1 <= sizes[c] <= 4)
        out.append(Truth(shown, rows, len(both), small))
    return out


# --- the published figures, from the core and from the CSV ---------------------------


@dataclass
class Shown:
    shown: bool
    rows: list[list[int | None]]  # None: "< 5"
    total: int | None


def from_tables(tables) -> list[Shown]:
    return [
        Shown(
            t.shown,
            [[c.value for c in row.counts] for row in t.rows],
            None if t.total is None else t.total.value,
        )
        for t in tables
    ]


def _value(cell: str) -> int | None:
    if cell == SUPPRESSED:
        return None
    assert cell.isdigit(), f"not a published count: {cell!r}"
    return int(cell)


def from_csv(text: str) -> list[Shown]:
    """The CSV's tables: blocks after the lines about the survey, split by blank lines."""
    blocks, block = [], []
    for row in list(csv.reader(io.StringIO(text))):
        if row:
            block.append(row)
        elif block:
            blocks.append(block)
            block = []
    if block:
        blocks.append(block)
    out = []
    for block in blocks[1:]:  # the first block says what the figures are about
        if block[1] == [str(TOO_FEW)]:
            out.append(Shown(False, [], None))
            continue
        width = len(block[1])
        rows, total = [], None
        for row in block[2:]:
            if row[0] == "Samen":
                total = _value(row[1])
                break
            assert len(row) == width
            rows.append([_value(cell) for cell in row[1:]])
        out.append(Shown(True, rows, total))
    return out


def check_count(shown: int | None, true: int) -> None:
    if shown is None:
        assert 1 <= true <= 4, f"'< 5' for a true count of {true}"
    elif shown == 0:
        assert true == 0
    else:
        assert shown % 5 == 0 and shown >= 5, f"published {shown} is not a multiple of five"
        assert true >= 5 and abs(shown - true) <= 2, f"published {shown} for {true}"


def check(published: list[Shown], truth: list[Truth]) -> None:
    assert len(published) == len(truth)
    for shown, true in zip(published, truth, strict=True):
        assert shown.shown == true.shown, "a table shown about fewer than five, or hidden"
        if not shown.shown:
            assert shown.rows == [] and shown.total is None
            continue
        assert len(shown.rows) == len(true.rows)
        for cells, counts in zip(shown.rows, true.rows, strict=True):
            for column, (cell, count) in enumerate(zip(cells, counts, strict=True)):
                if column in true.small_columns:
                    assert cell is None, "a cell of a column about 1 to 4 people shows a number"
                else:
                    check_count(cell, count)
        if true.total is not None:
            check_count(shown.total, true.total)


def check_differences(one: list[Shown], other: list[Shown]) -> None:
    """The same cell under two filter combinations: never a difference of one to four."""
    for a, b in zip(one, other, strict=False):
        for row_a, row_b in zip(a.rows, b.rows, strict=False):
            for x, y in zip(row_a, row_b, strict=False):
                if x is not None and y is not None:
                    assert (x - y) % 5 == 0


# --- through the pure core ------------------------------------------------------------


def _value_of(q: int, o: int) -> int:
    return 100 * (q + 1) + o + 1


def core_data(raw: Raw) -> SurveyData:
    questions = tuple(
        QuestionSpec(
            id=q + 1,
            position=q + 1,
            kind=kind,
            text=f"vraag {q + 1}",
            options=tuple(Option(_value_of(q, o), f"antwoord {o + 1}") for o in range(options)),
        )
        for q, (kind, options) in enumerate(raw.questions)
    )
    people = tuple(
        Respondent(
            id=i,
            language=language,
            channel=channel,
            picked={
                q + 1: frozenset(_value_of(q, o) for o in picked)
                for q, picked in enumerate(answers)
                if picked
            },
        )
        for i, (language, channel, answers) in enumerate(raw.people)
    )
    return SurveyData(questions=questions, respondents=people)


SURVEY = SimpleNamespace(languages=SURVEY_LANGUAGES)


def core_results(raw: Raw, filters: dict, crosstab):
    return survey_results(
        SURVEY,
        data=core_data(raw),
        filters={q + 1: [_value_of(q, o) for o in values] for q, values in filters.items()},
        crosstab=None if crosstab is None else (crosstab[0] + 1, crosstab[1] + 1),
    )


@settings(max_examples=300, deadline=None)
@given(cases())
def test_no_figure_on_the_page_reveals_a_group_under_five(case):
    raw, filters, other_filters, crosstab = case
    one = from_tables(core_results(raw, filters, crosstab).all_tables)
    check(one, truths(raw, filters, crosstab))
    other = from_tables(core_results(raw, other_filters, crosstab).all_tables)
    check(other, truths(raw, other_filters, crosstab))
    check_differences(one, other)


# --- through the database and the CSV export ------------------------------------------


def db_survey(raw: Raw, cast):
    survey = survey_create(cast.rabot, cast.worker)
    questions, options = [], []
    for q, (kind, count) in enumerate(raw.questions):
        question = Question.objects.create(
            place=cast.rabot,
            survey=survey,
            position=q + 1,
            kind=kind,
            text={"nl": f"vraag {q + 1}"},
        )
        questions.append(question)
        options.append(
            [
                Choice.objects.create(
                    place=cast.rabot, question=question, position=o + 1, label={"nl": f"a{o + 1}"}
                ).pk
                for o in range(count)
            ]
        )
    responses = Response.objects.bulk_create(
        Response(
            place=cast.rabot,
            survey=survey,
            language=language,
            channel=channel,
            submitted_on=date(2026, 11, 1),
            token_hash=uuid.uuid4().hex if channel == ResponseChannel.WEB else None,
            entered_by=None if channel == ResponseChannel.WEB else cast.worker,
        )
        for language, channel, _answers in raw.people
    )
    Answer.objects.bulk_create(
        Answer(place=cast.rabot, response=response, question=questions[q], choice_id=options[q][o])
        for response, (_l, _c, answers) in zip(responses, raw.people, strict=True)
        for q, picked in enumerate(answers)
        for o in picked
    )
    return survey, questions, options


@pytest.mark.django_db
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(case=cases())
def test_no_figure_in_the_csv_export_reveals_a_group_under_five(case, cast, client):
    raw, filters, other_filters, crosstab = case
    survey, questions, options = db_survey(raw, cast)
    client.force_login(cast.analyst.user)
    url = reverse("signals:survey_results_csv", args=[cast.rabot.slug, survey.pk])

    def exported(chosen: dict) -> list[Shown]:
        query = {
            f"v{questions[q].pk}": [options[q][o] for o in values] for q, values in chosen.items()
        }
        if crosstab is not None:
            query |= {"rij": questions[crosstab[0]].pk, "kolom": questions[crosstab[1]].pk}
        response = client.get(url, query)
        assert response.status_code == 200
        return from_csv(response.content.decode())

    one = exported(filters)
    check(one, truths(raw, filters, crosstab))
    other = exported(other_filters)
    check(other, truths(raw, other_filters, crosstab))
    check_differences(one, other)
