"""Reads the currency pages need beyond nabij.ledger.selectors: the totals of a currency,
the accounts list, and which partner accounts a person may use."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db.models import Count, Q, QuerySet, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone

from nabij.community.choices import STAFF_ROLES, RoleKind
from nabij.community.models import Member, Place, Role
from nabij.ledger.choices import SYSTEM_KINDS, AccountKind, TaskState, VoucherState
from nabij.ledger.models import Account, Currency, Task, Voucher
from nabij.ledger.selectors import partner_accounts

# What the accounts list can show: members, partners or the system's own accounts.
KIND_FILTERS = {
    "member": Q(kind=AccountKind.MEMBER),
    "organisation": Q(kind=AccountKind.ORGANISATION),
    "system": Q(kind__in=SYSTEM_KINDS),
}


@dataclass(frozen=True)
class Totals:
    """A currency at a glance; amounts in minor units."""

    issued: int  # brought into circulation and not taken back (issued currencies)
    members_hold: int
    member_accounts: int
    partners_hold: int
    partner_accounts: int
    vouchers_amount: int  # paper money still out there
    vouchers_count: int
    settled: int  # changed to euros so far
    fund: int  # the community fund fed by demurrage
    open_tasks: int


def currency_totals(currency: Currency) -> Totals:
    """Three queries, however many accounts."""
    by_kind = {
        row["kind"]: row
        for row in Account.objects.filter(currency=currency)
        .values("kind")
        .annotate(n=Count("pk"), total=Coalesce(Sum("balance"), 0))
        .order_by()
    }

    def total(kind: AccountKind) -> int:
        return by_kind.get(kind, {}).get("total", 0)

    def count(kind: AccountKind) -> int:
        return by_kind.get(kind, {}).get("n", 0)

    vouchers = Voucher.objects.filter(
        batch__currency=currency, state=VoucherState.OUTSTANDING
    ).aggregate(n=Count("pk"), total=Coalesce(Sum("amount"), 0))
    return Totals(
        issued=-total(AccountKind.ISSUANCE),
        members_hold=total(AccountKind.MEMBER),
        member_accounts=count(AccountKind.MEMBER),
        partners_hold=total(AccountKind.ORGANISATION),
        partner_accounts=count(AccountKind.ORGANISATION),
        vouchers_amount=vouchers["total"],
        vouchers_count=vouchers["n"],
        settled=total(AccountKind.EURO_SETTLEMENT),
        fund=total(AccountKind.DEMURRAGE_FUND),
        open_tasks=Task.objects.filter(currency=currency, state=TaskState.OPEN).count(),
    )


def accounts_listed(currency: Currency, *, kind: str = "", query: str = "") -> QuerySet[Account]:
    """The accounts of a currency with their owners (one query per page, however long)."""
    rows = Account.objects.filter(currency=currency).select_related("member", "organisation")
    if kind in KIND_FILTERS:
        rows = rows.filter(KIND_FILTERS[kind])
    if query:
        rows = rows.filter(
            Q(member__display_name__icontains=query) | Q(organisation__name__icontains=query)
        )
    return rows.order_by("kind", "member__display_name", "organisation__name", "pk")


def account_in_place(place: Place, pk: int) -> Account | None:
    return (
        Account.objects.filter(place=place, pk=pk)
        .select_related("currency", "member", "organisation")
        .first()
    )


def is_staff(roles: frozenset[str]) -> bool:
    return bool(roles & STAFF_ROLES)


def partner_organisations(member: Member, place: Place) -> list[int]:
    """The organisations someone runs as a partner of this place (a shop, the garden)."""
    return list(
        Role.objects.filter(
            place=place, member=member, kind=RoleKind.PARTNER, organisation__isnull=False
        ).values_list("organisation_id", flat=True)
    )


def usable_partner_accounts(
    *,
    member: Member,
    place: Place,
    roles: frozenset[str],
    currency: Currency,
    accepts: bool | None = None,
    pays_out: bool | None = None,
) -> QuerySet[Account]:
    """Partner accounts someone may use on a page: staff any of the place's; a partner only
    those of their own organisations."""
    rows = partner_accounts(currency, accepts=accepts, pays_out=pays_out)
    if is_staff(roles):
        return rows
    return rows.filter(organisation_id__in=partner_organisations(member, place))


def own_partner_accounts(member: Member, place: Place) -> QuerySet[Account]:
    """Every account of the organisations someone runs, in every currency of the place."""
    return (
        Account.objects.filter(
            place=place,
            kind=AccountKind.ORGANISATION,
            organisation_id__in=partner_organisations(member, place),
        )
        .select_related("currency", "organisation")
        .order_by("currency", "organisation__name")
    )


def member_accounts(member: Member, place: Place) -> QuerySet[Account]:
    return (
        Account.objects.filter(place=place, member=member)
        .select_related("currency", "member")
        .order_by("currency")
    )


def day_start(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def period(start: date | None, end: date | None) -> tuple[datetime | None, datetime | None]:
    """A statement's days as moments: from the start of `start` up to the end of `end`."""
    return (
        day_start(start) if start else None,
        day_start(end + timedelta(days=1)) if end else None,
    )
