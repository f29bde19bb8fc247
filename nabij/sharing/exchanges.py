"""Loans as ties in the exchange graph: the owner lent, the borrower received.

An item owned by an organisation is lent by the place rather than by a neighbour, so it
makes no tie between two members (as earning from an organisation makes none for
payments); a member who takes their own item out makes none either.
"""

from collections.abc import Iterator

from django.utils import timezone

from nabij.community.models import Place
from nabij.insight.choices import ExchangeKind
from nabij.insight.sources import ExchangeRow, Span
from nabij.sharing.models import Loan


def loans_as_exchanges(place: Place, span: Span) -> Iterator[ExchangeRow]:
    loans = Loan.objects.filter(
        place=place, item__owner_member__isnull=False, **span.filter("lent_at")
    ).values_list("pk", "item__owner_member_id", "borrower_id", "lent_at")
    for pk, owner, borrower, lent_at in loans.iterator():
        if owner != borrower:
            yield ExchangeRow(ExchangeKind.LOAN, owner, borrower, timezone.localdate(lent_at), pk)
