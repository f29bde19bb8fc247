"""Helpers: everyone can offer help; a worker keeps the list and screens for home visits."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from nabij.aid.forms import OfferFilterForm, OfferForm, VetForm
from nabij.aid.models import Offer
from nabij.aid.services.offers import offer_save, offer_vet
from nabij.aid.views.requests import chosen_person
from nabij.community.access import place_view
from nabij.community.choices import STAFF_ROLES, RoleKind
from nabij.community.models import Member
from nabij.community.selectors import members_of_place
from nabij.community.views.common import paginate, pick_candidates, posted, render_place
from nabij.errors import DomainError

# Who may offer help for themselves; staff may also do it for anyone.
SELF_OFFER_ROLES = (RoleKind.VOLUNTEER, RoleKind.RESIDENT, *STAFF_ROLES)


@place_view(*STAFF_ROLES)
def offer_list(request: HttpRequest) -> HttpResponse:
    form = OfferFilterForm(request.GET or None)
    help_type = form.cleaned_data.get("help_type", "") if form.is_valid() else ""
    offers = (
        Offer.objects.filter(place=request.place, member__erased_at=None)
        .select_related("member")
        .prefetch_related("help_types")
        .order_by("member__display_name", "pk")
    )
    if help_type:
        offers = offers.filter(help_types__help_type=help_type)
    query = request.GET.copy()
    query.pop("page", None)
    return render_place(
        request,
        "aid/offer_list.html",
        {"form": form, "page": paginate(request, offers), "query": query.urlencode()},
    )


def _offer_form(request: HttpRequest, member: Member, *, back: str) -> HttpResponse:
    offer = (
        Offer.objects.filter(place=request.place, member=member)
        .prefetch_related("help_types")
        .first()
    )
    form = OfferForm(posted(request), initial=OfferForm.initial_for(offer))
    if request.method == "POST" and form.is_valid():
        try:
            offer_save(actor=request.actor, place=request.place, member=member, **form.cleaned_data)
        except DomainError as error:
            form.add_domain_error(error)
        else:
            if member == request.actor:
                messages.success(request, _("Dank je! Je aanbod is bewaard."))
            else:
                messages.success(
                    request, _("Het aanbod van %(name)s is bewaard.") % {"name": member}
                )
            return redirect(back, slug=request.place.slug)
    return render_place(
        request, "aid/offer_form.html", {"form": form, "helper": member, "offer": offer}
    )


@place_view(*STAFF_ROLES)
def offer_new(request: HttpRequest) -> HttpResponse:
    """A worker writes down someone's offer, often on the phone: first find the person."""
    member = chosen_person(request)
    if member is None:
        query, candidates = pick_candidates(request, members_of_place(request.place))
        return render_place(
            request, "aid/offer_choose.html", {"query": query, "candidates": candidates}
        )
    return _offer_form(request, member, back="aid:offer_list")


@place_view(*SELF_OFFER_ROLES)
def offer_mine(request: HttpRequest) -> HttpResponse:
    return _offer_form(request, request.actor, back="aid:my_help")


@place_view(*STAFF_ROLES)
@require_POST
def offer_vet_view(request: HttpRequest, pk: int) -> HttpResponse:
    offer = get_object_or_404(Offer.objects.select_related("member"), place=request.place, pk=pk)
    form = VetForm(request.POST)
    if not form.is_valid():
        return redirect("aid:offer_list", slug=request.place.slug)
    vetted = form.cleaned_data["vetted"]
    try:
        offer_vet(actor=request.actor, place=request.place, offer=offer, vetted=vetted)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        if vetted:
            text = _("%(name)s is gescreend voor huisbezoeken.")
        else:
            text = _("%(name)s is niet meer gescreend voor huisbezoeken.")
        messages.success(request, text % {"name": offer.member})
    return redirect("aid:offer_list", slug=request.place.slug)
