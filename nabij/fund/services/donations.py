"""Money in: gifts recorded by staff, each with a receipt number; monthly pledges, which
can be stopped but are never deleted."""

from datetime import date, datetime

from django.db import transaction
from django.db.models import Max
from django.utils.formats import date_format

from nabij.community.models import Member, Place
from nabij.errors import DomainError
from nabij.fund.amounts import to_cents
from nabij.fund.choices import DonationChannel
from nabij.fund.errors import FundError
from nabij.fund.models import Donation, Fund, Pledge

from .common import lock_fund, now_or, require_own, require_staff, today

DONOR_LIMIT = 120
NOTE_LIMIT = 300


def _donor(name: str | None) -> str:
    return (name or "").strip()[:DONOR_LIMIT]


def _check_fund(fund: Fund, place: Place) -> None:
    if fund.place_id != place.pk:
        raise DomainError(FundError.OTHER_FUND)


def pledge_create(
    *,
    actor: Member,
    place: Place,
    fund: Fund,
    monthly_amount: str | int,
    starts_on: date,
    ends_on: date | None = None,
    donor_name: str = "",
    now: datetime | None = None,
) -> Pledge:
    """A promise to give every month; each gift is then recorded with `donation_record`."""
    now = now_or(now)
    require_staff(actor, place)
    _check_fund(fund, place)
    cents = to_cents(monthly_amount, zero=FundError.ZERO_AMOUNT)
    if ends_on is not None and ends_on < starts_on:
        raise DomainError(FundError.DATES_REVERSED, field="ends_on")
    return Pledge.objects.create(
        place=place,
        fund=fund,
        donor_name=_donor(donor_name),
        monthly_cents=cents,
        starts_on=starts_on,
        ends_on=ends_on,
        created_by=actor,
        created_at=now,
    )


def donation_record(
    *,
    actor: Member,
    place: Place,
    fund: Fund,
    amount: str | int,
    received_on: date,
    donor_name: str = "",
    pledge: Pledge | None = None,
    channel: str = DonationChannel.BANK,
    note: str = "",
    now: datetime | None = None,
) -> Donation:
    """Staff record a gift received. An empty donor name keeps it anonymous; names are
    never published. The receipt number is the fund's next one."""
    now = now_or(now)
    require_staff(actor, place)
    _check_fund(fund, place)
    cents = to_cents(amount, zero=FundError.ZERO_AMOUNT)
    if received_on > today(now):
        raise DomainError(FundError.DATE_IN_FUTURE, field="received_on")
    if channel not in DonationChannel.values:
        raise DomainError(FundError.AMOUNT_INVALID, field="channel")
    name = _donor(donor_name)
    if pledge is not None:
        require_own(pledge, fund, field="pledge")
    with transaction.atomic():
        lock_fund(fund)
        if pledge is not None:
            # Read again under the fund's lock: the pledge may have stopped meanwhile.
            pledge = Pledge.objects.get(pk=pledge.pk)
            if received_on < pledge.starts_on or (
                pledge.ends_on is not None and received_on > pledge.ends_on
            ):
                raise DomainError(FundError.PLEDGE_ENDED, field="received_on")
            name = name or pledge.donor_name
        last = Donation.objects.filter(fund=fund).aggregate(n=Max("receipt_number"))["n"]
        return Donation.objects.create(
            place=place,
            fund=fund,
            receipt_number=(last or 0) + 1,
            donor_name=name,
            pledge=pledge,
            amount_cents=cents,
            received_on=received_on,
            channel=channel,
            note=(note or "").strip()[:NOTE_LIMIT],
            recorded_by=actor,
            recorded_at=now,
        )


def _day(day: date) -> str:
    return date_format(day, "SHORT_DATE_FORMAT")


def pledge_stop(
    *,
    actor: Member,
    place: Place,
    pledge: Pledge,
    last_day: date,
    now: datetime | None = None,
) -> Pledge:
    """The donor stops giving: `last_day` becomes the pledge's last day. The pledge and
    its gifts stay; gifts after that day no longer belong to it. A pledge is stopped
    once, never before its first day or before a gift already recorded for it, and
    never later than an end it already had."""
    now = now_or(now)
    require_staff(actor, place)
    if pledge.place_id != place.pk:
        raise DomainError(FundError.OTHER_FUND)
    with transaction.atomic():
        # The fund's lock: no gift is recorded for this pledge while it stops.
        lock_fund(pledge.fund)
        pledge = Pledge.objects.select_for_update().get(pk=pledge.pk)
        if pledge.is_stopped:
            raise DomainError(FundError.PLEDGE_ALREADY_STOPPED)
        if last_day < pledge.starts_on:
            raise DomainError(
                FundError.PLEDGE_STOP_BEFORE_START, field="last_day", start=_day(pledge.starts_on)
            )
        if pledge.ends_on is not None and last_day > pledge.ends_on:
            raise DomainError(
                FundError.PLEDGE_STOP_AFTER_END, field="last_day", end=_day(pledge.ends_on)
            )
        latest = pledge.donations.aggregate(d=Max("received_on"))["d"]
        if latest is not None and last_day < latest:
            raise DomainError(FundError.PLEDGE_STOP_BEFORE_GIFT, field="last_day", day=_day(latest))
        pledge.ends_on = last_day
        pledge.stopped_by = actor
        pledge.stopped_at = now
        pledge.save(update_fields=["ends_on", "stopped_by", "stopped_at"])
        return pledge
