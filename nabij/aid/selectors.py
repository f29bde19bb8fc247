"""Every non-trivial read of mutual aid."""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import QuerySet
from django.http import Http404

from nabij.aid import loader
from nabij.aid.choices import MatchState, RequestStatus
from nabij.aid.matching import SCALE, Reason, Weights, suggest
from nabij.aid.matching.explain import explain
from nabij.aid.models import Match, Offer, Request
from nabij.community.models import Member, Place
from nabij.community.services.common import now_or


def requests_open(
    place: Place, *, help_type: str = "", unmet_only: bool = False
) -> QuerySet[Request]:
    """Open requests, most urgent first, then longest waiting."""
    requests = Request.objects.filter(place=place, status=RequestStatus.OPEN)
    if help_type:
        requests = requests.filter(help_type=help_type)
    if unmet_only:
        requests = requests.filter(unmet_since__isnull=False)
    return requests.select_related("requester")


def request_for_staff(place: Place, pk: int) -> Request:
    """A request of this place, or 404 (never one of another place)."""
    request = (
        Request.objects.filter(place=place, pk=pk)
        .select_related("place", "requester", "created_by")
        .first()
    )
    if request is None:
        raise Http404
    return request


def matches_of_request(request: Request) -> QuerySet[Match]:
    """A request's matches, newest first, for the worker's page."""
    return Match.objects.filter(request=request).select_related(
        "helper", "offer", "proposed_by", "approved_by"
    )


def proposals_to_review(place: Place) -> QuerySet[Match]:
    """Batch proposals waiting for a worker, most urgent request first."""
    return (
        Match.objects.filter(place=place, state=MatchState.PROPOSED, reviewed=False)
        .select_related("request", "request__requester", "helper")
        .order_by("-request__urgency", "request__created_at", "pk")
    )


def matches_for_helper(place: Place, member: Member) -> QuerySet[Match]:
    """What a helper sees: only matches a worker approved. A proposal stays between workers,
    so a helper learns nothing about a requester before a worker said yes."""
    return Match.objects.filter(
        place=place, helper=member, approved_at__isnull=False
    ).select_related("request", "request__requester")


@dataclass(frozen=True)
class SuggestionRow:
    member: Member
    offer: Offer
    cost: float  # in weight points; lower is better
    reasons: tuple[Reason, ...]
    explanation: list[str]  # the reasons in words, in the active language


def suggestions_for(
    request: Request,
    *,
    weights: Weights | None = None,
    k: int = 10,
    now: datetime | None = None,
) -> list[SuggestionRow]:
    """The k best helpers for one open request, each with why.

    Only offers that can pass the hard filters are read from the database (a few queries,
    however many helpers a place has); the matching core ranks them."""
    if request.status != RequestStatus.OPEN:
        return []
    place = request.place
    where = loader.positions(place)
    need = loader.need_of(request, place=place, where=where, now=now_or(now))
    ranked = suggest(need, loader.helpers_for(request, place=place, where=where), weights, k)
    if not ranked:
        return []
    offers = {
        offer.member_id: offer
        for offer in Offer.objects.filter(
            place=place, member_id__in=[s.helper_id for s in ranked]
        ).select_related("member")
    }
    return [
        SuggestionRow(
            member=offers[s.helper_id].member,
            offer=offers[s.helper_id],
            cost=s.cost / SCALE,
            reasons=s.reasons,
            explanation=explain(s.reasons),
        )
        for s in ranked
    ]
