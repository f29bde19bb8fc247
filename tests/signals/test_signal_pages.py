"""Composing and following up a signal through its pages, as Sara does in a browser
without JavaScript; Lien the analyst reads along but changes nothing."""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from nabij.signals.choices import FigureKind, SignalOutcome, SignalStatus
from nabij.signals.models import Signal, SignalFigure, SignalReply, SignalSending, SignalTestimony
from nabij.signals.services import reports as services
from tests.signals.conftest_reports import (  # noqa: F401
    NOW,
    TODAY,
    approved_testimony_fixture,
    draft_testimony_fixture,
    housing_fixture,
    school_survey_fixture,
    signal_fixture,
)


def _url(name: str, *args) -> str:
    return reverse(f"signals:{name}", args=["rabot", *args])


def test_sara_composes_a_signal_from_the_survey_results(cast, housing, approved_testimony, login):
    client = login(cast.worker)
    form = client.get(_url("signal_new")).content.decode()
    for label in ("Titel", "Wat is er aan de hand?", "Wat vragen we?", "Signaal maken"):
        assert label in form

    response = client.post(
        _url("signal_new"),
        {
            "title": "Betaalbaar wonen in Rabot",
            "issue": "Gezinnen betalen te veel huur.",
            "demands": "Meer sociale woningen.",
        },
    )
    signal = Signal.objects.get()
    assert response.status_code == 302
    assert response["Location"] == _url("signal_detail", signal.pk)

    page = client.get(_url("signal_detail", signal.pk)).content.decode()
    assert "Cijfer toevoegen" in page
    assert "1. Hoe woon je?" in page
    assert "Wat wil je nog zeggen?" not in page  # open answers are not counted

    response = client.post(
        _url("signal_detail", signal.pk),
        {
            "action": "figure_add",
            "kind": "survey",
            "survey": housing.survey.pk,
            "question": housing.living.pk,
            "by_question": housing.children.pk,
            f"filter_{housing.children.pk}": [housing.choices["Ja"].pk],
            "caption": "Hoe gezinnen met kinderen wonen",
        },
    )
    assert response.status_code == 302
    figure = SignalFigure.objects.get(signal=signal)
    assert figure.kind == FigureKind.SURVEY_CROSSTAB
    assert figure.filters == {str(housing.children.pk): [housing.choices["Ja"].pk]}

    client.post(
        _url("signal_detail", signal.pk),
        {"action": "quote_add", "testimony": approved_testimony.pk},
    )
    assert signal.quotes.get().testimony == approved_testimony

    page = client.get(_url("signal_detail", signal.pk)).content.decode()
    assert "Hoe gezinnen met kinderen wonen" in page
    assert "Elke maand kies ik tussen de huur en eten" in page

    pdf = client.get(_url("signal_pdf", signal.pk))
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")


def test_a_needs_figure_over_a_period_is_added_from_the_page(cast, signal, login):
    client = login(cast.worker)
    client.post(
        _url("signal_detail", signal.pk),
        {
            "action": "figure_add",
            "kind": FigureKind.NEEDS_BY_MONTH,
            "period_from": "2026-01-01",
            "period_until": "2026-10-31",
        },
    )
    figure = SignalFigure.objects.get(signal=signal)
    assert figure.kind == FigureKind.NEEDS_BY_MONTH
    assert (figure.period_from.month, figure.period_until.month) == (1, 10)


def test_bad_input_on_the_pages_is_explained_and_nothing_stored(
    cast, signal, housing, school_survey, draft_testimony, login
):
    client = login(cast.worker)
    response = client.post(_url("signal_new"), {"title": " ", "issue": "Iets."})
    assert response.status_code == 200
    assert "Vul dit in." in response.content.decode()
    assert Signal.objects.count() == 1

    other = school_survey.questions.get()
    response = client.post(
        _url("signal_detail", signal.pk),
        {
            "action": "figure_add",
            "kind": "survey",
            "survey": housing.survey.pk,
            "question": other.pk,
        },
    )
    assert "Deze vraag hoort niet bij deze vragenlijst." in response.content.decode()

    response = client.post(
        _url("signal_detail", signal.pk),
        {
            "action": "figure_add",
            "kind": FigureKind.NEEDS_BY_TYPE,
            "period_from": "2026-06-01",
            "period_until": "2026-05-01",
        },
    )
    assert "De einddatum ligt voor de begindatum." in response.content.decode()
    assert not SignalFigure.objects.exists()

    response = client.post(
        _url("signal_detail", signal.pk),
        {"action": "quote_add", "testimony": draft_testimony.pk},
    )
    assert "Deze getuigenis is niet nagelezen" in response.content.decode()
    assert not SignalTestimony.objects.exists()

    response = client.post(_url("signal_close", signal.pk), {"outcome": SignalOutcome.PENDING})
    assert "Kies wat het signaal heeft opgeleverd." in response.content.decode()
    signal.refresh_from_db()
    assert signal.status == SignalStatus.DRAFT

    response = client.post(
        _url("signal_send", signal.pk), {"recipient": "Stad", "sent_on": "2099-01-01"}
    )
    assert "Deze datum ligt in de toekomst." in response.content.decode()
    assert not SignalSending.objects.exists()


