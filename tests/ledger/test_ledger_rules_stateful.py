"""The ledger's rules hold after any sequence of operations (hypothesis, stateful).

Each example starts a fresh currency in Rabot and runs random payments (good and bad
amounts, to oneself, past limits), retries with used keys, reversals, issuance, limit
overrides, voucher batches, redemptions and cancellations, paid tasks, settlements and
demurrage. After every step:
- the currency's counted entries sum to zero, and every transfer's do;
- no account is past its limits;
- every cached balance equals its entries, and the balances a plain model of the rules
  expects;
- the vouchers outstanding equal the voucher liability account.
A refusal must be a DomainError and must change nothing; anything else fails the test.
On PostgreSQL, where locks and triggers are real.
"""

import itertools
from datetime import timedelta

import pytest
from django.db import connection
from django.db.models import Sum
from django.utils import timezone
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from nabij.community.choices import RoleKind
from nabij.community.models import Role
from nabij.errors import DomainError
from nabij.ledger import services
from nabij.ledger.amounts import to_minor
from nabij.ledger.choices import AccountKind, Category, TransferState, VoucherState
from nabij.ledger.errors import LedgerError
from nabij.ledger.models import Account, Entry, Transfer, Voucher
from nabij.ledger.reconcile import reconcile
from tests.ledger.conftest import key, organisation

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL"),
]

AMOUNTS = st.one_of(
    st.integers(min_value=-5, max_value=200),
    st.integers(min_value=1, max_value=300).map(str),
    st.sampled_from(["0", "-3", "2,5", "0.1", "tien", "1e3", ""]),
)
HOLDERS = 6  # four members, the earning partner, the shop
names = itertools.count()


