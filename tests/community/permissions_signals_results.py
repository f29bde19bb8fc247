"""Who may open the signals pages of this part: one line per URL name (see expect.py).

Staff and the analyst read a survey's results and download them; nobody else does."""

from tests.conftest import Cast
from tests.signals.conftest_results import survey_create

from .conftest import Life
from .expect import STAFF, Expect

READERS = STAFF | {"analyst"}


def _survey(cast: Cast, life: Life) -> int:
    return survey_create(cast.rabot, cast.worker).pk


ROWS: dict[str, Expect] = {
    "signals:survey_results": Expect(READERS, pk=_survey),
    "signals:survey_results_csv": Expect(READERS, pk=_survey),
    "signals:survey_results_xlsx": Expect(READERS, pk=_survey),
    "signals:survey_results_pdf": Expect(READERS, pk=_survey),
}