def test_the_follow_up_through_the_pages(cast, signal, login):
    client = login(cast.worker)
    response = client.post(
        _url("signal_send", signal.pk),
        {"recipient": "Gemeenteraad van Gent", "sent_on": TODAY.isoformat(), "how": "per e-mail"},
    )
    assert response.status_code == 302
    sending = SignalSending.objects.get()
    assert bytes(sending.pdf).startswith(b"%PDF")

    client.post(
        _url("signal_reply", signal.pk),
        {
            "received_on": TODAY.isoformat(),
            "sender": "Schepen van wonen",
            "summary": "We bekijken het in de begroting.",
            "sending": sending.pk,
        },
    )
    assert SignalReply.objects.get().sending == sending
    client.post(
        _url("signal_close", signal.pk),
        {"outcome": SignalOutcome.ACHIEVED, "note": "Er komt een huurtoelage."},
    )
    signal.refresh_from_db()
    assert (signal.status, signal.outcome) == (SignalStatus.CLOSED, SignalOutcome.ACHIEVED)

    page = client.get(_url("signal_detail", signal.pk)).content.decode()
    assert "Gemeenteraad van Gent" in page
    assert "We bekijken het in de begroting." in page
    assert "Er komt een huurtoelage." in page
    assert _url("sending_pdf", sending.pk) in page
    assert "Signaal opnieuw openen" in page
    assert "Cijfer toevoegen" not in page  # closed: nothing to compose

    client.post(_url("signal_reopen", signal.pk))
    signal.refresh_from_db()
    assert signal.status == SignalStatus.ANSWERED


def test_the_analyst_reads_but_does_not_compose(cast, signal, login):
    client = login(cast.analyst)
    page = client.get(_url("signal_detail", signal.pk)).content.decode()
    assert "Betaalbaar wonen in Rabot" in page
    assert "Cijfer toevoegen" not in page
    assert 'name="action"' not in page
    client.post(_url("signal_detail", signal.pk), {"action": "text", "title": "X", "issue": "Y"})
    signal.refresh_from_db()
    assert signal.title == "Betaalbaar wonen in Rabot"


def test_the_list_shows_what_the_teams_signals_achieved(cast, signal, login):
    won = services.signal_create(actor=cast.worker, place=cast.rabot, title="Bankjes", issue="Zit.")
    services.signal_send(actor=cast.worker, signal=won, recipient="Stad", sent_on=TODAY, now=NOW)
    services.signal_close(actor=cast.worker, signal=won, outcome="achieved", note="")

    client = login(cast.analyst)
    page = client.get(_url("signal_list")).content.decode()
    assert "Signalen per stand" in page
    assert "Afgeronde signalen per resultaat" in page
    assert "Bankjes" in page and "Betaalbaar wonen in Rabot" in page

    closed = client.get(_url("signal_list") + "?status=closed").content.decode()
    assert "Bankjes" in closed
    assert "Betaalbaar wonen in Rabot" not in closed


def test_the_hub_counts_what_the_place_has(cast, signal, approved_testimony, login):
    page = login(cast.analyst).get(_url("home")).content.decode()
    text = re.sub(r"<[^>]+>", "", page)
    assert "Betaalbaar wonen in Rabot" in text
    assert "nagelezen, mag gebruikt worden: 1" in text
    assert "in opmaak: 1" in text
    assert _url("signal_list") in page


def test_the_list_and_the_hub_read_as_many_queries_for_many_signals_as_for_few(cast, login):
    client = login(cast.worker)

    def add(count):
        for n in range(count):
            signal = services.signal_create(
                actor=cast.worker, place=cast.rabot, title=f"Signaal {n}", issue="Iets."
            )
            services.signal_send(
                actor=cast.worker, signal=signal, recipient="Stad", sent_on=TODAY, now=NOW
            )

    def queries(name):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(_url(name)).status_code == 200
        return len(captured)

    add(1)
    few = {name: queries(name) for name in ("signal_list", "home")}
    add(4)
    assert {name: queries(name) for name in ("signal_list", "home")} == few
