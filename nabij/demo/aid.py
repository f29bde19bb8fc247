"""Mutual aid in the demo neighbourhood: sectors with positions, helpers, requests, history.

Drawn after the people are written, from the members in the database (ordered by primary
key, so the same seed gives the same history). The shares follow the survey of
neighbourly help in FRAMEWORK.md: a listening ear most often, then keeping an eye out,
then groceries; most requests come in by phone or a worker's visit; a worker approves
every match; some requests wait too long and become unmet needs.
"""

import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import transaction

from nabij.aid.choices import (
    CallOutcome,
    Channel,
    HelpType,
    MatchSource,
    MatchState,
    RequestStatus,
)
from nabij.aid.models import Call, Match, Offer, OfferHelpType, Request
from nabij.aid.services.offers import offer_cards_refresh
from nabij.community.choices import RoleKind
from nabij.community.models import Member, Place, Role, Sector, SpokenLanguage
from nabij.demo.cast import CAST, PLACE_SLUGS

NEIGHBOURHOOD = PLACE_SLUGS[0]
BLOCK_M = 2500  # the neighbourhood fits in a square of about 2.5 km
UNMET_AFTER_DAYS = 14

# How often each kind of help is asked for, after the survey's shares.
REQUESTED: tuple[tuple[str, int], ...] = (
    (HelpType.VISIT, 39),
    (HelpType.EYE_OUT, 33),
    (HelpType.GROCERIES, 25),
    (HelpType.PAPERWORK, 14),
    (HelpType.TRANSPORT, 9),
    (HelpType.TRANSLATION, 8),
    (HelpType.REPAIR, 6),
    (HelpType.MEALS, 6),
    (HelpType.CHILDCARE, 4),
    (HelpType.OTHER, 3),
)
CHANNELS: tuple[tuple[str, int], ...] = (
    (Channel.PHONE, 45),
    (Channel.WORKER_VISIT, 30),
    (Channel.PARTNER, 15),
    (Channel.SELF, 10),
)
FAILURES = (
    "De helper werd ziek.",
    "De persoon was niet thuis, drie keer na elkaar.",
    "De hulp bleek groter dan gedacht: doorverwezen naar het OCMW.",
)


@dataclass(frozen=True)
class Person:
    pk: int
    sector: str
    availability: int
    vulnerable: bool
    languages: frozenset[str]


def _pick(rng: random.Random, weighted: tuple[tuple[str, int], ...]) -> str:
    values, weights = zip(*weighted, strict=True)
    return rng.choices(values, weights)[0]


def _people(place: Place) -> tuple[dict[int, Person], dict[str, list[int]]]:
    languages: dict[int, set[str]] = defaultdict(set)
    member_ids = Role.objects.filter(place=place).values("member_id")
    for member_id, code in SpokenLanguage.objects.filter(member_id__in=member_ids).values_list(
        "member_id", "code"
    ):
        languages[member_id].add(code)
    people = {
        pk: Person(pk, sector, availability, vulnerable, frozenset(languages[pk]))
        for pk, sector, availability, vulnerable in Member.objects.filter(
            pk__in=member_ids, erased_at=None
        )
        .order_by("pk")
        .values_list("pk", "sector", "availability", "vulnerable")
    }
    roles: dict[str, list[int]] = defaultdict(list)
    for member_id, kind in (
        Role.objects.filter(place=place).order_by("member_id").values_list("member_id", "kind")
    ):
        roles[kind].append(member_id)
    return people, roles


def _sectors(rng: random.Random, place: Place, people: dict[int, Person]) -> int:
    names = sorted({p.sector for p in people.values() if p.sector})
    Sector.objects.bulk_create(
        Sector(
            place=place,
            name=name,
            x_m=round(rng.uniform(0, BLOCK_M), 1),
            y_m=round(rng.uniform(0, BLOCK_M), 1),
        )
        for name in names
    )
    return len(names)


