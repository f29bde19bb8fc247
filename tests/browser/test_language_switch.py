"""The language switch on every page: Dutch by default, each language one click away.

Translations are written separately, so this checks what the page declares (lang, dir,
which choice is marked current), not the translated words.
"""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

# Each language is offered under its own name, so these never change with translation.
SWITCH = [("Français", "fr"), ("English", "en"), ("العربية", "ar"), ("Türkçe", "tr")]


def _expect_language(page, code: str, direction: str) -> None:
    html = page.locator("html")
    expect(html).to_have_attribute("lang", code)
    expect(html).to_have_attribute("dir", direction)
    current = page.locator("header a[hreflang][aria-current]")
    expect(current).to_have_count(1)
    expect(current).to_have_attribute("hreflang", code)


def test_home_is_dutch_until_someone_chooses(page, cast):
    page.goto("/")
    _expect_language(page, "nl", "ltr")


@pytest.mark.parametrize(("name", "code"), SWITCH, ids=[code for _name, code in SWITCH])
def test_each_language_in_the_switch(page, cast, name, code):
    page.goto("/")
    page.locator("header").get_by_role("link", name=name, exact=True).click()
    _expect_language(page, code, "rtl" if code == "ar" else "ltr")


def test_the_choice_is_remembered_and_keeps_the_page(page, cast, live_server):
    page.goto("/login/")
    page.locator("header").get_by_role("link", name="Türkçe", exact=True).click()
    expect(page).to_have_url(f"{live_server.url}/login/")
    _expect_language(page, "tr", "ltr")

    page.goto("/")
    _expect_language(page, "tr", "ltr")
    page.locator("header").get_by_role("link", name="Nederlands", exact=True).click()
    _expect_language(page, "nl", "ltr")
