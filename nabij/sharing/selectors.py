"""Reads of the library of things."""

from datetime import datetime

from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet, Subquery

from nabij.community.models import Member, Place
from nabij.sharing.choices import HOLDING_STATES, ReservationState, WaitState
from nabij.sharing.models import Item, ItemPhoto, Loan, Reservation, WaitingEntry


def _open_loan() -> Exists:
    return Exists(Loan.objects.filter(item=OuterRef("pk"), returned_at__isnull=True))


def _held_at(moment: datetime) -> Exists:
    return Exists(
        Reservation.objects.filter(
            item=OuterRef("pk"),
            state__in=HOLDING_STATES,
            starts_at__lte=moment,
            ends_at__gt=moment,
        )
    )


def items_catalogue(
    place: Place,
    *,
    now: datetime,
    query: str = "",
    category: str = "",
    available_only: bool = False,
    include_retired: bool = False,
) -> QuerySet[Item]:
    """The place's items with `is_out` (lent), `is_free` (neither lent nor booked now)
    and `photo_id` (the first photo, if any), in one query."""
    items = Item.objects.filter(place=place)
    if not include_retired:
        items = items.filter(active=True)
    if query:
        items = items.filter(Q(name__icontains=query) | Q(description__icontains=query))
    if category:
        items = items.filter(category=category)
    first_photo = ItemPhoto.objects.filter(item=OuterRef("pk")).order_by("pk").values("pk")[:1]
    items = items.annotate(
        is_out=_open_loan(), is_held=_held_at(now), photo_id=Subquery(first_photo)
    )
    if available_only:
        items = items.filter(is_out=False, is_held=False)
    return items.select_related("owner_member", "owner_organisation").order_by("name", "pk")


def item_of_place(place: Place, pk: int) -> Item | None:
    return (
        Item.objects.filter(place=place, pk=pk)
        .select_related("owner_member", "owner_organisation", "deposit_currency")
        .first()
    )


def reservations_between(item: Item, start: datetime, end: datetime) -> QuerySet[Reservation]:
    """Reservations of the item that hold it, or held it, some time in [start, end)."""
    return (
        Reservation.objects.filter(item=item, starts_at__lt=end, ends_at__gt=start)
        .exclude(state=ReservationState.CANCELLED)
        .select_related("member")
        .order_by("starts_at", "pk")
    )


def reservations_booked(item: Item, *, now: datetime) -> QuerySet[Reservation]:
    """Periods booked and not yet picked up, still running or to come."""
    return (
        Reservation.objects.filter(item=item, state=ReservationState.BOOKED, ends_at__gt=now)
        .select_related("member")
        .order_by("starts_at", "pk")
    )


def loan_open(item: Item) -> Loan | None:
    return (
        Loan.objects.filter(item=item, returned_at__isnull=True)
        .select_related("borrower", "reservation")
        .first()
    )


def loans_open(place: Place) -> QuerySet[Loan]:
    return (
        Loan.objects.filter(place=place, returned_at__isnull=True)
        .select_related("item", "borrower")
        .order_by("due_at", "pk")
    )


def loans_overdue(place: Place, *, now: datetime) -> QuerySet[Loan]:
    """Loans not back by their due moment."""
    return loans_open(place).filter(due_at__lt=now)


def reservations_to_hand_out(place: Place, *, now: datetime, until: datetime) -> QuerySet:
    """Booked periods that start before `until` and have not ended: what the desk hands out."""
    return (
        Reservation.objects.filter(
            place=place, state=ReservationState.BOOKED, starts_at__lt=until, ends_at__gt=now
        )
        .select_related("item", "member")
        .order_by("starts_at", "pk")
    )


def reservations_of_member(member: Member, place: Place, *, now: datetime) -> QuerySet:
    return (
        Reservation.objects.filter(
            place=place, member=member, state=ReservationState.BOOKED, ends_at__gt=now
        )
        .select_related("item")
        .order_by("starts_at", "pk")
    )


def loans_of_member(member: Member, place: Place) -> QuerySet[Loan]:
    return (
        Loan.objects.filter(place=place, borrower=member)
        .select_related("item")
        .order_by("-lent_at", "-pk")
    )


def waiting_of_item(item: Item) -> QuerySet[WaitingEntry]:
    return (
        WaitingEntry.objects.filter(item=item, state=WaitState.WAITING)
        .select_related("member")
        .order_by("position")
    )


def waiting_of_member(member: Member, place: Place) -> QuerySet[WaitingEntry]:
    return (
        WaitingEntry.objects.filter(place=place, member=member, state=WaitState.WAITING)
        .select_related("item")
        .order_by("joined_at", "pk")
    )


def items_of_owner(member: Member, place: Place, *, now: datetime) -> QuerySet[Item]:
    """The member's own items (lent out or not), each with `open_loans` (at most one, with
    the borrower), `upcoming` (booked periods still to come) and `waiting_count`: in three
    queries whatever the number of items."""
    open_loans = Loan.objects.filter(returned_at__isnull=True).select_related("borrower")
    upcoming = (
        Reservation.objects.filter(state=ReservationState.BOOKED, ends_at__gt=now)
        .select_related("member")
        .order_by("starts_at", "pk")
    )
    return (
        Item.objects.filter(place=place, owner_member=member)
        .annotate(
            waiting_count=Count(
                "waiting_entries", filter=Q(waiting_entries__state=WaitState.WAITING)
            )
        )
        .prefetch_related(
            Prefetch("loans", queryset=open_loans, to_attr="open_loans"),
            Prefetch("reservations", queryset=upcoming, to_attr="upcoming"),
        )
        .order_by("-active", "name", "pk")
    )
