"""A practice and its reflection end to end, in a real browser (must-show 1): Sara
records the repair café in the practice bank, reflects on it with her team, sees the
chart of where it stands now against where they want it, and prints the one-page PDF.
"""

import re

import pytest
from playwright.sync_api import expect

from nabij.practices.models import Practice, Reflection
from tests.pdf import pdf_text

pytestmark = pytest.mark.browser

NAME = "Repair café Rabot"
SOURCES = {
    "Hebben de mensen elkaar nodig om iets gedaan te krijgen?": "2 duidelijk",
    "Delen de mensen dezelfde waarden of afspraken?": "1 een beetje",
    "Komen de mensen samen op tegen onrecht?": "0 niet",
    "Ontmoeten de mensen elkaar, vaak toevallig, in het gewone leven?": "3 sterk",
}
# Tension field (its legend on the form) -> (now, desired).
FIELDS = {
    "Universeel of particulier": ("-2", "-3"),
    "Consensus of conflict": ("-1", "0"),
    "Economisch of cultureel": ("-2", "-1"),
    "Integratie of transformatie": ("0", "+2"),
    "Afstand of nabijheid": ("+3", "+3"),
    "Niet onderhandelbaar of onderhandelbaar": ("+1", "+2"),
}


def test_a_worker_records_a_practice_reflects_on_it_and_prints_the_pdf(
    page, log_in, axe_report, cast
):
    log_in(page, cast.worker)

    # The practice, through the practice bank's form.
    page.goto("/p/rabot/praktijken/nieuw/")
    page.get_by_role("textbox", name=re.compile("^Naam")).fill(NAME)
    page.get_by_label("Beschrijving").fill("Elke maand herstellen buren samen spullen.")
    page.get_by_role("group", name="Levensdomein").get_by_label("vrije tijd").check()
    page.get_by_role("group", name="Niveau").get_by_role("radio", name=re.compile("^meso")).check()
    page.get_by_role("group", name="Directe of indirecte solidariteit").get_by_role(
        "radio", name=re.compile("^direct:")
    ).check()
    page.get_by_role("group", name="Soort gemeenschap").get_by_label("lichte gemeenschap").check()
    page.get_by_role("button", name="Praktijk bewaren").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(NAME)
    practice = Practice.objects.get(place=cast.rabot, name=NAME)

    # The reflection, from the practice's page.
    page.get_by_role("link", name="Nieuwe reflectie").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Nieuwe reflectie")
    page.get_by_label("Wie deed mee").fill("Sara, Koen en twee fixers")
    for question, answer in SOURCES.items():
        page.get_by_role("group", name=question).get_by_label(answer, exact=True).check()
    page.get_by_label("Toelichting bij ontmoeting").fill("Koffie aan de lange tafel.")
    for legend, (now, desired) in FIELDS.items():
        field = page.get_by_role("group", name=legend, exact=True)
        field.get_by_role("group", name="Nu").get_by_label(now, exact=True).check()
        field.get_by_role("group", name="Gewenst").get_by_label(desired, exact=True).check()
    page.get_by_label("Wat willen we veranderen?").fill("Bezoekers mee laten beslissen.")
    page.get_by_role("button", name="Reflectie bewaren").click()

    # The chart of now against desired, and its table with the values she chose.
    expect(page.get_by_role("status")).to_contain_text("De reflectie is bewaard")
    chart = page.get_by_role("img", name="Spanningsvelden: nu en gewenst")
    expect(chart).to_be_visible()
    marks = chart.locator("g.actual")
    expect(marks).to_have_count(6)
    assert [int(v) for v in marks.evaluate_all("els => els.map(e => e.dataset.value)")] == [
        -2,
        -1,
        -2,
        0,
        3,
        1,
    ]
    table = page.get_by_role("table", name="Spanningsvelden: nu en gewenst (van -3 tot +3)")
    row = table.get_by_role("row").filter(
        has=page.get_by_role("rowheader", name=re.compile("^integratie of transformatie"))
    )
    expect(row).to_contain_text("0: in het midden")
    expect(row).to_contain_text("+2: duidelijk naar ‘relaties en structuren veranderen’")
    expect(page.get_by_role("img", name="Bronnen van solidariteit")).to_be_visible()
    assert axe_report(page) == ""
    reflection = Reflection.objects.get(practice=practice)
    assert reflection.version == 1

    # The practice's page shows it too.
    page.get_by_role("link", name=NAME).click()
    expect(page.get_by_role("img", name="Spanningsvelden: nu en gewenst")).to_be_visible()

    # The PDF, through the reflection page's link, read back.
    page.go_back()
    href = page.get_by_role("link", name="Afdrukken als PDF").get_attribute("href")
    response = page.request.get(href)
    assert response.headers["content-type"] == "application/pdf"
    text = " ".join(pdf_text(response.body()).split())
    assert NAME in text
    assert "Nu -2: duidelijk naar ‘universeel: open voor iedereen’" in text
    assert "Gewenst +2: duidelijk naar ‘relaties en structuren veranderen’" in text
