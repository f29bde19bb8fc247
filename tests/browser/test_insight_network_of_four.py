"""The network of four in a real browser: Sara opens the list from the place's menu and
sees the vulnerable people she follows up who have fewer than four people around them,
and no one from another place; the list, the dashboard and the network picture pass axe-core.

Rabot's year (tests/insight/pages_world.py): Fatma met no one, Amina was helped once,
Rik met four people at the repair café; Olena, at the school, is marked as Sara's too.
"""

import pytest
from playwright.sync_api import expect

from tests.insight.pages_world import rabot_year

pytestmark = pytest.mark.browser


def test_a_worker_sees_her_vulnerable_people_with_too_few_ties(log_in, page, axe_report, cast):
    rabot_year(cast)
    log_in(page, cast.worker)
    page.get_by_role("link", name="Rabot").click()
    page.get_by_role("navigation", name="Plek").get_by_role("link", name="Inzicht").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Solidariteit in cijfers · Rabot")
    expect(
        page.get_by_role("img", name="Wederkerigheid: bewoners naar wat ze deden")
    ).to_be_visible()
    assert not (report := axe_report(page)), report

    page.get_by_role("navigation", name="Inzicht").get_by_role(
        "link", name="Netwerktekening"
    ).click()
    expect(page.get_by_role("img", name="Netwerk van de plek, zonder namen")).to_be_visible()
    assert not (report := axe_report(page)), report

    page.get_by_role("navigation", name="Inzicht").get_by_role(
        "link", name="Netwerk van vier"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Netwerk van vier · Rabot")
    table = page.get_by_role("table", name="Kwetsbare mensen die je opvolgt")
    names = table.get_by_role("rowheader")
    expect(names).to_have_text(["Fatma", "Amina"])
    expect(table.get_by_role("row", name="Fatma")).to_contain_text("nog nooit")
    expect(table.get_by_role("row", name="Amina")).to_contain_text("1")
    expect(page.get_by_role("main")).not_to_contain_text(cast.pupil_parent.display_name)
    assert not (report := axe_report(page)), report

    # The whole place: still nobody from the school.
    page.get_by_label("iedereen van deze plek").check()
    page.get_by_role("main").get_by_role("button", name="Toon").click()
    expect(page.get_by_role("table", name="Kwetsbare mensen van deze plek")).to_be_visible()
    expect(page.get_by_role("main")).not_to_contain_text(cast.pupil_parent.display_name)
