"""The CSV and the XLSX of a survey's results hold exactly the page's tables (rounded
counts, "< 5" for one to four), with the same filters, and never an open answer."""

import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from nabij.signals.selectors.results import survey_results
from tests.signals import conftest_results
from tests.signals.conftest_results import TEXTS

small_survey = conftest_results.small_survey  # a fixture

pytestmark = pytest.mark.django_db


def _expected_rows(results) -> list[list[str]]:
    """Every table as the page shows it: title, header, rows, total (all as text)."""
    rows = []
    for table in results.all_tables:
        title = f"{table.title} ({table.note})" if table.note else table.title
        rows.append([title])
        if not table.shown:
            rows.append(["Te weinig mensen om cijfers te tonen: minder dan 5."])
            continue
        rows.append(list(table.header))
        rows.extend(list(cells) for cells in table.cells())
        if table.total is not None:
            rows.append(["Samen", str(table.total)])
    return rows


def _tables_part(rows: list[list[str]], results) -> list[list[str]]:
    """The rows from the first table's title on, without notes and blank rows."""
    first = results.all_tables[0].title
    start = next(i for i, row in enumerate(rows) if row and row[0].startswith(first))
    notes = {line for table in results.all_tables for line in table.notes}
    return [row for row in rows[start:] if row and row[0] not in notes]


def _csv(client, small, query=None) -> list[list[str]]:
    url = reverse("signals:survey_results_csv", args=[small.survey.place.slug, small.survey.pk])
    response = client.get(url, query or {})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(response.content.decode())))


def _xlsx(client, small, query=None) -> list[list[str]]:
    url = reverse("signals:survey_results_xlsx", args=[small.survey.place.slug, small.survey.pk])
    response = client.get(url, query or {})
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    return [
        ["" if v is None else str(v) for v in row if v is not None]
        for row in sheet.iter_rows(values_only=True)
    ]


@pytest.mark.parametrize("read", [_csv, _xlsx], ids=["csv", "xlsx"])
def test_the_export_holds_the_tables_of_the_page(small_survey, cast, login, read):
    rows = read(login(cast.analyst), small_survey)
    results = survey_results(small_survey.survey)
    assert _tables_part(rows, results) == _expected_rows(results)
    assert ["Vraag 1: Woon je hier langer dan 5 jaar?"] in rows
    assert ["Ja · 75 %", "15"] in rows
    assert ["Eenzaamheid", "< 5"] in rows


@pytest.mark.parametrize("read", [_csv, _xlsx], ids=["csv", "xlsx"])
def test_the_export_keeps_the_filters_and_the_crosstab(small_survey, cast, login, read):
    s = small_survey
    query = {f"v{s.q(1).pk}": [s.c("Ja")], "rij": s.q(2).pk, "kolom": s.q(3).pk}
    rows = read(login(cast.worker), s, query)
    results = survey_results(
        s.survey, filters={s.q(1).pk: [s.c("Ja")]}, crosstab=(s.q(2).pk, s.q(3).pk)
    )
    assert _tables_part(rows, results) == _expected_rows(results)
    assert ["beperkt tot", "Alleen wie 'Ja' antwoordde op vraag 1."] in rows
    assert any(row and row[0].startswith("Vraag 2 volgens vraag 3") for row in rows)


@pytest.mark.parametrize("read", [_csv, _xlsx], ids=["csv", "xlsx"])
def test_no_open_answer_ever_leaves_in_an_export(small_survey, cast, login, read):
    rows = read(login(cast.worker), small_survey)
    cells = {cell for row in rows for cell in row}
    assert not cells & set(TEXTS.values())
    assert ["Andere antwoorden", "5"] in rows  # only the count of the rest
    assert ["huur", "5"] in rows  # and of a theme: 7 answers


def test_the_xlsx_counts_are_numbers_a_spreadsheet_adds_up(small_survey, cast, login):
    url = reverse(
        "signals:survey_results_xlsx", args=[small_survey.survey.place.slug, small_survey.survey.pk]
    )
    content = login(cast.worker).get(url).content
    values = [
        row[1]
        for row in load_workbook(io.BytesIO(content)).active.iter_rows(values_only=True)
        if len(row) > 1 and row[0] == "Ja · 75 %"
    ]
    assert values == [15]