def _cast_volunteer_match(
    rng: random.Random,
    now: datetime,
    place: Place,
    requests: list[Request],
    matches: list[Match],
    offer_of: dict[int, Offer],
    load: dict[int, int],
) -> list[Match]:
    """The demo volunteer finds one approved match waiting on "Mijn hulp" to accept."""
    username = next(m.username for m in CAST if m.role == RoleKind.VOLUNTEER)
    volunteer = Member.objects.filter(user__username=username).values_list("pk", flat=True).first()
    offer = offer_of.get(volunteer)
    matched = {match.request.pk for match in matches}
    waiting = [r for r in requests if r.pk not in matched and r.requester_id != volunteer and r.pk]
    if offer is None or not waiting or load[volunteer] >= offer.capacity:
        return []
    request = max(waiting, key=lambda r: r.created_at)
    request.help_type = OfferHelpType.objects.filter(offer=offer).values_list(
        "help_type", flat=True
    )[0]
    request.home_visit = request.home_visit and offer.vetted
    request.status = RequestStatus.MATCHED
    request.unmet_since = None
    request.save()
    load[volunteer] += 1
    approved = max(request.created_at, now - timedelta(hours=rng.uniform(1, 20)))
    return [
        Match(
            place=place,
            request=request,
            helper_id=volunteer,
            offer=offer,
            state=MatchState.APPROVED,
            source=MatchSource.SUGGESTION,
            reviewed=True,
            proposed_at=approved,
            proposed_by_id=request.created_by_id,
            approved_at=approved,
            approved_by_id=request.created_by_id,
        )
    ]


