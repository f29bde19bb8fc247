"""The printed results report: a real PDF whose text, read back, holds the tables'
published figures, the filters in words and the rounding rule, and no open answer."""

import pytest
from django.urls import reverse

from tests.pdf import pdf_text
from tests.signals import conftest_results
from tests.signals.conftest_results import TEXTS

small_survey = conftest_results.small_survey  # a fixture

pytestmark = pytest.mark.django_db


def text_of(pdf: bytes) -> str:
    return " ".join(pdf_text(pdf, layout=True).split())


def _pdf(client, small, query=None) -> bytes:
    url = reverse("signals:survey_results_pdf", args=[small.survey.place.slug, small.survey.pk])
    response = client.get(url, query or {})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    return response.content


def test_the_report_holds_every_table_with_its_published_figures(small_survey, cast, login):
    text = text_of(_pdf(login(cast.analyst), small_survey))
    assert "Resultaten: Wonen in Rabot" in text
    assert "Antwoorden: 25." in text
    assert "Elk aantal is afgerond op een veelvoud van 5" in text
    for line in (
        "Ja · 75 % 15",
        "Nee · 50 % 10",
        "Huur · 67 % 10",
        "Eenzaamheid < 5",
        "4 · 40 % 10",
        "2 tot net onder 4 · 40 % 10",
        "Schreef een antwoord · 100 % 15",
        "huur 5",
        "Andere antwoorden 5",
    ):
        assert line in text, line
    assert not any(answer in text for answer in TEXTS.values() if answer != "HUUR")


def test_the_report_names_its_filters(small_survey, cast, login):
    s = small_survey
    pdf = _pdf(login(cast.worker), s, {f"v{s.q(1).pk}": [s.c("Ja")]})
    text = text_of(pdf)
    assert "Alleen wie 'Ja' antwoordde op vraag 1." in text
    assert "Antwoorden: 15." in text
