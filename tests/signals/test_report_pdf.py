"""The signal on paper, fit to send to a city council: read back, it holds the title, the
figures with every group under five hidden, the quotes without names, the demands, and
how we count; a withdrawn testimony leaves the report, but not the PDF already sent."""

import re

import pytest

from nabij.signals.choices import FigureKind
from nabij.signals.choices import TestimonyStatus as Consent
from nabij.signals.models import Testimony as Quoted
from nabij.signals.report_pdf import signal_pdf
from nabij.signals.services import reports as services
from tests.pdf import pdf_text
from tests.signals.conftest_reports import (  # noqa: F401
    NOW,
    TODAY,
    approved_testimony_fixture,
    housing_fixture,
    needs_fixture,
    signal_fixture,
)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _small_numbers(text: str) -> list[str]:
    """Every number from 1 to 4 standing on its own, apart from page and question numbers."""
    text = re.sub(r"\d+\s*/\s*\d+|Vraag \d+", " ", text)
    return re.findall(r"(?<![\d.,])[1-4](?![\d.,])", text)


@pytest.fixture
def composed(cast, signal, housing, approved_testimony):
    """Housing answered by 7 people (Huur 3, Sociale huur 4): two figures, one quote."""
    add = {"actor": cast.worker, "signal": signal}
    services.figure_add(
        **add, kind=FigureKind.SURVEY_QUESTION, survey=housing.survey, question=housing.living
    )
    services.figure_add(
        **add,
        kind=FigureKind.SURVEY_CROSSTAB,
        survey=housing.survey,
        question=housing.living,
        by_question=housing.children,
        caption="Hoe gezinnen wonen",
    )
    services.quote_add(**add, testimony=approved_testimony)
    return signal


def test_the_sent_pdf_reads_back_with_title_quotes_demands_and_method(cast, composed):
    sending = services.signal_send(
        actor=cast.worker, signal=composed, recipient="Gemeenteraad", sent_on=TODAY, now=NOW
    )
    text = _flat(pdf_text(bytes(sending.pdf)))
    assert "Betaalbaar wonen in Rabot" in text
    assert "Rabot" in text
    assert "Gezinnen in Rabot betalen een te groot deel" in text
    assert "Elke maand kies ik tussen de huur en eten voor de kinderen." in text
    assert "moeder van drie, huurt privé" in text
    assert "Meer sociale woningen en een huurtoelage voor gezinnen." in text
    assert "Alle aantallen zijn afgerond op 5; minder dan 5 mensen tonen we niet." in text
    for name in ("Sara", "Koen"):
        assert name not in text


def test_the_pdf_shows_no_figure_under_five(cast, composed):
    pytest.importorskip("nabij.signals.selectors.results")
    text = _flat(pdf_text(signal_pdf(composed, now=NOW)))
    assert "Hoe woon je?" in text
    assert "Hoe gezinnen wonen" in text
    assert "Sociale huur" in text
    assert "< 5" in text
    assert _small_numbers(text) == []


def test_a_withdrawn_testimony_leaves_the_report_but_not_the_pdf_as_sent(
    cast, composed, approved_testimony, login
):
    sending = services.signal_send(
        actor=cast.worker, signal=composed, recipient="Gemeenteraad", sent_on=TODAY, now=NOW
    )
    Quoted.objects.filter(pk=approved_testimony.pk).update(status=Consent.WITHDRAWN)
    quote = "Elke maand kies ik tussen de huur en eten voor de kinderen."

    assert quote not in _flat(pdf_text(signal_pdf(composed)))
    page = (
        login(cast.analyst)
        .get(f"/p/rabot/signalen/rapporten/{composed.pk}/verslag/")
        .content.decode()
    )
    assert "Betaalbaar wonen in Rabot" in page
    assert quote not in page

    sending.refresh_from_db()
    assert quote in _flat(pdf_text(bytes(sending.pdf)))
    kept = login(cast.analyst).get(f"/p/rabot/signalen/verzendingen/{sending.pk}/pdf/")
    assert kept["Content-Type"] == "application/pdf"
    assert kept.content == bytes(sending.pdf)


def test_a_change_after_sending_leaves_the_sent_pdf_as_it_was(cast, composed):
    sending = services.signal_send(
        actor=cast.worker, signal=composed, recipient="Gemeenteraad", sent_on=TODAY, now=NOW
    )
    changed = services.signal_update(
        actor=cast.worker, signal=composed, title="Wonen: een tweede oproep", issue="Nog steeds."
    )
    assert "Wonen: een tweede oproep" in _flat(pdf_text(signal_pdf(changed)))
    sending.refresh_from_db()
    sent = _flat(pdf_text(bytes(sending.pdf)))
    assert "Betaalbaar wonen in Rabot" in sent
    assert "tweede oproep" not in sent


def test_unmet_needs_show_in_the_pdf_rounded_and_small_ones_hidden(cast, signal, needs):
    pytest.importorskip("nabij.signals.selectors.needs")
    services.figure_add(
        actor=cast.worker,
        signal=signal,
        kind=FigureKind.NEEDS_BY_TYPE,
        caption="Noden die niemand kon beantwoorden",
    )
    text = _flat(pdf_text(signal_pdf(signal, now=NOW)))
    assert "Noden die niemand kon beantwoorden" in text
    assert "huisvesting" in text
    assert "< 5" in text  # the three people with an income need
    assert "10" in text  # the eleven with a housing need, rounded to five
    assert _small_numbers(text) == []


def test_the_report_page_draws_each_figure_as_a_chart_and_a_table(cast, composed, login):
    pytest.importorskip("nabij.signals.selectors.results")
    page = login(cast.analyst).get(f"/p/rabot/signalen/rapporten/{composed.pk}/verslag/")
    html = page.content.decode()
    assert html.count("<svg") == 2
    assert "<caption" in html and 'scope="col"' in html
    assert "Alle aantallen zijn afgerond op 5; minder dan 5 mensen tonen we niet." in html
    assert "blijft bewaard zoals hij verstuurd werd" in html


def test_a_figure_narrowed_to_fewer_than_five_people_shows_no_numbers(cast, signal, housing):
    pytest.importorskip("nabij.signals.selectors.results")
    services.figure_add(
        actor=cast.worker,
        signal=signal,
        kind=FigureKind.SURVEY_QUESTION,
        survey=housing.survey,
        question=housing.living,
        filters={housing.children.pk: [housing.choices["Nee"].pk]},
        caption="Hoe mensen zonder kinderen wonen",
    )
    text = _flat(pdf_text(signal_pdf(signal, now=NOW)))
    assert "Hoe mensen zonder kinderen wonen" in text
    assert "Te weinig mensen om cijfers te tonen: minder dan 5." in text
    assert "Sociale huur" not in text
    assert _small_numbers(text) == []
