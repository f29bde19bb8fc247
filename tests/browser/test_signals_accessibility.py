"""axe-core finds nothing serious or critical on the signals pages a worker fills in and
reads: the hub, the survey builder, unmet needs, testimonies and a signal being composed."""

import pytest
from django.urls import reverse

from nabij.signals.services.reports import signal_create
from tests.signals.conftest_needs import autumn_fixture  # noqa: F401 (fixture)
from tests.signals.conftest_results import small_survey  # noqa: F401 (fixture)

pytestmark = pytest.mark.browser

PAGES = {
    "hub": ("signals:home", None),
    "surveys": ("signals:survey_list", None),
    "builder": ("signals:survey_detail", "survey"),
    "new question": ("signals:question_new", "survey"),
    "results": ("signals:survey_results", "survey"),
    "unmet needs": ("signals:needs", None),
    "new need": ("signals:need_new", None),
    "testimonies": ("signals:testimonies", None),
    "new testimony": ("signals:testimony_new", None),
    "signals": ("signals:signal_list", None),
    "signal being composed": ("signals:signal_detail", "signal"),
}


@pytest.mark.parametrize("name", list(PAGES))
def test_signals_pages_have_no_serious_problems(
    log_in,
    page,
    axe_report,
    cast,
    small_survey,  # noqa: F811
    autumn,
    name,
):
    url_name, pk_of = PAGES[name]
    signal = signal_create(
        actor=cast.worker,
        place=cast.rabot,
        title="Wonen in Rabot",
        issue="Huren stijgen sneller dan inkomens.",
    )
    pks = {"survey": small_survey.survey.pk, "signal": signal.pk}
    args = ["rabot"] if pk_of is None else ["rabot", pks[pk_of]]
    log_in(page, cast.worker)
    page.goto(reverse(url_name, args=args))
    assert not (report := axe_report(page)), report
