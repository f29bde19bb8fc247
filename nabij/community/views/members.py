import json

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from nabij.community import selectors, services
from nabij.community.access import place_view
from nabij.community.choices import STAFF_ROLES, RoleKind
from nabij.community.errors import CommunityError
from nabij.community.forms import MemberForm, MemberPickForm, PrivacyForm, SearchForm
from nabij.community.models import Attendance, Buddy, GroupMembership
from nabij.community.selectors import (
    buddies_of,
    member_in_place,
    member_page,
    members_search,
    privacy_status,
    roles_of,
    sectors_of_place,
    volunteers_of_place,
)
from nabij.community.views.common import paginate, pick_candidates, posted, render_place
from nabij.errors import DomainError


@place_view(*STAFF_ROLES)
def member_list(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET or None, sectors=sectors_of_place(request.place))
    filters = form.cleaned_data if form.is_valid() else {}
    vulnerable = {"yes": True, "no": False}.get(filters.get("vulnerable", ""))
    members = members_search(
        request.place,
        query=filters.get("q", ""),
        language=filters.get("language", ""),
        role=filters.get("role", ""),
        sector=filters.get("sector", ""),
        vulnerable=vulnerable,
    )
    query = request.GET.copy()
    query.pop("page", None)
    return render_place(
        request,
        "community/member_list.html",
        {"form": form, "page": paginate(request, members), "query": query.urlencode()},
    )


@place_view(*STAFF_ROLES)
def member_new(request: HttpRequest) -> HttpResponse:
    form = MemberForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            member = services.member_register(
                actor=request.actor,
                place=request.place,
                details=form.details(),
                roles=form.cleaned_data["roles"],
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("%(name)s is ingeschreven.") % {"name": member})
            return redirect("community:member_detail", slug=request.place.slug, pk=member.pk)
    return render_place(request, "community/member_form.html", {"form": form, "member": None})


@place_view(*STAFF_ROLES)
def member_detail(request: HttpRequest, pk: int) -> HttpResponse:
    member = member_page(viewer=request.user, place=request.place, pk=pk)
    query, candidates = pick_candidates(request, volunteers_of_place(request.place).exclude(pk=pk))
    return render_place(
        request,
        "community/member_detail.html",
        {
            "member": member,
            "member_roles": sorted(roles_of(member, request.place)),
            "privacy": privacy_status(member),
            "buddies": Buddy.objects.filter(place=request.place, member=member).select_related(
                "volunteer"
            ),
            "groups": GroupMembership.objects.filter(
                place=request.place, member=member
            ).select_related("group"),
            "attended": Attendance.objects.filter(place=request.place, member=member).count(),
            "query": query,
            "candidates": candidates,
        },
    )


@place_view(*STAFF_ROLES)
def member_edit(request: HttpRequest, pk: int) -> HttpResponse:
    # The form shows every stored detail, so opening it is a read like the detail page;
    # a POST is logged by the service as the change it makes.
    if request.method == "POST":
        member = member_in_place(request.place, pk)
    else:
        member = member_page(viewer=request.user, place=request.place, pk=pk)
    initial = MemberForm.initial_for(member, roles_of(member, request.place))
    form = MemberForm(posted(request), initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.member_update(
                actor=request.actor,
                place=request.place,
                member=member,
                details=form.details(),
                roles=form.cleaned_data["roles"],
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("De gegevens zijn bewaard."))
            return redirect("community:member_detail", slug=request.place.slug, pk=member.pk)
    return render_place(request, "community/member_form.html", {"form": form, "member": member})


@place_view(*STAFF_ROLES)
def member_privacy(request: HttpRequest, pk: int) -> HttpResponse:
    member = member_in_place(request.place, pk)
    form = PrivacyForm(posted(request), status=privacy_status(member))
    if request.method == "POST" and form.is_valid():
        try:
            services.member_privacy_update(
                actor=request.actor, place=request.place, member=member, choices=form.choices()
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("Toestemming en gevoelige gegevens zijn bewaard."))
            return redirect("community:member_detail", slug=request.place.slug, pk=member.pk)
    return render_place(request, "community/member_privacy.html", {"form": form, "member": member})


@place_view(*STAFF_ROLES)
def member_export(request: HttpRequest, pk: int) -> HttpResponse:
    member = member_in_place(request.place, pk)
    try:
        data = services.member_export(actor=request.actor, place=request.place, member=member)
    except DomainError as error:
        messages.error(request, error.message)
        return redirect("community:member_detail", slug=request.place.slug, pk=member.pk)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json"
    )
    response["Content-Disposition"] = f'attachment; filename="nabij-member-{member.pk}.json"'
    return response


@place_view(*STAFF_ROLES)
def member_erase(request: HttpRequest, pk: int) -> HttpResponse:
    member = member_in_place(request.place, pk)
    if request.method == "POST":
        try:
            services.member_erase(actor=request.actor, place=request.place, member=member)
        except DomainError as error:
            messages.error(request, error.message)
            return redirect("community:member_detail", slug=request.place.slug, pk=member.pk)
        messages.success(request, _("De gegevens van deze persoon zijn gewist."))
        return redirect("community:member_list", slug=request.place.slug)
    return render_place(request, "community/member_erase.html", {"member": member})


@place_view(*STAFF_ROLES)
@require_POST
def member_buddy(request: HttpRequest, pk: int) -> HttpResponse:
    member = member_in_place(request.place, pk)
    form = MemberPickForm(request.POST)
    if form.is_valid():
        volunteer = volunteers_of_place(request.place).filter(pk=form.cleaned_data["member"])
        try:
            if not volunteer:
                raise DomainError(CommunityError.NOT_A_VOLUNTEER)
            services.buddy_link(
                actor=request.actor, place=request.place, volunteer=volunteer[0], member=member
            )
        except DomainError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("De vrijwilliger is gekoppeld."))
    return redirect("community:member_detail", slug=request.place.slug, pk=member.pk)


@place_view(*RoleKind.values)
def me(request: HttpRequest) -> HttpResponse:
    """Any member's own page in a place: their roles, and their buddies if they volunteer."""
    return render_place(
        request,
        "community/me.html",
        {"buddies": buddies_of(request.actor, request.place)},
    )


@place_view(RoleKind.VOLUNTEER)
def contact_card(request: HttpRequest, pk: int) -> HttpResponse:
    """What a volunteer sees of a person they were paired with: just what the pairing needs."""
    member = selectors.contact_card(request.actor, request.place, pk)
    return render_place(request, "community/contact_card.html", {"member": member})
