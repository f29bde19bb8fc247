"""An admin starts a currency; it comes with its system accounts, and accounts open with
its limits."""

from decimal import Decimal

from nabij.ledger import services
from nabij.ledger.choices import AccountKind, CurrencyMode
from nabij.ledger.models import Account


def test_a_currency_comes_with_its_four_system_accounts(cast, books):
    system = {
        a.kind: (a.balance, a.min_balance, a.max_balance)
        for a in Account.objects.filter(currency=books.toreke, member=None, organisation=None)
    }

    assert system == {
        AccountKind.ISSUANCE: (-5250, None, 0),
        AccountKind.DEMURRAGE_FUND: (0, 0, None),
        AccountKind.EURO_SETTLEMENT: (0, 0, None),
        AccountKind.VOUCHER_LIABILITY: (0, 0, None),
    }
    assert books.toreke.units_per_euro == Decimal(10)


def test_a_time_bank_lets_members_go_into_credit(cast, books):
    parent = services.account_open(
        actor=cast.school_worker, place=cast.school, currency=books.uren, member=cast.pupil_parent
    )

    assert books.uren.mode == CurrencyMode.TIME
    assert (parent.min_balance, parent.max_balance) == (-1000, None)


def test_a_shop_account_has_no_ceiling(cast, books):
    assert (books.grocery.min_balance, books.grocery.max_balance) == (0, None)
    assert books.grocery.accepts and not books.grocery.pays_out


def test_opening_twice_returns_the_same_account(cast, books):
    again = services.account_open(
        actor=cast.worker, place=cast.rabot, currency=books.toreke, member=cast.resident
    )

    assert again.pk == books.amina.pk
