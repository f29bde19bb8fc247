"""Who may open the fund's public pages: one line per URL name (see expect.py).

Anyone, logged in or not, from this place or another: the page publishes only totals.
"""

from django.utils import timezone

from nabij.fund import services
from nabij.fund.models import Fund
from tests.conftest import Cast

from .conftest import Life
from .expect import EVERYONE, Expect


def _rabot_fund(cast: Cast, life: Life) -> int:
    fund = Fund.objects.filter(place=cast.rabot).first()
    if fund is None:
        fund = services.fund_create(
            actor=cast.admin, place=cast.rabot, name="Solidariteitsfonds Rabot", now=timezone.now()
        )
    return fund.pk


ROWS: dict[str, Expect] = {
    "fund:public": Expect(EVERYONE, pk=_rabot_fund),
    "fund:public_report": Expect(EVERYONE, pk=_rabot_fund),
    "fund:public_csv": Expect(EVERYONE, pk=_rabot_fund),
}
