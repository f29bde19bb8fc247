"""The stylesheet reaches the browser: contrast, focus and small-phone layout live there."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_pages_load_their_stylesheet(page, cast):
    with page.expect_response("**/static/nabij/site.css") as stylesheet:
        page.goto("/")
    assert stylesheet.value.status == 200, (
        "site.css is not served: the static finders must see nabij/static "
        "(STATICFILES_DIRS in settings.py)"
    )
    # The header is dark only when the stylesheet applied.
    expect(page.locator("header.site")).to_have_css("background-color", "rgb(0, 90, 112)")
