"""Placing a helper and following up: propose, approve, withdraw, close, note, veto; and the
helper's own side, "Mijn hulp", where they accept or decline what a worker approved."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from nabij.aid.choices import OPEN_MATCH_STATES, MatchSource
from nabij.aid.forms import (
    BridgingForm,
    HelperPickForm,
    MatchCloseForm,
    NoteForm,
    ProposeForm,
    RespondForm,
)
from nabij.aid.models import Match, Request
from nabij.aid.selectors import matches_for_helper, request_for_staff, suggestions_for
from nabij.aid.services.matches import (
    match_approve,
    match_close,
    match_note_add,
    match_propose,
    match_respond,
    match_withdraw,
    veto_add,
)
from nabij.aid.views.requests import render_request_detail
from nabij.community.access import place_view
from nabij.community.choices import STAFF_ROLES, RoleKind
from nabij.community.errors import CommunityError
from nabij.community.models import Member
from nabij.community.selectors import members_of_place
from nabij.community.views.common import render_place
from nabij.errors import DomainError


def _match(request: HttpRequest, pk: int) -> Match:
    return get_object_or_404(
        Match.objects.select_related("request", "helper"), place=request.place, pk=pk
    )


def _back(request: HttpRequest, aid_request: Request) -> HttpResponse:
    """Back where the button was: the batch page sends `next`, the request page does not."""
    target = request.POST.get("next", "")
    if target.startswith("/") and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(target)
    return redirect("aid:request_detail", slug=request.place.slug, pk=aid_request.pk)


def _helper(request: HttpRequest, form: HelperPickForm) -> Member | None:
    if not form.is_valid():
        return None
    return members_of_place(request.place).filter(pk=form.cleaned_data["helper"]).first()


@place_view(*STAFF_ROLES)
@require_POST
def match_propose_view(request: HttpRequest, pk: int) -> HttpResponse:
    """Propose a suggested helper, or propose and approve in one go."""
    aid_request = request_for_staff(request.place, pk)
    form = ProposeForm(request.POST)
    helper = _helper(request, form)
    if helper is None:
        messages.error(request, CommunityError.NOT_IN_PLACE.message)
        return _back(request, aid_request)
    # Keep the reasons the worker saw with the match, so the choice stays traceable.
    weights = BridgingForm(request.POST).weights()
    row = next(
        (
            row
            for row in suggestions_for(aid_request, weights=weights, k=10)
            if row.member.pk == helper.pk
        ),
        None,
    )
    try:
        match = match_propose(
            actor=request.actor,
            place=request.place,
            request=aid_request,
            helper=helper,
            source=MatchSource.SUGGESTION if row else MatchSource.MANUAL,
            cost=row.cost if row else None,
            reasons=row.reasons if row else (),
        )
        if form.cleaned_data["approve"]:
            match_approve(actor=request.actor, place=request.place, match=match)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        if form.cleaned_data["approve"]:
            text = _("%(name)s is gekoppeld en krijgt nu een bericht.")
        else:
            text = _("%(name)s is voorgesteld. Keur het voorstel goed om de helper te vragen.")
        messages.success(request, text % {"name": helper})
    return _back(request, aid_request)


@place_view(*STAFF_ROLES)
@require_POST
def match_approve_view(request: HttpRequest, pk: int) -> HttpResponse:
    match = _match(request, pk)
    try:
        match_approve(actor=request.actor, place=request.place, match=match)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request, _("Goedgekeurd: %(name)s krijgt nu een bericht.") % {"name": match.helper}
        )
    return _back(request, match.request)


@place_view(*STAFF_ROLES)
@require_POST
def match_withdraw_view(request: HttpRequest, pk: int) -> HttpResponse:
    match = _match(request, pk)
    try:
        match_withdraw(actor=request.actor, place=request.place, match=match)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("De koppeling is ingetrokken."))
    return _back(request, match.request)


def _detail_again(request: HttpRequest, match: Match, **forms) -> HttpResponse:
    """The request's page again, with the form that needs another look filled in."""
    aid_request = request_for_staff(request.place, match.request_id)
    return render_request_detail(request, aid_request, **forms)


@place_view(*STAFF_ROLES)
@require_POST
def match_close_view(request: HttpRequest, pk: int) -> HttpResponse:
    match = _match(request, pk)
    form = MatchCloseForm(request.POST)
    if form.is_valid():
        done = form.cleaned_data["outcome"] == "done"
        try:
            match_close(
                actor=request.actor,
                place=request.place,
                match=match,
                done=done,
                reason="" if done else form.cleaned_data["reason"].strip(),
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            if done:
                messages.success(request, _("Afgerond: de hulp is gelukt."))
            else:
                messages.success(request, _("Genoteerd. De vraag staat terug open."))
            return _back(request, match.request)
    return _detail_again(request, match, close_form=form)


@place_view(*STAFF_ROLES)
@require_POST
def match_note_view(request: HttpRequest, pk: int) -> HttpResponse:
    match = _match(request, pk)
    form = NoteForm(request.POST)
    if form.is_valid():
        try:
            match_note_add(
                actor=request.actor,
                place=request.place,
                match=match,
                text=form.cleaned_data["text"].strip(),
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("De notitie is bewaard."))
            return _back(request, match.request)
    return _detail_again(request, match, note_form=form)


@place_view(*STAFF_ROLES)
@require_POST
def veto_view(request: HttpRequest, pk: int) -> HttpResponse:
    """The requester does not want this helper (again): record it for them."""
    aid_request = request_for_staff(request.place, pk)
    helper = _helper(request, HelperPickForm(request.POST))
    try:
        if helper is None:
            raise DomainError(CommunityError.NOT_IN_PLACE)
        veto_add(
            actor=request.actor,
            place=request.place,
            requester=aid_request.requester,
            helper=helper,
        )
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            _("Genoteerd: %(requester)s wordt niet meer door %(helper)s geholpen.")
            % {"requester": aid_request.requester, "helper": helper},
        )
    return _back(request, aid_request)


@place_view(*RoleKind.values)
def my_help(request: HttpRequest) -> HttpResponse:
    """A helper's own matches; only once a worker approved them, and only what the help needs."""
    matches = (
        matches_for_helper(request.place, request.actor)
        .exclude(approved_at=None)
        .select_related("request__requester__contact_worker", "approved_by")
    )
    current = [match for match in matches if match.state in OPEN_MATCH_STATES]
    earlier = [match for match in matches if match.state not in OPEN_MATCH_STATES]
    return render_place(request, "aid/my_help.html", {"current": current, "earlier": earlier})


@place_view(*RoleKind.values)
@require_POST
def match_respond_view(request: HttpRequest, pk: int) -> HttpResponse:
    """The helper says yes or no. Anyone else is told so, without learning about the match."""
    match = matches_for_helper(request.place, request.actor).filter(pk=pk).first()
    form = RespondForm(request.POST)
    if match is None or not form.is_valid():
        messages.error(request, _("Deze vraag om hulp is niet aan jou gericht."))
        return redirect("aid:my_help", slug=request.place.slug)
    accept = form.cleaned_data["accept"]
    try:
        match_respond(actor=request.actor, place=request.place, match=match, accept=accept)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        if accept:
            messages.success(request, _("Dank je! De werker weet nu dat je helpt."))
        else:
            messages.success(request, _("Genoteerd. De werker zoekt iemand anders."))
    return redirect("aid:my_help", slug=request.place.slug)
