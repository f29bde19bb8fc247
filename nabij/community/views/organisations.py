"""Organisations working in the place, and who acts for each of them (its partners)."""

from django.contrib import messages
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from nabij.community import services
from nabij.community.access import place_view
from nabij.community.choices import STAFF_ROLES, RoleKind
from nabij.community.forms import OrganisationForm
from nabij.community.models import Organisation, Role
from nabij.community.selectors import members_of_place
from nabij.community.views.common import paginate, pick_candidates, posted, render_place
from nabij.community.views.groups import pick_post
from nabij.errors import DomainError


def _organisations(request: HttpRequest):
    return Organisation.objects.filter(places=request.place)


@place_view(*STAFF_ROLES)
def organisation_list(request: HttpRequest) -> HttpResponse:
    form = OrganisationForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            organisation = services.organisation_create(
                actor=request.actor, place=request.place, **form.cleaned_data
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("De organisatie is toegevoegd."))
            return redirect(
                "community:organisation_detail", slug=request.place.slug, pk=organisation.pk
            )
    organisations = (
        _organisations(request)
        .annotate(
            partners=Count("role", filter=Q(role__place=request.place, role__kind=RoleKind.PARTNER))
        )
        .order_by("name", "pk")
    )
    return render_place(
        request,
        "community/organisation_list.html",
        {"form": form, "page": paginate(request, organisations)},
    )


@place_view(*STAFF_ROLES)
def organisation_detail(request: HttpRequest, pk: int) -> HttpResponse:
    organisation = get_object_or_404(_organisations(request), pk=pk)
    query, candidates = pick_candidates(request, members_of_place(request.place))
    partners = (
        Role.objects.filter(place=request.place, kind=RoleKind.PARTNER, organisation=organisation)
        .select_related("member")
        .order_by("member__display_name", "pk")
    )
    return render_place(
        request,
        "community/organisation_detail.html",
        {
            "organisation": organisation,
            "partners": partners,
            "query": query,
            "candidates": candidates,
        },
    )


@place_view(*STAFF_ROLES)
@require_POST
def partner_appoint(request: HttpRequest, pk: int) -> HttpResponse:
    organisation = get_object_or_404(_organisations(request), pk=pk)
    pick_post(
        request,
        lambda member: services.partner_appoint(
            actor=request.actor, place=request.place, organisation=organisation, member=member
        ),
        done=_("%(name)s werkt nu voor deze organisatie."),
    )
    return redirect("community:organisation_detail", slug=request.place.slug, pk=organisation.pk)
