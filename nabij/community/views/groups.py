from django.contrib import messages
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from nabij.community import services
from nabij.community.access import place_view
from nabij.community.choices import STAFF_ROLES
from nabij.community.errors import CommunityError
from nabij.community.forms import EventForm, GroupForm, MemberPickForm
from nabij.community.models import Event, Group
from nabij.community.selectors import members_of_place
from nabij.community.views.common import paginate, pick_candidates, posted, render_place
from nabij.errors import DomainError


@place_view(*STAFF_ROLES)
def group_list(request: HttpRequest) -> HttpResponse:
    form = GroupForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            group = services.group_create(
                actor=request.actor, place=request.place, **form.cleaned_data
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("De groep is aangemaakt."))
            return redirect("community:group_detail", slug=request.place.slug, pk=group.pk)
    # A grouped query drops Meta.ordering: name the order, or pages shuffle between requests.
    groups = request.place.groups.annotate(size=Count("memberships")).order_by("name", "pk")
    return render_place(
        request, "community/group_list.html", {"form": form, "page": paginate(request, groups)}
    )


def pick_post(request: HttpRequest, add, *, done: str | None = None) -> None:
    """Handle the POST of a pick-a-person button: call `add(member)` and report, with
    `done` (a message naming %(name)s) or "... is toegevoegd"."""
    form = MemberPickForm(request.POST)
    member = (
        members_of_place(request.place).filter(pk=form.cleaned_data["member"]).first()
        if form.is_valid()
        else None
    )
    try:
        if member is None:
            raise DomainError(CommunityError.NOT_IN_PLACE)
        add(member)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, (done or _("%(name)s is toegevoegd.")) % {"name": member})


def _roster_page(request: HttpRequest, template: str, key: str, owner, rows) -> HttpResponse:
    """A group's or an event's page: who is in it, and a name search to add someone."""
    query, candidates = pick_candidates(request, members_of_place(request.place))
    rows = rows.select_related("member").order_by("member__display_name")
    return render_place(
        request,
        template,
        {key: owner, "page": paginate(request, rows), "query": query, "candidates": candidates},
    )


@place_view(*STAFF_ROLES)
def group_detail(request: HttpRequest, pk: int) -> HttpResponse:
    group = get_object_or_404(Group, place=request.place, pk=pk)
    return _roster_page(request, "community/group_detail.html", "group", group, group.memberships)


@place_view(*STAFF_ROLES)
@require_POST
def group_member_add(request: HttpRequest, pk: int) -> HttpResponse:
    group = get_object_or_404(Group, place=request.place, pk=pk)
    pick_post(
        request,
        lambda member: services.group_member_add(
            actor=request.actor, place=request.place, group=group, member=member
        ),
    )
    return redirect("community:group_detail", slug=request.place.slug, pk=group.pk)


@place_view(*STAFF_ROLES)
def event_list(request: HttpRequest) -> HttpResponse:
    form = EventForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            event = services.event_create(
                actor=request.actor, place=request.place, **form.cleaned_data
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("De activiteit is aangemaakt."))
            return redirect("community:event_detail", slug=request.place.slug, pk=event.pk)
    events = request.place.events.annotate(size=Count("attendances")).order_by("-starts_at", "pk")
    return render_place(
        request, "community/event_list.html", {"form": form, "page": paginate(request, events)}
    )


@place_view(*STAFF_ROLES)
def event_detail(request: HttpRequest, pk: int) -> HttpResponse:
    event = get_object_or_404(Event, place=request.place, pk=pk)
    return _roster_page(request, "community/event_detail.html", "event", event, event.attendances)


@place_view(*STAFF_ROLES)
@require_POST
def event_attendance_add(request: HttpRequest, pk: int) -> HttpResponse:
    event = get_object_or_404(Event, place=request.place, pk=pk)
    pick_post(
        request,
        lambda member: services.attendance_record(
            actor=request.actor, place=request.place, event=event, member=member
        ),
    )
    return redirect("community:event_detail", slug=request.place.slug, pk=event.pk)
