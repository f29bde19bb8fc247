"""The keepers' side of the library: new items (staff), editing, photos, handing out and
taking back (staff, or the member who owns the item), the desk and what is overdue (staff).
"""

from datetime import timedelta

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from nabij.community.access import place_view
from nabij.community.choices import STAFF_ROLES, RoleKind
from nabij.community.models import Member, Organisation
from nabij.community.selectors import members_of_place
from nabij.community.views.common import paginate, pick_candidates, posted, render_place
from nabij.errors import DomainError
from nabij.ledger.models import Currency
from nabij.sharing import services
from nabij.sharing.forms import (
    HandOutForm,
    ItemForm,
    LendForm,
    PhotoForm,
    ReturnForm,
    day_start,
    item_initial,
)
from nabij.sharing.models import Item
from nabij.sharing.selectors import (
    loan_open,
    loans_open,
    loans_overdue,
    reservations_booked,
    reservations_to_hand_out,
)
from nabij.sharing.services.loans import loan_overdue_days
from nabij.sharing.views.common import is_staff, kept_item_or_403

MEMBERS = RoleKind.values

# Uploads above this are refused by the service with a clear message; the form reads them
# whole, so the web server's body limit should sit a little above it.
UPLOAD_READ_LIMIT = 9 * 1024 * 1024


def _upload(form, name: str) -> bytes | None:
    upload = form.cleaned_data.get(name)
    if not upload:
        return None
    return upload.read(UPLOAD_READ_LIMIT)


def _item_url(request: HttpRequest, item: Item):
    """Back to the item, or to "Mijn spullen" when the owner came from there."""
    if request.POST.get("next") == "my_items":
        return redirect("sharing:my_items", slug=request.place.slug)
    return redirect("sharing:item", slug=request.place.slug, pk=item.pk)


def _chosen(request: HttpRequest) -> Member | Organisation | None:
    """The owner picked on the first step: ?person=<pk> or ?organisation=<pk>."""
    person, organisation = request.GET.get("person", ""), request.GET.get("organisation", "")
    if person.isdigit():
        return members_of_place(request.place).filter(pk=int(person)).first()
    if organisation.isdigit():
        return request.place.organisations.filter(pk=int(organisation)).first()
    return None


@place_view(*STAFF_ROLES)
def item_new(request: HttpRequest) -> HttpResponse:
    owner = _chosen(request)
    if owner is None:
        query, candidates = pick_candidates(request, members_of_place(request.place))
        return render_place(
            request,
            "sharing/item_owner.html",
            {
                "query": query,
                "candidates": candidates,
                "organisations": request.place.organisations.all(),
            },
        )
    currencies = list(Currency.objects.filter(place=request.place))
    form = ItemForm(posted(request), request.FILES or None, currencies=currencies)
    if request.method == "POST" and form.is_valid():
        is_member = isinstance(owner, Member)
        try:
            item = services.item_register(
                actor=request.actor,
                place=request.place,
                owner_member=owner if is_member else None,
                owner_organisation=None if is_member else owner,
                photo=_upload(form, "photo"),
                photo_alt=form.cleaned_data["photo_alt"],
                **form.item_fields(),
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("%(item)s staat in de catalogus.") % {"item": item.name})
            return _item_url(request, item)
    return render_place(request, "sharing/item_new.html", {"form": form, "owner": owner})


