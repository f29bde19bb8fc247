"""Proof that the books are right, per currency:

- the counted entries sum to zero, and so does every transfer;
- every account's cached balance equals the sum of its counted entries;
- no account is past its limits;
- the vouchers outstanding are worth exactly the voucher liability account's balance.

`nabij reconcile` prints the same.
"""

from dataclasses import dataclass

from django.db.models import Count, Q, Sum
from django.db.models.functions import Coalesce

from nabij.community.models import Place
from nabij.ledger.choices import COUNTED_STATES, AccountKind, VoucherState
from nabij.ledger.models import Account, Currency, Entry, Voucher


@dataclass(frozen=True)
class CurrencyCheck:
    currency_id: int
    place_id: int
    name: str
    entries_sum: int
    unbalanced_transfers: tuple[int, ...]
    balance_mismatches: tuple[tuple[int, int, int], ...]  # account, cached, from entries
    limit_breaches: tuple[int, ...]
    vouchers_outstanding: int
    voucher_liability: int

    @property
    def ok(self) -> bool:
        return (
            self.entries_sum == 0
            and not self.unbalanced_transfers
            and not self.balance_mismatches
            and not self.limit_breaches
            and self.vouchers_outstanding == self.voucher_liability
        )


@dataclass(frozen=True)
class Reconciliation:
    currencies: tuple[CurrencyCheck, ...]

    @property
    def ok(self) -> bool:
        return all(check.ok for check in self.currencies)


def _check(currency: Currency) -> CurrencyCheck:
    counted = Entry.objects.filter(transfer__currency=currency, transfer__state__in=COUNTED_STATES)
    entries_sum = counted.aggregate(total=Coalesce(Sum("amount"), 0))["total"]
    unbalanced = (
        counted.values("transfer_id")
        .annotate(total=Sum("amount"), legs=Count("pk"))
        .filter(~Q(total=0) | Q(legs__lt=2))
        .values_list("transfer_id", flat=True)
    )
    sums = dict(
        counted.values("account_id")
        .annotate(total=Sum("amount"))
        .values_list("account_id", "total")
    )
    mismatches = []
    breaches = []
    liability = 0
    for pk, kind, balance, low, high in Account.objects.filter(currency=currency).values_list(
        "pk", "kind", "balance", "min_balance", "max_balance"
    ):
        if balance != sums.get(pk, 0):
            mismatches.append((pk, balance, sums.get(pk, 0)))
        if (low is not None and balance < low) or (high is not None and balance > high):
            breaches.append(pk)
        if kind == AccountKind.VOUCHER_LIABILITY:
            liability = balance
    outstanding = Voucher.objects.filter(
        batch__currency=currency, state=VoucherState.OUTSTANDING
    ).aggregate(total=Coalesce(Sum("amount"), 0))["total"]
    return CurrencyCheck(
        currency_id=currency.pk,
        place_id=currency.place_id,
        name=currency.name,
        entries_sum=entries_sum,
        unbalanced_transfers=tuple(sorted(unbalanced)),
        balance_mismatches=tuple(sorted(mismatches)),
        limit_breaches=tuple(sorted(breaches)),
        vouchers_outstanding=outstanding,
        voucher_liability=liability,
    )


def reconcile(*, place: Place | None = None, currency: Currency | None = None) -> Reconciliation:
    """Check every currency (of one place, or one currency). Reads only; a handful of
    queries per currency, each one pass over its entries."""
    currencies = Currency.objects.order_by("pk")
    if place is not None:
        currencies = currencies.filter(place=place)
    if currency is not None:
        currencies = currencies.filter(pk=currency.pk)
    return Reconciliation(currencies=tuple(_check(c) for c in currencies))


__all__ = ["CurrencyCheck", "Reconciliation", "reconcile"]
