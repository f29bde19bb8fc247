"""The batch page follows a run as it works: by itself with scripts, by reloading without."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from nabij.aid.models import BatchRun, BatchRunState, BatchRunStep

pytestmark = pytest.mark.browser


@pytest.fixture
def run(cast) -> BatchRun:
    at = timezone.now()
    return BatchRun.objects.create(
        place=cast.rabot,
        started_by=cast.worker,
        state=BatchRunState.RUNNING,
        step=BatchRunStep.WEIGHING,
        done=3,
        total=10,
        created_at=at,
        updated_at=at,
    )


def test_the_progress_moves_on_the_page_without_reloading_it(
    page, live_server, log_in, cast, run, axe_report
):
    log_in(page, cast.worker)
    page.goto(f"{live_server.url}/p/rabot/aid/batch/")
    expect(page.locator("progress")).to_have_attribute("value", "3")
    assert axe_report(page) == ""

    BatchRun.objects.filter(pk=run.pk).update(done=7, updated_at=timezone.now())
    expect(page.locator("progress")).to_have_attribute("value", "7", timeout=10_000)
    BatchRun.objects.filter(pk=run.pk).update(
        step=BatchRunStep.SAVING, done=10, updated_at=timezone.now()
    )
    expect(page.get_by_text("Nu: de voorstellen worden bewaard.")).to_be_visible(timeout=10_000)
    # Swapped in place: the page was not loaded again.
    assert page.evaluate("performance.getEntriesByType('navigation').length") == 1


def test_without_scripts_the_page_reloads_itself(new_page, live_server, log_in, cast, run):
    page = new_page(java_script_enabled=False)
    log_in(page, cast.worker)
    page.goto(f"{live_server.url}/p/rabot/aid/batch/")
    BatchRun.objects.filter(pk=run.pk).update(
        done=9, updated_at=timezone.now() + timedelta(seconds=1)
    )
    expect(page.locator("progress")).to_have_attribute("value", "9", timeout=10_000)