@place_view(*MEMBERS)
def item_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Change the name, description, kind, condition, rules, deposit or pickup place."""
    item = kept_item_or_403(request, pk)
    currencies = list(Currency.objects.filter(place=request.place))
    form = ItemForm(
        posted(request), currencies=currencies, initial=item_initial(item), with_photo=False
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.item_update(
                actor=request.actor, place=request.place, item=item, **form.item_fields()
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(
                request, _("De gegevens van %(item)s zijn bewaard.") % {"item": item.name}
            )
            return _item_url(request, item)
    return render_place(request, "sharing/item_edit.html", {"form": form, "item": item})


@place_view(*MEMBERS)
def photo_add(request: HttpRequest, pk: int) -> HttpResponse:
    item = kept_item_or_403(request, pk)
    form = PhotoForm(posted(request), request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.photo_add(
                actor=request.actor,
                place=request.place,
                item=item,
                upload=_upload(form, "photo"),
                alt=form.cleaned_data["alt"],
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("De foto is toegevoegd."))
            return _item_url(request, item)
    return render_place(request, "sharing/photo_add.html", {"form": form, "item": item})


@place_view(*MEMBERS)
@require_POST
def retire(request: HttpRequest, pk: int) -> HttpResponse:
    item = kept_item_or_403(request, pk)
    active = request.POST.get("active") == "1"
    try:
        services.item_retire(actor=request.actor, place=request.place, item=item, active=active)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            _("%(item)s wordt weer uitgeleend.") % {"item": item.name}
            if active
            else _("%(item)s wordt niet meer uitgeleend.") % {"item": item.name},
        )
    return _item_url(request, item)


def _check_out_page(request, item, hand_out=None, lend=None, borrower=None) -> HttpResponse:
    now = timezone.now()
    booked = reservations_booked(item, now=now)
    query, candidates = "", []
    if is_staff(request):
        query, candidates = pick_candidates(request, members_of_place(request.place))
    return render_place(
        request,
        "sharing/check_out.html",
        {
            "staff": is_staff(request),
            "item": item,
            "booked": list(booked),
            "hand_out": hand_out or HandOutForm(reservations=booked),
            "lend": lend or LendForm(initial={"due_on": timezone.localdate(now) + timedelta(7)}),
            "borrower": borrower,
            "query": query,
            "candidates": candidates,
            "loan": loan_open(item),
        },
    )


@place_view(*MEMBERS)
def check_out(request: HttpRequest, pk: int) -> HttpResponse:
    """Hand the item out: on one of its reservations, or (staff) directly to someone. An
    owner hands out on reservations only: they do not search the place's members."""
    item = kept_item_or_403(request, pk, retired=False)
    person = request.POST.get("person") or request.GET.get("person", "")
    borrower = (
        members_of_place(request.place).filter(pk=int(person)).first()
        if str(person).isdigit() and is_staff(request)
        else None
    )
    if request.method != "POST":
        return _check_out_page(request, item, borrower=borrower)
    now = timezone.now()
    if borrower is not None:
        lend = LendForm(request.POST)
        if lend.is_valid():
            try:
                services.loan_check_out(
                    actor=request.actor,
                    place=request.place,
                    item=item,
                    borrower=borrower,
                    due_at=lend.due_at(),
                    deposit_held=lend.cleaned_data["deposit_held"],
                    now=now,
                )
            except DomainError as error:
                lend.add_domain_error(error)
            else:
                return _lent(request, item, borrower)
        return _check_out_page(request, item, lend=lend, borrower=borrower)
    hand_out = HandOutForm(request.POST, reservations=reservations_booked(item, now=now))
    if hand_out.is_valid():
        reservation = hand_out.cleaned_data["reservation"]
        try:
            services.loan_check_out(
                actor=request.actor,
                place=request.place,
                item=item,
                reservation=reservation,
                deposit_held=hand_out.cleaned_data["deposit_held"],
                now=now,
            )
        except DomainError as error:
            hand_out.add_domain_error(error)
        else:
            return _lent(request, item, reservation.member)
    return _check_out_page(request, item, hand_out=hand_out)


def _lent(request: HttpRequest, item: Item, borrower: Member) -> HttpResponse:
    messages.success(
        request,
        _("%(item)s is uitgeleend aan %(name)s.")
        % {"item": item.name, "name": borrower.display_name},
    )
    return _item_url(request, item)


@place_view(*MEMBERS)
def take_back(request: HttpRequest, pk: int) -> HttpResponse:
    item = kept_item_or_403(request, pk)
    loan = loan_open(item)
    form = ReturnForm(posted(request), initial={"condition": item.condition})
    if request.method == "POST" and form.is_valid():
        try:
            services.loan_return(
                actor=request.actor,
                place=request.place,
                item=item,
                condition=form.cleaned_data["condition"],
                note=form.cleaned_data["note"],
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("%(item)s is terug.") % {"item": item.name})
            return _item_url(request, item)
    return render_place(
        request, "sharing/take_back.html", {"form": form, "item": item, "loan": loan}
    )


@place_view(*STAFF_ROLES)
def desk(request: HttpRequest) -> HttpResponse:
    """The lending desk today: what to hand out, what is out, what is late."""
    now = timezone.now()
    tomorrow = day_start(timezone.localdate(now) + timedelta(days=1))
    return render_place(
        request,
        "sharing/desk.html",
        {
            "to_hand_out": reservations_to_hand_out(request.place, now=now, until=tomorrow),
            "out": loans_open(request.place),
            "now": now,
        },
    )


@place_view(*STAFF_ROLES)
def overdue(request: HttpRequest) -> HttpResponse:
    now = timezone.now()
    page = paginate(
        request,
        loans_overdue(request.place, now=now).select_related("borrower__contact_worker"),
        50,
    )
    for loan in page:
        loan.days_late = loan_overdue_days(loan, now=now)
    return render_place(request, "sharing/overdue.html", {"page": page, "now": now})
