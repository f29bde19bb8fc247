"""What the ledger adds to the cast: Rabot's currency and who holds it.

Rabot runs the Toreke: whole units, 10 Torekes = €1, issued by the neighbourhood centre,
members may hold 0 to 1,000. Koen (admin) started it.
- Buurtwerk Rabot is an earning partner (pays out for tasks), funded with 5,000.
- Mehmet's grocery (Kruidenier Mehmet) is a spending partner: it accepts Torekes; his
  partner role names it, so he may use its till (and no other partner's account).
- Amina holds 200, Jef 50, Youssef nothing yet.
The school runs a time bank, Uren (hours, two decimals, mutual credit down to -10).
"""

import uuid
from dataclasses import dataclass

import pytest
from django.apps import apps
from django.utils import timezone

from nabij.community.choices import RoleKind
from nabij.community.models import Organisation, OrganisationPlace, Place, Role
from nabij.ledger import services
from nabij.ledger.choices import AccountKind, CurrencyMode
from nabij.ledger.models import Account, Currency, Entry, Task, Transfer, Voucher


def key() -> str:
    """A fresh idempotency key, as a form draws one."""
    return uuid.uuid4().hex


def organisation(place: Place, name: str, kind: str) -> Organisation:
    found = Organisation.objects.create(name=name, kind=kind)
    OrganisationPlace.objects.create(place=place, organisation=found)
    return found


@dataclass
class Books:
    toreke: Currency
    issuance: Account
    fund: Account
    euro: Account
    liability: Account
    buurtwerk: Account  # earning partner
    grocery: Account  # spending partner, Mehmet's shop
    amina: Account
    jef: Account
    youssef: Account
    uren: Currency  # the school's time bank


def account(pk: int) -> Account:
    return Account.objects.get(pk=pk)


def balance(row: Account) -> int:
    return Account.objects.get(pk=row.pk).balance


@pytest.fixture
def books(cast) -> Books:
    now = timezone.now()
    toreke = services.currency_create(
        actor=cast.admin,
        place=cast.rabot,
        name="Toreke",
        symbol="T",
        mode=CurrencyMode.ISSUED,
        units_per_euro=10,
        default_min_balance=0,
        default_max_balance=1000,
        now=now,
    )
    open_ = dict(actor=cast.worker, place=cast.rabot, currency=toreke, now=now)
    buurtwerk = services.account_open(
        **open_,
        organisation=organisation(cast.rabot, "Buurtwerk Rabot", "nonprofit"),
        pays_out=True,
    )
    kruidenier = organisation(cast.rabot, "Kruidenier Mehmet", "shop")
    Role.objects.filter(place=cast.rabot, member=cast.shop, kind=RoleKind.PARTNER).update(
        organisation=kruidenier
    )
    grocery = services.account_open(**open_, organisation=kruidenier, accepts=True)
    amina = services.account_open(**open_, member=cast.resident)
    jef = services.account_open(**open_, member=cast.neighbour)
    youssef = services.account_open(**open_, member=cast.volunteer)
    issue = dict(actor=cast.worker, place=cast.rabot, currency=toreke, now=now)
    services.currency_issue(**issue, to_account=buurtwerk, amount=5000, idempotency_key=key())
    services.currency_issue(**issue, to_account=amina, amount=200, idempotency_key=key())
    services.currency_issue(**issue, to_account=jef, amount=50, idempotency_key=key())
    uren = services.currency_create(
        actor=_school_admin(cast),
        place=cast.school,
        name="Uren",
        symbol="u",
        mode=CurrencyMode.TIME,
        minor_units=2,
        default_min_balance=-10,
        now=now,
    )
    system = {
        a.kind: a for a in Account.objects.filter(currency=toreke, member=None, organisation=None)
    }
    return Books(
        toreke=toreke,
        issuance=system[AccountKind.ISSUANCE],
        fund=system[AccountKind.DEMURRAGE_FUND],
        euro=system[AccountKind.EURO_SETTLEMENT],
        liability=system[AccountKind.VOUCHER_LIABILITY],
        buurtwerk=account(buurtwerk.pk),
        grocery=account(grocery.pk),
        amina=account(amina.pk),
        jef=account(jef.pk),
        youssef=account(youssef.pk),
        uren=uren,
    )


def _school_admin(cast):
    Role.objects.get_or_create(
        place=cast.school,
        member=cast.school_worker,
        kind=RoleKind.ADMIN,
        defaults={"since": timezone.now()},
    )
    return cast.school_worker


def rows() -> dict[str, object]:
    """Everything a refused service could have half-changed: the row count of every
    ledger table, every balance and limit, and the state of transfers, vouchers, tasks."""
    counts: dict[str, object] = {
        model.__name__: model.objects.count()
        for model in apps.get_app_config("ledger").get_models()
    }
    counts["accounts"] = sorted(
        Account.objects.values_list("pk", "balance", "min_balance", "max_balance", "accepts")
    )
    counts["transfers"] = sorted(Transfer.objects.values_list("pk", "state"))
    counts["vouchers"] = sorted(Voucher.objects.values_list("pk", "state"))
    counts["tasks"] = sorted(Task.objects.values_list("pk", "state", "payment"))
    counts["entries"] = Entry.objects.count()
    return counts


def legs(transfer: Transfer) -> dict[int, int]:
    """A transfer's entries: account -> amount."""
    return dict(Entry.objects.filter(transfer=transfer).values_list("account_id", "amount"))
