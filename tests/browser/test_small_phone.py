"""On a small phone (360 by 640) nothing makes the page scroll sideways."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

SMALL_PHONE = {"width": 360, "height": 640}
OVERFLOW = """() => {
  const root = document.documentElement;
  const wider = [...document.body.querySelectorAll('*')]
    .filter(el => !el.closest('.skip'))  // parked off screen on purpose until focused
    .filter(el => el.getBoundingClientRect().right > root.clientWidth + 0.5
               || el.getBoundingClientRect().left < -0.5)
    .slice(0, 5)
    .map(el => el.tagName.toLowerCase() + (el.className ? '.' + el.className : ''));
  return {scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wider};
}"""


def _assert_no_sideways_scrolling(page) -> None:
    found = page.evaluate(OVERFLOW)
    assert found["scrollWidth"] <= found["clientWidth"], (
        f"{page.url} is {found['scrollWidth']}px wide on a {found['clientWidth']}px screen; "
        f"too wide: {found['wider']}"
    )


@pytest.mark.parametrize("language", ["Nederlands", "العربية"], ids=["nl", "ar"])
def test_member_list_and_registration_fit_a_small_phone(log_in, new_page, cast, language):
    page = new_page(viewport=SMALL_PHONE)
    log_in(page, cast.worker)
    page.locator("header").get_by_role("link", name=language, exact=True).click()

    page.goto(f"/p/{cast.rabot.slug}/members/")
    expect(page.get_by_role("table")).to_be_visible()
    _assert_no_sideways_scrolling(page)

    page.goto(f"/p/{cast.rabot.slug}/members/new/")
    page.locator("details.more > summary").click()
    expect(page.locator("fieldset.day").first).to_be_visible()
    _assert_no_sideways_scrolling(page)

    page.goto(f"/p/{cast.rabot.slug}/members/{cast.resident.pk}/")
    _assert_no_sideways_scrolling(page)
