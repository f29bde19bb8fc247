"""A loan is a tie in the exchange graph: the owner gave, the borrower received."""

from datetime import timedelta

from django.utils import timezone

from nabij.insight.choices import ExchangeKind
from nabij.insight.models import Exchange
from nabij.insight.services import exchanges_sync
from nabij.sharing import services


def test_syncing_picks_up_a_loan_of_a_neighbours_item(cast, library):
    loan = services.loan_check_out(
        actor=cast.worker,
        place=cast.rabot,
        item=library.drill,
        borrower=cast.resident,
        due_at=timezone.now() + timedelta(days=3),
    )
    # Buurtwerk's bike is lent by the place, not by a neighbour: no tie between members.
    services.loan_check_out(
        actor=cast.worker,
        place=cast.rabot,
        item=library.bike,
        borrower=cast.volunteer,
        due_at=timezone.now() + timedelta(days=3),
    )

    result = exchanges_sync(place=cast.rabot)

    loans = Exchange.objects.filter(kind=ExchangeKind.LOAN)
    assert [(e.giver, e.receiver, e.source_id) for e in loans] == [
        (cast.neighbour, cast.resident, loan.pk)
    ]
    assert len(result.added) == 1
    assert exchanges_sync(place=cast.rabot).added == ()
