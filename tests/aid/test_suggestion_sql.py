"""One request's relations, read in one written-out statement for its suggestions, are
the ones the batch loader finds for it through the ORM: the same ties, earlier helpers,
vetoes and refused helpers, in a neighbourhood where people know each other every way
Nabij records."""

import random

from django.utils import timezone

from nabij.aid import loader
from nabij.aid.choices import HelpType, MatchSource, MatchState
from nabij.aid.models import Match, Offer, Request, Veto
from nabij.community.models import Buddy, Group, GroupMembership, Household
from tests.aid.conftest import ask, resident

STATES = [
    MatchState.PROPOSED,
    MatchState.APPROVED,
    MatchState.ACCEPTED,
    MatchState.DONE,
    MatchState.FAILED,
    MatchState.DECLINED,
    MatchState.WITHDRAWN,
]


def _match(cast, request: Request, helper, state: str, *, reviewed: bool) -> None:
    now = timezone.now()
    offer, _created = Offer.objects.get_or_create(
        place=cast.rabot, member=helper, defaults={"created_at": now, "updated_at": now}
    )
    Match.objects.create(
        place=cast.rabot,
        request=request,
        helper=helper,
        offer=offer,
        state=state,
        source=MatchSource.MANUAL,
        reviewed=reviewed,
        proposed_at=now,
        approved_at=None if state in (MatchState.PROPOSED, MatchState.DECLINED) else now,
        failure_reason="niet thuis" if state == MatchState.FAILED else "",
    )


def test_one_requests_relations_are_those_the_batch_finds(cast):
    rng = random.Random(20261121)
    now = timezone.now()
    people = [resident(cast.rabot, f"Buur {n}") for n in range(14)]
    homes = [Household.objects.create(place=cast.rabot, label=f"Huis {n}") for n in range(3)]
    for person in people:
        if rng.random() < 0.5:
            person.household = rng.choice(homes)
            person.save(update_fields=["household"])
    groups = [
        Group.objects.create(
            place=cast.rabot, name=f"Groep {n}", kind=kind, bond=bond, created_at=now
        )
        for n, (kind, bond) in enumerate(
            [("tight", "project"), ("tight", "identity"), ("light", "meeting_place")]
        )
    ]
    for group in groups:
        for person in rng.sample(people, 5):
            GroupMembership.objects.create(place=cast.rabot, group=group, member=person, since=now)
    for volunteer, member in {tuple(rng.sample(people, 2)) for _ in range(8)}:
        Buddy.objects.get_or_create(
            place=cast.rabot, volunteer=volunteer, member=member, defaults={"since": now}
        )
    requests = []
    for person in people:
        for _ in range(rng.randint(1, 3)):
            request = ask(cast, requester=person, help_type=rng.choice(HelpType.values))
            requests.append(request)
            for state in rng.sample(STATES, rng.randint(0, 3)):
                helper = rng.choice([p for p in people if p != person])
                live = request.matches.filter(state__in=STATES[:3]).exists()
                if live and state in STATES[:3]:
                    continue  # one live match per request
                _match(cast, request, helper, state, reviewed=rng.random() < 0.5)
        for helper in rng.sample([p for p in people if p != person], 2):
            if rng.random() < 0.3:
                Veto.objects.get_or_create(
                    place=cast.rabot, requester=person, helper=helper, defaults={"created_at": now}
                )
    # Someone erased since no longer counts as a housemate (rows bypass the service).
    for person in rng.sample(people, 3):
        person.erased_at = now
        person.save(update_fields=["erased_at"])
    where = loader.positions(cast.rabot)
    compared = 0

    for request in requests:
        one = loader.need_of(request, place=cast.rabot, where=where, now=now)
        (batch,) = loader.needs_of(
            Request.objects.filter(pk=request.pk), place=cast.rabot, where=where, now=now
        )

        assert one == batch
        compared += len(one.ties) + len(one.vetoed) + len(one.previous_helpers)
    assert compared > 50  # the neighbourhood really is knit
