"""axe-core finds nothing serious or critical on the pages a worker uses most.

When this fails, the message lists each problem and the elements it was found on: fix
the template or the stylesheet, not this test.
"""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("path", ["/", "/login/"], ids=["home", "log-in"])
def test_public_pages_have_no_serious_problems(page, axe_report, cast, path):
    page.goto(path)
    assert not (report := axe_report(page)), report


@pytest.mark.parametrize(
    "path_of",
    [
        lambda cast: f"/p/{cast.rabot.slug}/",
        lambda cast: f"/p/{cast.rabot.slug}/members/",
        lambda cast: f"/p/{cast.rabot.slug}/members/{cast.resident.pk}/",
        lambda cast: f"/p/{cast.rabot.slug}/members/new/",
        lambda cast: f"/p/{cast.rabot.slug}/organisations/",
    ],
    ids=["place dashboard", "member list", "member detail", "registration form", "organisations"],
)
def test_worker_pages_have_no_serious_problems(log_in, page, axe_report, cast, path_of):
    log_in(page, cast.worker)
    page.goto(path_of(cast))
    assert not (report := axe_report(page)), report


def test_registration_form_with_errors_has_no_serious_problems(log_in, page, axe_report, cast):
    log_in(page, cast.worker)
    page.goto(f"/p/{cast.rabot.slug}/members/new/")
    page.get_by_role("main").get_by_role("button", name="Bewaren").click()
    expect(page.get_by_role("alert")).to_be_visible()
    assert not (report := axe_report(page)), report


def test_home_in_arabic_reads_right_to_left_without_serious_problems(page, axe_report, cast):
    page.goto("/")
    page.get_by_role("navigation", name="Taal").get_by_role("link", name="العربية").click()
    html = page.locator("html")
    expect(html).to_have_attribute("lang", "ar")
    expect(html).to_have_attribute("dir", "rtl")
    assert not (report := axe_report(page)), report
