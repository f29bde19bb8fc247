"""Eight proposals are confirmed at the same moment: as many are granted as the budget
allows, the others are refused, and the budget is never overspent."""

import pytest
from django.db import connection
from django.db.models import Sum

from nabij.fund import services
from nabij.fund.choices import Outcome
from nabij.fund.errors import FundError
from nabij.fund.models import Decision
from tests.at_once import at_once

pytestmark = [
    # Starts 8 processes (from a fork server, see at_once).
    pytest.mark.isolated,
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL"),
]
PROPOSALS = 8


def confirm(cast, proposal):
    return services.proposal_confirm(actor=cast.neighbour, place=cast.rabot, proposal=proposal).pk


def test_eight_confirmations_stay_within_the_budget(transactional_db, cast, fund, apply):
    """The budget is € 1000: three grants of € 300 fit, five do not."""
    proposals = [
        services.proposal_make(
            actor=cast.volunteer,
            place=cast.rabot,
            application=apply("300", criterion=fund.energy),
            criterion=fund.energy,
            outcome=Outcome.GRANT,
            reason="Achterstallige factuur, past binnen het criterium.",
        )
        for _ in range(PROPOSALS)
    ]

    outcomes = at_once(confirm, [(cast, proposal) for proposal in proposals])

    assert sum(isinstance(o, int) for o in outcomes) == 3, outcomes
    assert sorted(o for o in outcomes if not isinstance(o, int)) == [FundError.BUDGET_EXCEEDED] * 5
    granted = Decision.objects.aggregate(t=Sum("amount_cents"))["t"]
    assert granted == 90000 <= fund.budget.amount_cents