def ledger_machine(cast, partners):
    class LedgerMachine(RuleBasedStateMachine):
        @initialize(
            low=st.integers(min_value=-100, max_value=0),
            high=st.one_of(st.none(), st.integers(min_value=150, max_value=600)),
            funds=st.lists(st.integers(0, 150), min_size=HOLDERS, max_size=HOLDERS),
        )
        def start(self, low, high, funds):
            self.now = timezone.now()
            self.currency = services.currency_create(
                actor=cast.admin,
                place=cast.rabot,
                name=f"Munt {next(names)}",
                symbol="M",
                mode="issued",
                units_per_euro=10,
                demurrage_percent="5",
                default_min_balance=low,
                default_max_balance=high,
                now=self.now,
            )
            opened = dict(actor=cast.worker, place=cast.rabot, currency=self.currency, now=self.now)
            members = [cast.resident, cast.neighbour, cast.volunteer, cast.analyst]
            self.holders = [services.account_open(**opened, member=m) for m in members]
            self.holders.append(
                services.account_open(**opened, organisation=partners[0], pays_out=True)
            )
            self.holders.append(
                services.account_open(**opened, organisation=partners[1], accepts=True)
            )
            self.system = {
                a.kind: a
                for a in Account.objects.filter(
                    currency=self.currency, member=None, organisation=None
                )
            }
            self.expected = {a.pk: 0 for a in Account.objects.filter(currency=self.currency)}
            self.paid: list[dict] = []  # successful payments, to retry and reverse
            self.batches = []
            for holder, amount in zip(self.holders, funds, strict=True):
                if amount:
                    self.book(
                        services.currency_issue(
                            actor=cast.worker,
                            place=cast.rabot,
                            currency=self.currency,
                            to_account=holder,
                            amount=amount,
                            idempotency_key=key(),
                            now=self.now,
                        )
                    )

        # -- helpers ---------------------------------------------------------------------

        def account(self, index: int) -> Account:
            return Account.objects.get(pk=self.holders[index].pk)

        def book(self, transfer: Transfer) -> None:
            """Add a new transfer's entries to the model."""
            for pk, amount in Entry.objects.filter(transfer=transfer).values_list(
                "account_id", "amount"
            ):
                self.expected[pk] += amount

        def refused_without_change(self, attempt, *codes):
            before = self.snapshot()
            with pytest.raises(DomainError) as refused:
                attempt()
            assert refused.value.code in codes, refused.value
            assert self.snapshot() == before
            return refused.value

        def snapshot(self):
            return (
                Transfer.objects.filter(currency=self.currency).count(),
                sorted(Account.objects.filter(currency=self.currency).values_list("pk", "balance")),
                sorted(
                    Voucher.objects.filter(batch__currency=self.currency).values_list("pk", "state")
                ),
            )

        def fits(self, account: Account, after: int) -> bool:
            return (account.min_balance is None or after >= account.min_balance) and (
                account.max_balance is None or after <= account.max_balance
            )

        def breaches(self, moves: list[tuple[Account, int]]) -> set[LedgerError]:
            """The refusals a set of moves may get: any account past either limit."""
            found = set()
            for account, amount in moves:
                after = account.balance + amount
                if account.min_balance is not None and after < account.min_balance:
                    found.add(LedgerError.BELOW_MINIMUM)
                if account.max_balance is not None and after > account.max_balance:
                    found.add(LedgerError.ABOVE_MAXIMUM)
            return found

        # -- rules -----------------------------------------------------------------------

        @rule(to=st.integers(0, HOLDERS - 1), amount=st.integers(min_value=1, max_value=500))
        def issue(self, to, amount):
            account = self.account(to)
            attempt = lambda: services.currency_issue(  # noqa: E731
                actor=cast.worker,
                place=cast.rabot,
                currency=self.currency,
                to_account=account,
                amount=amount,
                idempotency_key=key(),
            )
            if self.fits(account, account.balance + amount):
                transfer = attempt()
                assert transfer.category == Category.ISSUE
                self.book(transfer)
            else:
                self.refused_without_change(attempt, LedgerError.ABOVE_MAXIMUM)

        @rule(
            payer=st.integers(0, HOLDERS - 1),
            payee=st.integers(0, HOLDERS - 1),
            amount=AMOUNTS,
        )
        def pay(self, payer, payee, amount):
            source, target = self.account(payer), self.account(payee)
            call = dict(
                actor=cast.worker,
                place=cast.rabot,
                currency=self.currency,
                from_account=source,
                to_account=target,
                amount=amount,
                idempotency_key=key(),
            )
            attempt = lambda: services.transfer_post(**call)  # noqa: E731
            try:
                minor = to_minor(amount, currency=self.currency)
            except DomainError as bad:
                self.refused_without_change(attempt, bad.code, LedgerError.SAME_ACCOUNT)
                return
            breaches = self.breaches([(source, -minor), (target, minor)])
            if payer == payee:
                self.refused_without_change(attempt, LedgerError.SAME_ACCOUNT)
            elif breaches:
                self.refused_without_change(attempt, *breaches)
            else:
                transfer = attempt()
                assert Entry.objects.filter(transfer=transfer).count() == 2
                self.book(transfer)
                self.paid.append({"call": call, "transfer": transfer.pk})

        @precondition(lambda self: self.paid)
        @rule(data=st.data())
        def retry(self, data):
            """The same request again, with its key: the original comes back, nothing moves."""
            earlier = data.draw(st.sampled_from(self.paid))
            before = self.snapshot()
            assert services.transfer_post(**earlier["call"]).pk == earlier["transfer"]
            assert self.snapshot() == before

        @precondition(lambda self: self.paid)
        @rule(data=st.data(), amount=st.integers(min_value=1, max_value=50))
        def reuse_a_key(self, data, amount):
            earlier = data.draw(st.sampled_from(self.paid))
            call = {**earlier["call"], "amount": int(earlier["call"]["amount"]) + amount}
            self.refused_without_change(
                lambda: services.transfer_post(**call), LedgerError.KEY_REUSED
            )

        @precondition(lambda self: self.paid)
        @rule(data=st.data())
        def reverse(self, data):
            original = Transfer.objects.get(pk=data.draw(st.sampled_from(self.paid))["transfer"])
            attempt = lambda: services.transfer_reverse(  # noqa: E731
                actor=cast.worker, place=cast.rabot, transfer=original, idempotency_key=key()
            )
            moves = dict(
                Entry.objects.filter(transfer=original).values_list("account_id", "amount")
            )
            accounts = Account.objects.in_bulk(moves)
            breaches = self.breaches([(accounts[pk], -m) for pk, m in moves.items()])
            if original.state != TransferState.COMMITTED:
                self.refused_without_change(attempt, LedgerError.NOT_COMMITTED)
            elif breaches:
                self.refused_without_change(attempt, *breaches)
            else:
                reversal = attempt()
                assert Transfer.objects.get(pk=original.pk).state == TransferState.REVERSED
                self.book(reversal)

        @rule(
            index=st.integers(0, HOLDERS - 1),
            low=st.one_of(st.none(), st.integers(-300, 100)),
            high=st.one_of(st.none(), st.integers(0, 800)),
        )
        def override(self, index, low, high):
            account = self.account(index)
            attempt = lambda: services.limit_override(  # noqa: E731
                actor=cast.admin,
                place=cast.rabot,
                account=account,
                min_balance=low,
                max_balance=high,
                reason="Afspraak met de werker",
            )
            if low is not None and high is not None and low > high:
                self.refused_without_change(attempt, LedgerError.LIMITS_INVALID)
            elif (low is not None and account.balance < low) or (
                high is not None and account.balance > high
            ):
                self.refused_without_change(attempt, LedgerError.LIMITS_EXCLUDE_BALANCE)
            else:
                attempt()

        @rule(count=st.integers(1, 5), denomination=st.sampled_from([5, 10, 20]))
        def issue_vouchers(self, count, denomination):
            batch = services.voucher_batch_issue(
                actor=cast.worker,
                place=cast.rabot,
                currency=self.currency,
                denomination=denomination,
                count=count,
                idempotency_key=key(),
            )
            self.book(batch.issue_transfer)
            self.batches.append(batch)

        @precondition(lambda self: self.batches)
        @rule(data=st.data(), to=st.integers(0, HOLDERS - 1), forged=st.booleans())
        def redeem(self, data, to, forged):
            batch = data.draw(st.sampled_from(self.batches))
            voucher = data.draw(st.sampled_from(list(batch.vouchers.all())))
            account = self.account(to)
            code = services.voucher_code(voucher)
            if forged:
                code = code[:-1] + ("A" if code[-1] != "A" else "B")
            attempt = lambda: services.voucher_redeem(  # noqa: E731
                # Mehmet redeems into his own shop; staff into anyone's account.
                actor=cast.shop if to == HOLDERS - 1 else cast.worker,
                place=cast.rabot,
                code=code,
                to_account=account,
                idempotency_key=key(),
            )
            if forged:
                self.refused_without_change(attempt, LedgerError.VOUCHER_UNKNOWN)
            elif voucher.state == VoucherState.REDEEMED:
                self.refused_without_change(attempt, LedgerError.VOUCHER_REDEEMED)
            elif voucher.state == VoucherState.CANCELLED:
                self.refused_without_change(attempt, LedgerError.VOUCHER_CANCELLED)
            elif not self.fits(account, account.balance + voucher.amount):
                self.refused_without_change(attempt, LedgerError.ABOVE_MAXIMUM)
            else:
                self.book(attempt())

        @precondition(lambda self: self.batches)
        @rule(data=st.data())
        def cancel_batch(self, data):
            batch = data.draw(st.sampled_from(self.batches))
            batch.refresh_from_db()
            attempt = lambda: services.voucher_batch_cancel(  # noqa: E731
                actor=cast.worker,
                place=cast.rabot,
                batch=batch,
                reason="Verloren",
                idempotency_key=key(),
            )
            if batch.cancel_transfer_id is not None:
                self.refused_without_change(attempt, LedgerError.BATCH_CANCELLED)
            elif not batch.vouchers.filter(state=VoucherState.OUTSTANDING).exists():
                self.refused_without_change(attempt, LedgerError.BATCH_ALL_REDEEMED)
            else:
                self.book(attempt().cancel_transfer)

        @rule(member=st.integers(0, 3), reward=st.integers(1, 120))
        def paid_task(self, member, reward):
            partner, worker = self.account(4), self.account(member)
            task = services.task_post(
                actor=cast.worker,
                place=cast.rabot,
                payer=partner,
                title="Buurtwerk",
                hours=1,
                reward=reward,
            )
            attempt = lambda: services.task_confirm(  # noqa: E731
                actor=cast.worker,
                place=cast.rabot,
                task=task,
                member=worker.member,
                idempotency_key=key(),
            )
            breaches = self.breaches([(partner, -reward), (worker, reward)])
            if breaches:
                self.refused_without_change(attempt, *breaches)
            else:
                self.book(attempt().payment)

        @rule()
        def settle(self):
            shop = self.account(5)
            attempt = lambda: services.settlement_create(  # noqa: E731
                actor=cast.worker, place=cast.rabot, currency=self.currency, shop_account=shop
            )
            if shop.balance <= 0:
                self.refused_without_change(attempt, LedgerError.NOTHING_TO_SETTLE)
            else:
                report = attempt()
                assert sum(line.amount for line in report.lines) == report.units
                self.book(Transfer.objects.get(pk=report.transfer_id))

        @rule()
        def demurrage(self):
            self.now += timedelta(days=31)
            transfer = services.demurrage_apply(
                actor=cast.worker, place=cast.rabot, currency=self.currency, now=self.now
            )
            if transfer is not None:
                self.book(transfer)

        # -- invariants ------------------------------------------------------------------

        @invariant()
        def books_balance(self):
            if not hasattr(self, "currency"):
                return
            check = reconcile(currency=self.currency).currencies[0]
            assert check.ok, check
            total = Entry.objects.filter(transfer__currency=self.currency).aggregate(
                total=Sum("amount")
            )["total"]
            assert (total or 0) == 0

        @invariant()
        def no_account_past_its_limits(self):
            if not hasattr(self, "currency"):
                return
            for account in Account.objects.filter(currency=self.currency):
                assert self.fits(account, account.balance), account

        @invariant()
        def balances_as_the_model_expects(self):
            if not hasattr(self, "currency"):
                return
            actual = dict(
                Account.objects.filter(currency=self.currency).values_list("pk", "balance")
            )
            assert actual == self.expected
            assert actual[self.system[AccountKind.ISSUANCE].pk] <= 0

    return LedgerMachine


def test_any_sequence_keeps_the_books(cast):
    partners = (
        organisation(cast.rabot, "Buurtwerk Rabot", "nonprofit"),
        organisation(cast.rabot, "Kruidenier Mehmet", "shop"),
    )
    Role.objects.filter(place=cast.rabot, member=cast.shop, kind=RoleKind.PARTNER).update(
        organisation=partners[1]
    )
    run_state_machine_as_test(
        ledger_machine(cast, partners),
        settings=settings(
            max_examples=30,
            stateful_step_count=30,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
            database=None,
        ),
    )
