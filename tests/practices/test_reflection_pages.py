"""The reflection pages: the guided form (without JavaScript), errors next to the field,
the page with its charts, tables, comparison and evidence, and the one-page PDF."""

import io
import re

from django.urls import reverse
from pypdf import PdfReader

from nabij.practices.models import Reflection
from tests.pdf import pdf_text
from tests.practices.conftest_reflections import POSITIONS, STRENGTHS, record, repair_cafe


def _form_data(**changes) -> dict:
    data = {"held_on": "2026-03-12", "team": "Sara en Koen", "note": "Meer inspraak."}
    for source, (strength, note) in STRENGTHS.items():
        data[f"{source}_strength"] = str(strength)
        data[f"{source}_note"] = note
    for field, (actual, desired, note) in POSITIONS.items():
        data[f"{field}_actual"] = str(actual)
        data[f"{field}_desired"] = str(desired)
        data[f"{field}_note"] = note
    return data | changes


def _new_url(practice) -> str:
    return reverse("practices:reflection_new", args=["rabot", practice.pk])


def test_the_form_asks_every_source_and_field_in_plain_words(cast, login):
    practice = repair_cafe(cast)
    page = login(cast.worker).get(_new_url(practice)).content.decode()
    assert "Hebben de mensen elkaar nodig om iets gedaan te krijgen?" in page
    assert "2 duidelijk" in page
    assert "universeel: open voor iedereen" in page
    assert "particulier: voor een doelgroep" in page
    assert page.count('type="radio"') == 4 * 4 + 6 * 2 * 7
    assert "Reflectie bewaren" in page


def test_a_posted_reflection_is_stored_and_shown(cast, login):
    practice = repair_cafe(cast)
    response = login(cast.worker).post(_new_url(practice), _form_data())
    reflection = Reflection.objects.get(practice=practice)
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "practices:reflection_detail", args=["rabot", practice.pk, reflection.version]
    )


def test_a_position_off_the_scale_is_shown_next_to_its_field_and_nothing_is_stored(cast, login):
    practice = repair_cafe(cast)
    response = login(cast.worker).post(
        _new_url(practice), _form_data(consensus_conflict_actual="4")
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Kies bij ‘consensus of conflict’ waar de praktijk nu staat" in page
    assert 'id="id_consensus_conflict_actual-error"' in page
    assert Reflection.objects.count() == 0


def test_the_error_summary_links_to_the_row_of_radio_buttons_that_needs_attention(cast, login):
    practice = repair_cafe(cast)
    response = login(cast.worker).post(_new_url(practice), _form_data(encounter_strength=""))
    page = response.content.decode()
    summary = page[page.index('class="error-summary"') :]
    assert '<a href="#id_encounter_strength">' in summary
    assert 'id="id_encounter_strength"' in page


def test_the_new_form_starts_from_the_latest_version(cast, login):
    practice = repair_cafe(cast)
    record(cast, practice, team="Team van maart")
    page = login(cast.worker).get(_new_url(practice)).content.decode()
    assert 'value="Team van maart"' in page
    chosen = re.search(r'<input[^>]*name="integration_transformation_desired"[^>]*checked', page)
    assert chosen is not None and 'value="2"' in chosen.group(0)
    assert "begint met wat jullie invulden in versie 1" in page


def test_the_page_shows_charts_tables_what_moved_and_evidence(cast, login):
    practice = repair_cafe(cast)
    record(cast, practice)
    moved = dict(POSITIONS) | {"integration_transformation": (1, 2, "")}
    record(cast, practice, positions=moved)
    url = reverse("practices:reflection_detail", args=["rabot", practice.pk, 2])
    page = login(cast.analyst).get(url).content.decode()
    assert page.count("<svg") == 2
    assert "Spanningsvelden: nu en gewenst" in page
    assert "+1: een beetje naar ‘relaties en structuren veranderen’" in page
    assert "Wat veranderde sinds versie 1" in page
    assert "Nabij heeft voor deze plek nog geen cijfers berekend" in page
    assert "Afdrukken als PDF" in page
    assert "Nieuwe reflectie" not in page  # the analyst reads, and does not write


def test_every_version_is_listed_with_the_positions_over_time(cast, login):
    practice = repair_cafe(cast)
    record(cast, practice)
    record(cast, practice)
    url = reverse("practices:reflection_list", args=["rabot", practice.pk])
    page = login(cast.worker).get(url).content.decode()
    assert "Versie 1 van" in page and "Versie 2 van" in page
    assert page.count("<svg") == 2
    assert "nu +1, gewenst +2" in page


def test_the_pdf_is_one_a4_page_with_the_practice_and_the_poles(cast, login):
    practice = repair_cafe(cast)
    long_note = "Een lange toelichting. " * 80
    strengths = {key: (value, long_note) for key, (value, _note) in STRENGTHS.items()}
    positions = {key: (a, d, long_note) for key, (a, d, _note) in POSITIONS.items()}
    positions["universal_particular"] = (-1, -3, long_note)
    record(cast, practice)
    record(cast, practice, strengths=strengths, positions=positions, note=long_note)
    url = reverse("practices:reflection_pdf", args=["rabot", practice.pk, 2])
    response = login(cast.worker).get(url)
    assert response["Content-Type"] == "application/pdf"
    pdf = response.content
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    text = " ".join(pdf_text(pdf).split())
    assert "Repair café Rabot" in text
    assert "universeel of particulier" in text
    assert "een beetje naar ‘universeel: open voor iedereen’" in text
    assert "helemaal bij ‘universeel: open voor iedereen’" in text
    assert "Wat veranderde sinds versie 1" in text
