"""Who may open the signals pages of this part: one line per URL name (see expect.py).

Anyone with the link answers a survey, logged in or not, from this place or another: the
page asks nothing about the person. Typing in paper forms and printing belong to staff.
"""

from nabij.signals.models import Survey
from tests.conftest import Cast
from tests.signals.conftest_answers import TITLE, survey_build

from .conftest import Life
from .expect import EVERYONE, STAFF, Expect


def _rabot_survey(cast: Cast, life: Life) -> Survey:
    found = Survey.objects.filter(place=cast.rabot, title=TITLE).first()
    return found or survey_build(cast.rabot, creator=cast.worker).survey


def _survey(cast: Cast, life: Life) -> int:
    return _rabot_survey(cast, life).pk


def _key(cast: Cast, life: Life) -> dict:
    return {"key": _rabot_survey(cast, life).public_key}


ROWS: dict[str, Expect] = {
    "signals:answer": Expect(EVERYONE, kwargs=_key),
    "signals:answer_thanks": Expect(EVERYONE, kwargs=_key),
    "signals:response_enter": Expect(STAFF, pk=_survey),
    "signals:survey_poster": Expect(STAFF, pk=_survey),
    "signals:survey_paper": Expect(STAFF, pk=_survey),
}
