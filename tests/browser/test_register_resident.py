"""A worker registers a resident on their behalf, in a real browser, the way she would.

Only what is needed: a name, a language, contact through the worker, a street. The new
member's page opens, and the member list finds her by name.
"""

import re

import pytest
from playwright.sync_api import expect

from nabij.community.choices import ContactChannel, RoleKind
from nabij.community.models import Member

pytestmark = pytest.mark.browser


def test_worker_registers_a_resident_and_finds_her_in_the_member_list(log_in, page, cast):
    log_in(page, cast.worker)
    page.get_by_role("link", name="Rabot").click()
    place_nav = page.get_by_role("navigation", name="Plek")
    place_nav.get_by_role("link", name="Iemand inschrijven").click()

    page.get_by_role("textbox", name="Naam").fill("Halima")
    page.get_by_role("checkbox", name="Arabisch", exact=True).check()
    page.get_by_role("radio", name="via een werker").check()
    page.get_by_role("textbox", name="Buurt of straat").fill("Wondelgemstraat")
    page.get_by_role("main").get_by_role("button", name="Bewaren").click()

    expect(page).to_have_url(re.compile(r"/p/rabot/members/\d+/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Halima")
    halima = Member.objects.get(place=cast.rabot, display_name="Halima")
    assert page.url.endswith(f"/p/rabot/members/{halima.pk}/")
    assert [language.code for language in halima.languages.all()] == ["ar"]
    assert halima.contact_channel == ContactChannel.VIA_WORKER
    assert halima.sector == "Wondelgemstraat"
    assert halima.created_by == cast.worker
    assert set(halima.roles.values_list("kind", flat=True)) == {RoleKind.RESIDENT}

    place_nav.get_by_role("link", name="Mensen").click()
    search = page.get_by_role("search")
    search.get_by_role("textbox", name="Zoek").fill("Halima")
    search.get_by_role("button", name="Zoek").click()

    expect(page).to_have_url(re.compile(r"/p/rabot/members/\?q=Halima"))
    people = page.get_by_role("table")
    expect(people.get_by_role("link")).to_have_count(1)
    expect(people.get_by_role("link", name="Halima")).to_have_attribute(
        "href", f"/p/rabot/members/{halima.pk}/"
    )
