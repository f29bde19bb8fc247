"""From a survey to a policy signal, in a real browser (must-show 1).

Sara builds a short survey in Dutch and Arabic, opens it, and two neighbours answer it
through its public link, one in each language. Five more answers came in on paper
earlier. Sara reads the results, composes a signal from them, and the PDF she would send
to the city council holds no figure about fewer than five people.
"""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from nabij.signals.choices import ResponseChannel
from nabij.signals.models import Response, Signal, Survey
from nabij.signals.services.answers import response_submit
from tests.pdf import pdf_text

pytestmark = pytest.mark.browser

QUESTION_NL = "Lukt het om je energierekening te betalen?"
QUESTION_AR = "هل تستطيع دفع فاتورة الطاقة؟"


def _paper_answers(survey: Survey, worker, choices: dict[str, int]) -> None:
    """Paper forms typed in by a worker: `choices` maps a Dutch answer to how many."""
    question = survey.questions.get()
    by_label = {choice.label["nl"]: choice.pk for choice in question.choices.all()}
    for label, times in choices.items():
        for _ in range(times):
            response_submit(
                survey=survey,
                language="nl",
                answers={question.pk: [by_label[label]]},
                channel=ResponseChannel.PAPER,
                token=None,
                entered_by=worker,
            )


def test_a_worker_builds_a_survey_in_two_languages_and_turns_its_answers_into_a_signal(
    log_in, new_page, axe_report, cast
):
    sara = new_page()
    log_in(sara, cast.worker)

    # A survey written in Dutch, also in Arabic.
    sara.goto(reverse("signals:survey_new", args=["rabot"]))
    sara.get_by_label("Geschreven in").select_option("nl")
    sara.get_by_role("checkbox", name="Arabisch – العربية").check()
    sara.get_by_label("Titel (Nederlands)").fill("Energie deze winter")
    sara.get_by_label("Titel (العربية)").fill("الطاقة هذا الشتاء")
    sara.get_by_role("button", name="Vragenlijst maken").click()
    survey = Survey.objects.get(place=cast.rabot)
    assert survey.languages == ["nl", "ar"]

    sara.goto(reverse("signals:question_new", args=["rabot", survey.pk]))
    sara.get_by_role("radio", name="één antwoord kiezen").check()
    sara.get_by_label("Vraag (Nederlands):", exact=True).fill(QUESTION_NL)
    sara.get_by_label("Vraag (العربية):", exact=True).fill(QUESTION_AR)
    sara.get_by_label("Antwoorden (Nederlands)").fill("Ja\nNee, niet altijd")
    sara.get_by_label("Antwoorden (العربية)").fill("نعم\nلا، ليس دائمًا")
    sara.get_by_role("button", name="Vraag toevoegen").click()
    expect(sara.get_by_role("main")).to_contain_text(QUESTION_AR)
    sara.get_by_role("button", name="Vragenlijst openen").click()
    survey.refresh_from_db()
    assert survey.status == "open"

    # Two neighbours answer through the public link: one in Dutch, one in Arabic.
    link = reverse("signals:answer", args=["rabot", survey.public_key])
    neighbour = new_page()
    neighbour.goto(link)
    neighbour.get_by_role("radio", name="Nee, niet altijd").check()
    neighbour.locator("form button[type=submit]").click()
    expect(neighbour.get_by_role("main")).not_to_contain_text(QUESTION_NL)
    arabic = new_page()
    arabic.goto(f"{link}?taal=ar")
    expect(arabic.locator(".survey")).to_have_attribute("dir", "rtl")
    expect(arabic.get_by_role("group", name=re.compile(QUESTION_AR))).to_be_visible()
    arabic.get_by_role("radio", name="لا، ليس دائمًا").check()
    arabic.locator("form button[type=submit]").click()
    expect(arabic.get_by_role("main")).not_to_contain_text(QUESTION_AR)
    assert sorted(Response.objects.filter(survey=survey).values_list("language", flat=True)) == [
        "ar",
        "nl",
    ]

    # Five paper forms came in too: in all, seven "no" and two "yes".
    _paper_answers(survey, cast.worker, {"Nee, niet altijd": 5, "Ja": 2})

    # The results: seven is shown rounded to five, two is too few to show.
    sara.goto(reverse("signals:survey_results", args=["rabot", survey.pk]))
    table = sara.get_by_role("table", name=re.compile(re.escape(QUESTION_NL)))
    expect(table.get_by_role("row").filter(has_text="Nee, niet altijd")).to_contain_text("5")
    expect(table.get_by_role("row").filter(has_text="Ja")).to_contain_text("< 5")
    assert not (report := axe_report(sara)), report

    # Sara composes a signal from the results.
    sara.goto(reverse("signals:signal_new", args=["rabot"]))
    sara.get_by_label("Titel").fill("Energiefacturen in Rabot")
    sara.get_by_label("Wat is er aan de hand?").fill(
        "Veel bewoners kunnen hun energierekening niet altijd betalen."
    )
    sara.get_by_label("Wat vragen we?").fill("Een sociaal tarief voor wie het nodig heeft.")
    sara.get_by_role("button", name="Signaal maken").click()
    signal = Signal.objects.get(place=cast.rabot)
    sara.get_by_role("radio", name="Antwoorden uit de vragenlijst").check()
    sara.get_by_label("Vraag:", exact=True).select_option(label=f"1. {QUESTION_NL}")
    sara.get_by_role("button", name="Cijfer toevoegen").click()
    assert signal.figures.count() == 1

    sara.goto(reverse("signals:signal_report", args=["rabot", signal.pk]))
    expect(sara.get_by_role("heading", level=1)).to_contain_text("Energiefacturen in Rabot")
    assert not (report := axe_report(sara)), report

    # The PDF, read back: the signal, its figure, and nothing between one and four.
    response = sara.request.get(reverse("signals:signal_pdf", args=["rabot", signal.pk]))
    assert response.ok
    assert response.headers["content-type"] == "application/pdf"
    text = pdf_text(response.body(), layout=True)
    assert "Energiefacturen in Rabot" in text
    assert "Nee, niet altijd" in text
    assert "< 5" in text  # the two "yes" answers
    # Every number that stands alone is a figure; the date the report was made, the
    # question's number ("Vraag 1:") and the page number ("1/1") are not.
    figures_text = "\n".join(line for line in text.splitlines() if "opgemaakt op" not in line)
    figures = [int(n) for n in re.findall(r"(?<![\w.,/-])\d+(?![\w.,/:-])", figures_text)]
    assert 5 in figures
    small = [n for n in figures if 1 <= n <= 4]
    assert not small, f"figures under five in the PDF: {small}\n{text}"
