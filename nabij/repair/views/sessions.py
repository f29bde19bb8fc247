"""The sessions of a place's repair café, and the page used at the door of one."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _

from nabij.community import services as community_services
from nabij.community.access import place_view
from nabij.community.choices import STAFF_ROLES, EventKind
from nabij.community.selectors import members_of_place
from nabij.community.views.common import paginate, pick_candidates, posted, render_place
from nabij.errors import DomainError
from nabij.repair import services
from nabij.repair.errors import RepairError
from nabij.repair.forms import IntakeForm, SessionForm
from nabij.repair.selectors import items_of_session, repair_totals, sessions_split
from nabij.repair.views.common import RECORDERS, event_of_place


@place_view(*RECORDERS)
def session_list(request: HttpRequest) -> HttpResponse:
    is_staff = bool(request.roles & STAFF_ROLES)
    form = SessionForm(posted(request)) if is_staff else None
    if request.method == "POST" and form is not None and form.is_valid():
        try:
            event = community_services.event_create(
                actor=request.actor,
                place=request.place,
                kind=EventKind.REPAIR_CAFE,
                **form.cleaned_data,
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("De sessie staat in de agenda."))
            return redirect("repair:session_detail", slug=request.place.slug, pk=event.pk)
    upcoming, past = sessions_split(request.place, now=timezone.now())
    return render_place(
        request,
        "repair/session_list.html",
        {"form": form, "upcoming": upcoming, "page": paginate(request, past, per_page=20)},
    )


def _owner(request: HttpRequest, pk: int | None):
    """The registered member who brought the item, if one was chosen."""
    if pk is None:
        return None
    owner = members_of_place(request.place).filter(pk=pk).first()
    if owner is None:
        raise DomainError(RepairError.OWNER_NOT_HERE)
    return owner


@place_view(*RECORDERS)
def session_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """At the door: write down each item as it comes in; the list below goes to the fixers."""
    event = event_of_place(request, pk)
    form = IntakeForm(posted(request), initial={"owner": request.GET.get("owner")})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            item = services.item_record(
                actor=request.actor,
                place=request.place,
                event=event,
                category=data["category"],
                description=data["description"],
                weight_grams=data["weight_grams"],
                owner=_owner(request, data["owner"]),
                note=data["note"],
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("“%(item)s” staat op de lijst.") % {"item": item})
            return redirect("repair:session_detail", slug=request.place.slug, pk=event.pk)
    owner_pk = form["owner"].value()
    owner = members_of_place(request.place).filter(pk=owner_pk).first() if owner_pk else None
    query, candidates = pick_candidates(request, members_of_place(request.place))
    return render_place(
        request,
        "repair/session_detail.html",
        {
            "event": event,
            "is_repair_cafe": event.kind == EventKind.REPAIR_CAFE,
            "form": form,
            "owner": owner,
            "query": query,
            "candidates": candidates,
            "items": items_of_session(event),
            "totals": repair_totals(request.place, event=event),
        },
    )
