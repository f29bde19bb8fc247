"""The members' side of the library: the catalogue, an item's calendar and booking,
photos, the waiting list, and one's own loans and reservations."""

from datetime import date, datetime, timedelta

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from nabij.community.access import place_view
from nabij.community.choices import RoleKind
from nabij.community.models import Member
from nabij.community.selectors import members_of_place
from nabij.community.views.common import paginate, pick_candidates, render_place
from nabij.errors import DomainError
from nabij.sharing import services
from nabij.sharing.calendar import Period, month_bounds, month_grid
from nabij.sharing.choices import ReservationState
from nabij.sharing.forms import CatalogueFilter, ReserveForm, day_start
from nabij.sharing.models import Item, ItemPhoto, Reservation, WaitingEntry
from nabij.sharing.selectors import (
    items_catalogue,
    items_of_owner,
    loan_open,
    loans_of_member,
    reservations_between,
    reservations_booked,
    reservations_of_member,
    waiting_of_item,
    waiting_of_member,
)
from nabij.sharing.views.common import is_owner, is_staff, item_or_404

MEMBERS = RoleKind.values


@place_view(*MEMBERS)
def catalogue(request: HttpRequest) -> HttpResponse:
    form = CatalogueFilter(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    items = items_catalogue(
        request.place,
        now=timezone.now(),
        query=filters.get("q", "").strip(),
        category=filters.get("category", ""),
        available_only=bool(filters.get("free")),
    )
    query = request.GET.copy()
    query.pop("page", None)
    return render_place(
        request,
        "sharing/catalogue.html",
        {
            "form": form,
            "page": paginate(request, items, 30),
            "query": query.urlencode(),
            "staff": is_staff(request),
        },
    )


def _month(request: HttpRequest) -> date:
    """?maand=2026-11, or this month."""
    try:
        year, month = (int(part) for part in request.GET.get("maand", "").split("-"))
        return date(year, month, 1)
    except ValueError:
        return timezone.localdate().replace(day=1)


def _last_day(moment: datetime) -> date:
    # A period ending at midnight does not take the day that starts then.
    return timezone.localdate(moment - timedelta(microseconds=1))


def _periods(request: HttpRequest, item: Item, first: date, staff: bool) -> list[Period]:
    start, end = month_bounds(first)
    rows = reservations_between(item, day_start(start), day_start(end))
    return [
        Period(
            first=timezone.localdate(r.starts_at),
            last=_last_day(r.ends_at),
            label=r.member.display_name if staff else "",
            mine=request.actor is not None and r.member_id == request.actor.pk,
            lent=r.state != ReservationState.BOOKED,
        )
        for r in rows
    ]


def _chosen_person(request: HttpRequest, source) -> Member | None:
    pk = source.get("person", "") or source.get("member", "")
    if not str(pk).isdigit():
        return None
    return members_of_place(request.place).filter(pk=int(pk)).first()


def item_page(
    request: HttpRequest, item: Item, form: ReserveForm | None = None, status: int = 200
) -> HttpResponse:
    staff = is_staff(request)
    now = timezone.now()
    first = _month(request)
    person = _chosen_person(request, request.POST if request.method == "POST" else request.GET)
    query, candidates = pick_candidates(request, members_of_place(request.place))
    booked = list(reservations_booked(item, now=now))
    waiting = list(waiting_of_item(item))
    actor_pk = request.actor.pk if request.actor else None
    loan = loan_open(item)
    return render_place(
        request,
        "sharing/item_detail.html",
        {
            "item": item,
            "photos": list(ItemPhoto.objects.filter(item=item).defer("data")),
            "month": month_grid(
                first, _periods(request, item, first, staff), today=timezone.localdate(now)
            ),
            "form": form or ReserveForm(),
            "staff": staff,
            "keeper": staff or is_owner(request, item),
            "person": person,
            "query": query,
            "candidates": candidates,
            "loan": loan,
            "booked": booked if staff else [r for r in booked if r.member_id == actor_pk],
            "waiting": waiting,
            "my_wait": next((w for w in waiting if w.member_id == actor_pk), None),
            "busy": bool(booked) or loan is not None,
        },
        status=status,
    )


@place_view(*MEMBERS)
def item_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return item_page(request, item_or_404(request, pk))


@place_view(*MEMBERS)
@require_POST
def reserve(request: HttpRequest, pk: int) -> HttpResponse:
    """Book days on the calendar: for oneself, or (a worker) for the person chosen."""
    item = item_or_404(request, pk)
    form = ReserveForm(request.POST)
    member = request.actor
    if is_staff(request):
        member = _chosen_person(request, request.POST) or request.actor
    if form.is_valid():
        starts_at, ends_at = form.period()
        try:
            services.reservation_book(
                actor=request.actor,
                place=request.place,
                item=item,
                member=member,
                starts_at=starts_at,
                ends_at=ends_at,
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(
                request,
                _("%(item)s is gereserveerd voor %(name)s.")
                % {"item": item.name, "name": member.display_name},
            )
            url = reverse("sharing:item", kwargs={"slug": request.place.slug, "pk": item.pk})
            return redirect(f"{url}?maand={form.cleaned_data['starts_on']:%Y-%m}")
    return item_page(request, item, form)


@place_view(*MEMBERS)
@require_POST
def wait(request: HttpRequest, pk: int) -> HttpResponse:
    item = item_or_404(request, pk)
    member = request.actor
    if is_staff(request):
        member = _chosen_person(request, request.POST) or request.actor
    try:
        entry = services.waiting_join(
            actor=request.actor, place=request.place, item=item, member=member
        )
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            _("%(name)s staat op de wachtlijst, als nummer %(position)s.")
            % {
                "name": member.display_name,
                "position": waiting_of_item(item).filter(position__lte=entry.position).count(),
            },
        )
    return redirect("sharing:item", slug=request.place.slug, pk=item.pk)


@place_view(*MEMBERS)
def photo(request: HttpRequest, pk: int) -> HttpResponse:
    """A photo of an item of this place, for members of the place only."""
    found = (
        ItemPhoto.objects.filter(pk=pk, item__place=request.place)
        .values_list("data", "content_type")
        .first()
    )
    if found is None:
        raise Http404
    data, content_type = found
    response = HttpResponse(bytes(data), content_type=content_type)
    response["Cache-Control"] = "private, max-age=86400"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@place_view(*MEMBERS)
def mine(request: HttpRequest) -> HttpResponse:
    """What I borrowed, what I booked, what I wait for."""
    now = timezone.now()
    loans = list(loans_of_member(request.actor, request.place)[:50])
    return render_place(
        request,
        "sharing/mine.html",
        {
            "open_loans": [loan for loan in loans if loan.returned_at is None],
            "past_loans": [loan for loan in loans if loan.returned_at is not None],
            "reservations": reservations_of_member(request.actor, request.place, now=now),
            "waiting": waiting_of_member(request.actor, request.place),
            "now": now,
        },
    )


@place_view(*MEMBERS)
@require_POST
def cancel(request: HttpRequest, pk: int) -> HttpResponse:
    reservation = (
        Reservation.objects.filter(pk=pk, place=request.place).select_related("member").first()
    )
    if reservation is None:
        raise Http404
    try:
        services.reservation_cancel(
            actor=request.actor, place=request.place, reservation=reservation
        )
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("De reservatie is geannuleerd."))
    back = request.POST.get("next", "")
    if back == "item":
        return redirect("sharing:item", slug=request.place.slug, pk=reservation.item_id)
    return redirect("sharing:mine", slug=request.place.slug)


@place_view(*MEMBERS)
@require_POST
def wait_leave(request: HttpRequest, pk: int) -> HttpResponse:
    """Step off a waiting list: from the item page or from "Wat ik leen"."""
    entry = (
        WaitingEntry.objects.filter(pk=pk, place=request.place)
        .select_related("member", "item")
        .first()
    )
    if entry is None:
        raise Http404
    try:
        services.waiting_leave(actor=request.actor, place=request.place, entry=entry)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            _("%(name)s staat niet meer op de wachtlijst voor %(item)s.")
            % {"name": entry.member.display_name, "item": entry.item.name},
        )
    if request.POST.get("next") == "item":
        return redirect("sharing:item", slug=request.place.slug, pk=entry.item_id)
    return redirect("sharing:mine", slug=request.place.slug)


@place_view(*MEMBERS)
def my_items(request: HttpRequest) -> HttpResponse:
    """Mijn spullen: what I lend to the place, who has it or booked it, and the buttons
    to hand it out and take it back."""
    now = timezone.now()
    return render_place(
        request,
        "sharing/my_items.html",
        {"items": list(items_of_owner(request.actor, request.place, now=now)), "now": now},
    )
