"""A real Chromium (Debian's package) driven through Playwright against the live server.

One browser for the whole session, a fresh context (cookies, language, viewport) per test.
Without Chromium the browser tests are skipped on a developer's machine, but fail in CI,
so a CI run can never pass by silently not running them.
"""

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import axe_playwright_python
import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from nabij.community.models import Member
from tests.conftest import PASSWORD

# Playwright's sync API keeps an event loop running in the test thread for as long as the
# browser lives; Django would otherwise refuse every ORM call made from that thread.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AXE_SCRIPT = Path(axe_playwright_python.__file__).with_name("axe.min.js")
# Impacts that keep someone from using the page; "minor" and "moderate" are not gated.
BLOCKING_IMPACTS = {"serious", "critical"}


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"browser tests cannot run in CI: {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        _unavailable(f"no Chromium at {CHROMIUM} (set $CHROMIUM to another path)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser: Browser, live_server) -> Iterator[Callable[..., Page]]:
    """new_page(**context_options): a page in a fresh context, closed after the test."""
    contexts = []

    def _new_page(**options) -> Page:
        context = browser.new_context(base_url=live_server.url, **options)
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context.new_page()

    yield _new_page
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page: Callable[..., Page]) -> Page:
    return new_page()


@pytest.fixture
def log_in() -> Callable[[Page, Member], None]:
    """log_in(page, member): the way a person does it, through the log-in form."""

    def _log_in(page: Page, member: Member) -> None:
        page.goto("/login/")
        page.get_by_label("Gebruikersnaam").fill(member.user.username)
        page.get_by_label("Wachtwoord").fill(PASSWORD)
        page.get_by_role("main").get_by_role("button", name="Aanmelden").click()
        expect(page.get_by_role("button", name="Afmelden")).to_be_visible()

    return _log_in


def _describe(violation: dict) -> str:
    nodes = "\n".join(
        f"      {' '.join(map(str, node['target']))}: "
        f"{node['failureSummary'].splitlines()[-1].strip()}"
        for node in violation["nodes"][:5]
    )
    return f"  [{violation['impact']}] {violation['id']}: {violation['help']}\n{nodes}"


@pytest.fixture
def axe_report() -> Callable[[Page], str]:
    """axe_report(page): '' when axe-core finds nothing serious, else a readable list."""

    def _report(page: Page) -> str:
        page.evaluate(AXE_SCRIPT.read_text(encoding="utf-8"))
        results = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
        found = [v for v in results["violations"] if v["impact"] in BLOCKING_IMPACTS]
        if not found:
            return ""
        lines = [f"axe-core found {len(found)} serious or critical problem(s) on {page.url}:"]
        lines += [_describe(v) for v in found]
        return "\n".join(lines)

    return _report
