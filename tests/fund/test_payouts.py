"""Help handed over: cash, a card or voucher, or help in kind; never more than granted."""

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from nabij.errors import DomainError
from nabij.fund import services
from nabij.fund.choices import Outcome, PayoutKind
from nabij.fund.errors import FundError
from nabij.fund.models import Payout


def pay(cast, decision, amount, kind=PayoutKind.CASH, **kwargs):
    return services.payout_record(
        actor=cast.worker,
        place=cast.rabot,
        decision=decision,
        kind=kind,
        amount=amount,
        paid_on=timezone.localdate(),
        **kwargs,
    )


def test_help_is_given_in_parts_up_to_the_grant(cast, fund, apply, decide):
    decision = decide(apply("80"))
    pay(cast, decision, "30")
    pay(cast, decision, "50", kind=PayoutKind.IN_KIND, description="Pakket met winterkleding")
    assert sum(p.amount_cents for p in Payout.objects.all()) == 8000


def test_paying_more_than_granted_is_refused(cast, fund, apply, decide):
    decision = decide(apply("80"))
    pay(cast, decision, "50")
    with pytest.raises(DomainError) as refused:
        pay(cast, decision, "30,01")
    assert refused.value.code == FundError.PAYOUT_EXCEEDS
    assert "€ 30,00" in refused.value.message
    assert Payout.objects.count() == 1


def test_nothing_is_paid_on_a_refusal(cast, fund, apply, decide):
    decision = decide(apply(), outcome=Outcome.REFUSE, reason_code="other_help_available")
    with pytest.raises(DomainError) as refused:
        pay(cast, decision, "10")
    assert refused.value.code == FundError.NOT_GRANTED
    assert Payout.objects.count() == 0


def test_help_in_kind_is_described(cast, fund, apply, decide):
    decision = decide(apply())
    with pytest.raises(DomainError) as refused:
        pay(cast, decision, "10", kind=PayoutKind.IN_KIND)
    assert refused.value.code == FundError.DESCRIPTION_EMPTY
    assert Payout.objects.count() == 0


def _row(cast, fund, decision, amount_cents, **fields):
    return Payout(
        place=cast.rabot,
        fund=fund.fund,
        decision=decision,
        kind=fields.pop("kind", PayoutKind.CASH),
        amount_cents=amount_cents,
        paid_on=timezone.localdate(),
        recorded_by=cast.worker,
        recorded_at=timezone.now(),
        **fields,
    )


def test_the_database_refuses_payouts_beyond_the_grant(cast, fund, apply, decide):
    decision = decide(apply("80"))
    _row(cast, fund, decision, 5000).save()
    with pytest.raises(IntegrityError), transaction.atomic():
        _row(cast, fund, decision, 3001).save()
    _row(cast, fund, decision, 3000).save()  # control: exactly the rest fits
    with pytest.raises(IntegrityError), transaction.atomic():
        Payout.objects.filter(amount_cents=3000).update(amount_cents=3001)
    assert Payout.objects.count() == 2


@pytest.mark.parametrize(
    "fields", [{"amount_cents": 0}, {"kind": PayoutKind.IN_KIND, "description": " "}]
)
def test_the_database_refuses_a_payout_that_does_not_add_up(cast, fund, apply, decide, fields):
    decision = decide(apply("80"))
    with pytest.raises(IntegrityError), transaction.atomic():
        _row(cast, fund, decision, fields.pop("amount_cents", 100), **fields).save()
    assert Payout.objects.count() == 0
