"""The demo's community currency: a Rabotje at 10 = €1, earning and spending partners, a
year of use that reconciles, and the same year for the same seed."""

import io
from collections import Counter

from django.core.management import call_command
from django.db import transaction
from django.db.models import Sum

from nabij.community.choices import OrganisationKind, RoleKind
from nabij.community.models import Member, Role
from nabij.demo.generator import generate
from nabij.ledger.choices import AccountKind, Category, TaskState, VoucherState
from nabij.ledger.models import Account, Currency, Settlement, Task, Transfer, Voucher
from nabij.ledger.reconcile import reconcile
from nabij.ledger.selectors import account_statement, settlement_report
from tests.demo.conftest import NOW, SIZE


def test_the_books_of_the_demo_reconcile(demo):
    result = reconcile()
    assert [check.name for check in result.currencies] == ["Rabotje"]
    assert result.ok, result


def test_nabij_reconcile_says_so_after_the_demo(demo):
    out = io.StringIO()
    call_command("reconcile", stdout=out)  # exits with status 1 when not reconciled
    assert out.getvalue().splitlines()[-1] == "reconciled"


def test_a_rabotje_is_worth_a_tenth_of_a_euro(demo):
    currency = Currency.objects.get()
    assert (currency.place.slug, currency.symbol, currency.units_per_euro) == ("rabot", "R", 10)


def test_earning_and_spending_partners(demo):
    partners = Account.objects.filter(kind=AccountKind.ORGANISATION).select_related("organisation")
    earning = {a.organisation.name for a in partners if a.pays_out}
    assert earning == {"Buurtwerk Rabot vzw", "Stadstuin Rabot"}
    shops = {a.organisation.kind for a in partners if a.accepts}
    assert shops == {OrganisationKind.SHOP, OrganisationKind.CITIZEN_INITIATIVE}  # the garden
    assert sum(a.accepts for a in partners) >= 5


def test_a_share_of_residents_holds_an_account_with_the_cast_among_them(demo):
    residents = Role.objects.filter(place__slug="rabot", kind=RoleKind.RESIDENT).count()
    holders = Account.objects.filter(kind=AccountKind.MEMBER).count()
    assert residents * 0.1 < holders < residents * 0.4
    for username in ("bewoner", "vrijwilliger"):
        member = Member.objects.get(user__username=username)
        assert Account.objects.filter(member=member).exists(), username


def test_the_demo_shopkeeper_runs_a_shop_that_accepts_the_currency(demo):
    role = Role.objects.get(member__user__username="winkel", kind=RoleKind.PARTNER)
    assert Account.objects.get(organisation=role.organisation).accepts


def test_a_year_of_earning_spending_and_settling(demo):
    committed = Transfer.objects.filter(state="committed")
    by_category = Counter(committed.values_list("category", flat=True))
    assert by_category[Category.EARN] > SIZE // 10
    assert by_category[Category.SPEND] > SIZE // 10
    assert by_category[Category.REDEEM_TO_EURO] == Settlement.objects.count() > 0
    first, last = (
        committed.order_by("created_at").values_list("created_at", flat=True)[0],
        committed.order_by("-created_at").values_list("created_at", flat=True)[0],
    )
    assert (last - first).days > 300
    assert last <= NOW
    # Every earning is a task a worker confirmed; some tasks are still open.
    assert Task.objects.filter(state=TaskState.DONE).count() == by_category[Category.EARN]
    assert Task.objects.filter(state=TaskState.OPEN).exists()


def test_settlements_add_up_to_the_euro_account(demo):
    euro = Account.objects.get(kind=AccountKind.EURO_SETTLEMENT)
    assert Settlement.objects.aggregate(total=Sum("amount"))["total"] == euro.balance
    report = settlement_report(Settlement.objects.order_by("-pk").first())
    assert sum(line.amount for line in report.lines) == report.units


def test_some_paper_money_is_still_out_and_one_sheet_was_cancelled(demo):
    states = Counter(Voucher.objects.values_list("state", flat=True))
    assert states[VoucherState.OUTSTANDING] > 0
    assert states[VoucherState.REDEEMED] > 0
    assert states[VoucherState.CANCELLED] > 0


def test_a_members_statement_ends_at_their_balance(demo):
    account = Account.objects.filter(kind=AccountKind.MEMBER, balance__gt=0).first()
    statement = account_statement(account=account)
    assert statement.lines
    assert statement.closing == account.balance


def _summary() -> dict:
    """The year, in terms that do not depend on primary keys."""
    return {
        "balances": sorted(
            (str(a), a.balance) for a in Account.objects.select_related("member", "organisation")
        ),
        # A redeemed voucher's memo is its number, a primary key: left out.
        "transfers": Counter(
            (category, at, "" if memo.startswith("#") else memo)
            for category, at, memo in Transfer.objects.values_list("category", "created_at", "memo")
        ),
        "vouchers": Counter(Voucher.objects.values_list("state", "amount")),
    }


def _generated(seed: int) -> dict:
    with transaction.atomic():
        generate(members=SIZE, seed=seed, now=NOW)
        summary = _summary()
        transaction.set_rollback(True)
    return summary


def test_the_same_seed_writes_the_same_year(db):
    first = _generated(5)
    assert first == _generated(5)
    assert first != _generated(6)