def seed_aid(*, seed: int, now: datetime) -> dict[str, int]:
    """Write the aid history of the neighbourhood; how many rows of each kind."""
    rng = random.Random(f"nabij-demo:{seed}:aid")
    place = Place.objects.get(slug=NEIGHBOURHOOD)
    people, roles = _people(place)
    workers = roles[RoleKind.WORKER]
    with transaction.atomic():
        sectors = _sectors(rng, place, people)

        # Helpers: the volunteers, and one in ten vulnerable residents (role reversal).
        vulnerable = [pk for pk, p in people.items() if p.vulnerable]
        helper_ids = sorted(
            set(roles[RoleKind.VOLUNTEER]) | {pk for pk in vulnerable if rng.random() < 0.1}
        )
        offers = Offer.objects.bulk_create(
            Offer(
                place=place,
                member_id=pk,
                radius_m=rng.choice((500, 800, 1000, 1500, 2500)),
                capacity=rng.choice((1, 1, 2, 2, 3)),
                vetted=(vetted := rng.random() < 0.35),
                vetted_at=now - timedelta(days=rng.randint(20, 400)) if vetted else None,
                vetted_by_id=rng.choice(workers) if vetted else None,
                created_at=now - timedelta(days=rng.randint(30, 500)),
                updated_at=now - timedelta(days=rng.randint(0, 29)),
            )
            for pk in helper_ids
        )
        offer_of = {offer.member_id: offer for offer in offers}
        types_of: dict[int, set[str]] = {}
        for offer in offers:
            types_of[offer.member_id] = {_pick(rng, REQUESTED) for _ in range(rng.randint(1, 3))}
        OfferHelpType.objects.bulk_create(
            OfferHelpType(place=place, offer=offer_of[pk], help_type=help_type)
            for pk, types in types_of.items()
            for help_type in sorted(types)
        )
        # Written in bulk, not through offer_save: fill the helper cards from what they copy.
        offer_cards_refresh(Offer.objects.filter(place=place))

        # Requests: mostly from vulnerable people, over the last two months.
        askers = vulnerable or list(people)
        requests = []
        for _ in range(max(10, len(people) // 40)):
            person = people[rng.choice(askers)]
            created = now - timedelta(days=rng.uniform(0, 60))
            requests.append(
                Request(
                    place=place,
                    requester_id=person.pk,
                    help_type=_pick(rng, REQUESTED),
                    languages=sorted(person.languages),
                    sector=person.sector,
                    slots=person.availability,
                    urgency=rng.choices((0, 1, 2, 3), (2, 6, 2, 1))[0],
                    recurring=rng.random() < 0.3,
                    home_visit=rng.random() < 0.4,
                    channel=_pick(rng, CHANNELS),
                    created_at=created,
                    created_by_id=rng.choice(workers),
                )
            )
        Request.objects.bulk_create(requests)

        # History: older requests were mostly matched by hand; some failed; some wait.
        matches: list[Match] = []
        load: dict[int, int] = defaultdict(int)
        for request in requests:
            age = (now - request.created_at).days
            helpers = [
                pk
                for pk, types in types_of.items()
                if request.help_type in types
                and pk != request.requester_id
                and people[pk].languages & set(request.languages)
                and (offer_of[pk].vetted or not request.home_visit)
            ]
            if not helpers or rng.random() < 0.2:
                if age > UNMET_AFTER_DAYS:
                    request.unmet_since = request.created_at + timedelta(days=UNMET_AFTER_DAYS)
                continue
            helper = rng.choice(helpers)
            offer = offer_of[helper]
            proposed = request.created_at + timedelta(hours=rng.uniform(2, 72))
            if age < 3:
                state = MatchState.PROPOSED
            elif age < 10 and load[helper] < offer.capacity:
                state = rng.choice((MatchState.APPROVED, MatchState.ACCEPTED))
            else:
                state = MatchState.DONE if rng.random() < 0.85 else MatchState.FAILED
            approved = proposed + timedelta(hours=rng.uniform(1, 24))
            settled = state in (MatchState.DONE, MatchState.FAILED)
            closed = approved + timedelta(days=rng.uniform(1, 5)) if settled else None
            if state in (MatchState.APPROVED, MatchState.ACCEPTED):
                load[helper] += 1
            # A failed match sends the request back to the list; a done one closes it.
            request.status = {
                MatchState.DONE: RequestStatus.DONE,
                MatchState.FAILED: RequestStatus.OPEN,
            }.get(state, RequestStatus.MATCHED)
            request.closed_at = closed if state == MatchState.DONE else None
            matches.append(
                Match(
                    place=place,
                    request=request,
                    helper_id=helper,
                    offer=offer,
                    state=state,
                    source=MatchSource.SUGGESTION,
                    proposed_at=proposed,
                    proposed_by_id=request.created_by_id,
                    reviewed=state != MatchState.PROPOSED,
                    approved_at=None if state == MatchState.PROPOSED else approved,
                    approved_by_id=None if state == MatchState.PROPOSED else request.created_by_id,
                    accepted_at=approved + timedelta(hours=5)
                    if state in (MatchState.ACCEPTED, MatchState.DONE, MatchState.FAILED)
                    else None,
                    closed_at=closed,
                    failure_reason=rng.choice(FAILURES) if state == MatchState.FAILED else "",
                )
            )
        matches.extend(_cast_volunteer_match(rng, now, place, requests, matches, offer_of, load))
        Request.objects.bulk_update(requests, ["status", "closed_at", "unmet_since"])
        Match.objects.bulk_create(matches)
        for helper, open_count in load.items():
            offer_of[helper].open_matches = open_count
        Offer.objects.bulk_update(offers, ["open_matches"])

        # Calls: workers phoned about a third of the vulnerable people in the last three months.
        calls = [
            Call(
                place=place,
                member_id=pk,
                caller_id=rng.choice(workers),
                at=now - timedelta(days=rng.uniform(1, 90)),
                outcome=_pick(
                    rng,
                    (
                        (CallOutcome.REACHED, 50),
                        (CallOutcome.NEED_FOUND, 15),
                        (CallOutcome.CAN_HELP, 8),
                        (CallOutcome.NO_ANSWER, 20),
                        (CallOutcome.WRONG_NUMBER, 4),
                        (CallOutcome.DECLINED, 3),
                    ),
                ),
            )
            for pk in vulnerable
            if rng.random() < 0.35
        ]
        Call.objects.bulk_create(calls)
    return {
        "sector": sectors,
        "offer": len(offers),
        "request": len(requests),
        "match": len(matches),
        "call": len(calls),
    }
