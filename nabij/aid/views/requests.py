"""A worker's side of requests for help: the list, a new request, and one request's page."""

from django.contrib import messages
from django.db.models import Prefetch, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from nabij.aid.choices import LIVE_MATCH_STATES, MatchState, RequestStatus
from nabij.aid.forms import BridgingForm, MatchCloseForm, NoteForm, RequestFilterForm, RequestForm
from nabij.aid.models import Match, MatchNote, Request, Veto
from nabij.aid.selectors import (
    matches_of_request,
    request_for_staff,
    requests_open,
    suggestions_for,
)
from nabij.aid.services.requests import request_close, request_create
from nabij.community.access import place_view
from nabij.community.choices import STAFF_ROLES, AuditAction
from nabij.community.models import Member, Place
from nabij.community.selectors import members_of_place
from nabij.community.services.common import audit_record
from nabij.community.views.common import paginate, pick_candidates, posted, render_place
from nabij.errors import DomainError


def requests_matched(place: Place, *, help_type: str = "") -> QuerySet[Request]:
    """Requests with a helper placed: the list's third filter (the selectors list open ones)."""
    matched = Request.objects.filter(place=place, status=RequestStatus.MATCHED)
    return matched.filter(help_type=help_type) if help_type else matched


def with_live_match(requests: QuerySet[Request]) -> QuerySet[Request]:
    """One query for the requesters and one for the live matches, however long the page."""
    live = Match.objects.filter(state__in=LIVE_MATCH_STATES).select_related("helper")
    return requests.select_related("requester").prefetch_related(
        Prefetch("matches", queryset=live, to_attr="live_matches")
    )


@place_view(*STAFF_ROLES)
def request_list(request: HttpRequest) -> HttpResponse:
    form = RequestFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    show, help_type = filters.get("show") or "open", filters.get("help_type", "")
    if show == "matched":
        requests = requests_matched(request.place, help_type=help_type)
    else:
        requests = requests_open(request.place, help_type=help_type, unmet_only=show == "unmet")
    query = request.GET.copy()
    query.pop("page", None)
    return render_place(
        request,
        "aid/request_list.html",
        {
            "form": form,
            "show": show,
            "page": paginate(request, with_live_match(requests)),
            "query": query.urlencode(),
        },
    )


def chosen_person(request: HttpRequest) -> Member | None:
    """The person picked from the name search (?person=<pk>), if they belong to this place."""
    pk = request.GET.get("person", "")
    if not pk.isdigit():
        return None
    return members_of_place(request.place).filter(pk=int(pk)).prefetch_related("languages").first()


@place_view(*STAFF_ROLES)
def request_new(request: HttpRequest) -> HttpResponse:
    requester = chosen_person(request)
    if requester is None:
        query, candidates = pick_candidates(request, members_of_place(request.place))
        return render_place(
            request, "aid/request_choose.html", {"query": query, "candidates": candidates}
        )
    form = RequestForm(posted(request), initial=RequestForm.initial_for(requester))
    if request.method == "POST" and form.is_valid():
        try:
            created = request_create(
                actor=request.actor,
                place=request.place,
                requester=requester,
                **form.request_fields(),
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(
                request, _("De hulpvraag van %(name)s is genoteerd.") % {"name": requester}
            )
            return redirect("aid:request_detail", slug=request.place.slug, pk=created.pk)
    # The place's named streets and blocks as typing suggestions: a name matching one of
    # them gives the request a position for matching.
    sectors = list(request.place.sectors.values_list("name", flat=True))
    if sectors:
        form.fields["sector"].widget.attrs["list"] = "aid-sectors"
    return render_place(
        request,
        "aid/request_form.html",
        {"form": form, "requester": requester, "sectors": sectors},
    )


def detail_context(
    request: HttpRequest,
    aid_request: Request,
    *,
    close_form: MatchCloseForm | None = None,
    note_form: NoteForm | None = None,
) -> dict:
    """Everything a request's page shows; the match forms come back bound after a mistake."""
    notes = MatchNote.objects.select_related("author")
    matches = list(
        matches_of_request(aid_request).prefetch_related(Prefetch("notes", queryset=notes))
    )
    live = next((match for match in matches if match.state in LIVE_MATCH_STATES), None)
    bridging = BridgingForm(request.GET if "bridging" in request.GET else None)
    # Suggestions while nobody is placed, or only a batch's proposal nobody looked at yet:
    # a new proposal replaces that one, never a worker's own pick or an approval.
    suggesting = aid_request.status == RequestStatus.OPEN and (
        live is None or (live.state == MatchState.PROPOSED and not live.reviewed)
    )
    suggestions = (
        suggestions_for(aid_request, weights=bridging.weights(), k=10) if suggesting else []
    )
    vetoes = list(
        Veto.objects.filter(place=request.place, requester=aid_request.requester).select_related(
            "helper"
        )
    )
    vetoed = {veto.helper_id for veto in vetoes}
    # Whom the requester can refuse: people suggested or placed for them, each once.
    refusable: dict[int, Member] = {}
    for helper in [match.helper for match in matches] + [row.member for row in suggestions]:
        if helper.pk not in vetoed:
            refusable.setdefault(helper.pk, helper)
    return {
        "aid_request": aid_request,
        "matches": matches,
        "live": live,
        "note_target": live or (matches[0] if matches else None),
        "suggesting": suggesting,
        "suggestions": suggestions,
        "bridging": bridging,
        "vetoes": vetoes,
        "refusable": list(refusable.values()),
        "close_form": close_form or MatchCloseForm(),
        "note_form": note_form or NoteForm(),
    }


def render_request_detail(request: HttpRequest, aid_request: Request, **forms) -> HttpResponse:
    """The request's page, with any form that needs another look filled in. It shows
    personal data (who asked, the worker's note): each showing is a staff read, logged."""
    audit_record(
        actor=request.actor,
        place=request.place,
        member=aid_request.requester,
        action=AuditAction.VIEW,
        fields=["help_request"],
        now=timezone.now(),
    )
    return render_place(
        request, "aid/request_detail.html", detail_context(request, aid_request, **forms)
    )


@place_view(*STAFF_ROLES)
def request_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return render_request_detail(request, request_for_staff(request.place, pk))


@place_view(*STAFF_ROLES)
@require_POST
def request_close_view(request: HttpRequest, pk: int) -> HttpResponse:
    """The request is no longer needed (not a match's outcome: that is closing the match)."""
    aid_request = request_for_staff(request.place, pk)
    try:
        request_close(actor=request.actor, place=request.place, request=aid_request)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("De hulpvraag is gesloten."))
    return redirect("aid:request_detail", slug=request.place.slug, pk=aid_request.pk)
