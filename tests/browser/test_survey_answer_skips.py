"""Answering a survey in a real browser: the skip rule hides the questions it passes over,
the page in Arabic runs right to left, and both pass the accessibility check."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from nabij.signals.models import Response
from tests.signals.conftest_answers import asked_fixture  # noqa: F401 (a fixture)

pytestmark = pytest.mark.browser


def _link(asked, language: str) -> str:
    url = reverse("signals:answer", args=["rabot", asked.survey.public_key])
    return f"{url}?taal={language}"


def test_a_neighbour_who_asked_no_help_skips_the_questions_about_it(page, axe_report, asked):
    page.goto(_link(asked, "nl"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Hoe gaat het in de buurt?")
    assert not (report := axe_report(page)), report
    what_for = page.get_by_role("group", name="2. Waarvoor vroeg je hulp?")
    expect(what_for).to_be_visible()

    page.get_by_role("radio", name="Nee").check()
    expect(what_for).to_be_hidden()
    page.get_by_label("4. Met hoeveel mensen woon je?").fill("3")
    page.get_by_role("button", name="Versturen").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Bedankt!")
    response = Response.objects.get()
    assert set(response.answers.values_list("question", flat=True)) == {
        asked.helped.pk,
        asked.household.pk,
    }


def test_the_arabic_page_runs_right_to_left_and_says_what_is_missing(page, axe_report, asked):
    page.goto(_link(asked, "ar"))
    form = page.locator("div.survey")
    expect(form).to_have_attribute("dir", "rtl")
    expect(form).to_have_attribute("lang", "ar")
    page.get_by_role("radio", name="نعم").check()
    page.get_by_role("checkbox", name="طعام").check()
    page.locator("form button[type=submit]").click()

    expect(page.get_by_role("alert")).to_be_visible()
    assert not (report := axe_report(page)), report
    assert not Response.objects.exists()
