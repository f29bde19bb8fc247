"""Pages work without JavaScript: on an old phone, or with scripts switched off."""

import re

import pytest
from playwright.sync_api import expect

from nabij.community.models import Member

pytestmark = pytest.mark.browser


def test_worker_logs_in_and_registers_someone_without_javascript(log_in, new_page, cast):
    page = new_page(java_script_enabled=False)
    log_in(page, cast.worker)
    page.goto(f"/p/{cast.rabot.slug}/members/new/")

    page.get_by_role("textbox", name="Naam").fill("Bilal")
    page.get_by_role("checkbox", name="Somali", exact=True).check()
    page.get_by_role("textbox", name="Buurt of straat").fill("Bloemekenswijk")
    # The optional part folds open without a script, too.
    page.get_by_text("Meer gegevens (niet verplicht)").click()
    page.get_by_role("group", name="woensdag").get_by_role("checkbox", name="avond").check()
    page.get_by_role("main").get_by_role("button", name="Bewaren").click()

    expect(page).to_have_url(re.compile(r"/members/\d+/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Bilal")
    bilal = Member.objects.get(place=cast.rabot, display_name="Bilal")
    assert [language.code for language in bilal.languages.all()] == ["so"]
    assert bilal.sector == "Bloemekenswijk"
    assert bilal.availability != 0
