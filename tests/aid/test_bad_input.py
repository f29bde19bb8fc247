"""What is refused: each refusal names its reason in words a person can act on, in their
own language, and changes nothing."""

from datetime import date

import pytest
from django.utils.functional import Promise

from nabij.aid import services
from nabij.aid.choices import HelpType
from nabij.aid.errors import AidError
from nabij.community.errors import CommunityError
from nabij.errors import DomainError
from tests.aid.conftest import approved, ask, propose, rows


def request_by(cast, **fields):
    return lambda: ask(cast, **fields)


def offer_by(cast, **fields):
    return lambda: services.offer_save(
        actor=fields.pop("actor", cast.worker),
        place=cast.rabot,
        member=fields.pop("member", cast.resident),
        help_types=fields.pop("help_types", [HelpType.MEALS]),
        **fields,
    )


def propose_for(cast, helper, **request_fields):
    request = ask(cast, requester=request_fields.pop("requester", cast.resident), **request_fields)
    return lambda: propose(cast, request, helper)


def approve_by(actor, place, match):
    return lambda: services.match_approve(actor=actor, place=place, match=match)


def helper_full_after_proposal(cast, street):
    match = propose(cast, ask(cast), cast.neighbour)
    approved(cast, ask(cast, requester=cast.shop), cast.neighbour)
    return approve_by(cast.worker, cast.rabot, match)


def approved_already(cast, street):
    match = approved(cast, ask(cast), cast.volunteer)
    return approve_by(cast.admin, cast.rabot, match)


def withdrawn(cast, street):
    match = propose(cast, ask(cast), cast.volunteer)
    services.match_withdraw(actor=cast.worker, place=cast.rabot, match=match)
    return approve_by(cast.worker, cast.rabot, match)


def paused(cast, street):
    services.offer_save(
        actor=cast.neighbour,
        place=cast.rabot,
        member=cast.neighbour,
        help_types=[HelpType.GROCERIES],
        active=False,
    )
    return propose_for(cast, cast.neighbour)


def vetoed_twice(cast, street):
    veto = dict(actor=cast.worker, place=cast.rabot, requester=cast.resident, helper=cast.neighbour)
    services.veto_add(**veto)
    return lambda: services.veto_add(**veto)


def closed_twice(cast, street):
    request = services.request_close(actor=cast.worker, place=cast.rabot, request=ask(cast))
    return lambda: services.request_close(actor=cast.worker, place=cast.rabot, request=request)


def answered_before_approval(cast, street):
    match = propose(cast, ask(cast), cast.volunteer)
    return lambda: services.match_respond(
        actor=cast.volunteer, place=cast.rabot, match=match, accept=True
    )


def closed_before_approval(cast, street):
    match = propose(cast, ask(cast), cast.volunteer)
    return lambda: services.match_close(actor=cast.worker, place=cast.rabot, match=match, done=True)


def empty_note(cast, street):
    match = propose(cast, ask(cast), cast.volunteer)
    return lambda: services.match_note_add(
        actor=cast.worker, place=cast.rabot, match=match, text=" \n "
    )


def proposed_while_placed(cast, street):
    request = ask(cast)
    approved(cast, request, cast.volunteer)
    return lambda: propose(cast, request, cast.neighbour)


def proposed_after_closing(cast, street):
    request = services.request_close(actor=cast.worker, place=cast.rabot, request=ask(cast))
    return lambda: propose(cast, request, cast.neighbour)


def approved_from_another_place(cast, street):
    match = propose(cast, ask(cast), cast.volunteer)
    return approve_by(cast.school_worker, cast.school, match)


def approved_by_a_worker_of_another_place(cast, street):
    match = propose(cast, ask(cast), cast.volunteer)
    return approve_by(cast.school_worker, cast.rabot, match)


REFUSALS = {
    # Requests
    "a request with no help type": (
        lambda cast, street: request_by(cast, help_type=""),
        AidError.HELP_TYPE_MISSING,
    ),
    "a request for an unknown kind of help": (
        lambda cast, street: request_by(cast, help_type="magic"),
        AidError.HELP_TYPE_UNKNOWN,
    ),
    "a language code that does not exist": (
        lambda cast, street: request_by(cast, languages=["ar", "xx"]),
        CommunityError.LANGUAGE_UNKNOWN,
    ),
    "a language name instead of a code": (
        lambda cast, street: request_by(cast, languages=["klingon"]),
        CommunityError.LANGUAGE_UNKNOWN,
    ),
    "moments outside the week": (
        lambda cast, street: request_by(cast, slots=1 << 21),
        AidError.SLOTS_INVALID,
    ),
    "an end before the start": (
        lambda cast, street: request_by(
            cast, needed_from=date(2026, 3, 9), needed_until=date(2026, 3, 2)
        ),
        AidError.WINDOW_INVALID,
    ),
    "an urgency off the scale": (
        lambda cast, street: request_by(cast, urgency=7),
        AidError.URGENCY_UNKNOWN,
    ),
    "an unknown channel": (
        lambda cast, street: request_by(cast, channel="pigeon"),
        AidError.CHANNEL_UNKNOWN,
    ),
    "a worker note of a book's length": (
        lambda cast, street: request_by(cast, worker_note="x" * 2001),
        CommunityError.VALUE_TOO_LONG,
    ),
    "a volunteer registers a request": (
        lambda cast, street: request_by(cast, actor=cast.volunteer),
        CommunityError.NOT_YOUR_PLACE,
    ),
    "a requester from another place": (
        lambda cast, street: request_by(cast, requester=cast.pupil_parent),
        CommunityError.NOT_IN_PLACE,
    ),
    "closing a request twice": (closed_twice, AidError.REQUEST_NOT_OPEN),
    "flagging after zero days": (
        lambda cast, street: lambda: services.requests_flag_unmet(place=cast.rabot, days=0),
        AidError.DAYS_INVALID,
    ),
    # Offers
    "an offer of nothing": (
        lambda cast, street: offer_by(cast, help_types=[]),
        AidError.HELP_TYPES_EMPTY,
    ),
    "an offer of an unknown kind of help": (
        lambda cast, street: offer_by(cast, help_types=["meals", "magic"]),
        AidError.HELP_TYPE_UNKNOWN,
    ),
    "a radius of nothing": (
        lambda cast, street: offer_by(cast, radius_m=0),
        AidError.RADIUS_INVALID,
    ),
    "a radius across the country": (
        lambda cast, street: offer_by(cast, radius_m=50_000),
        AidError.RADIUS_INVALID,
    ),
    "helping nobody at a time": (
        lambda cast, street: offer_by(cast, capacity=0),
        AidError.CAPACITY_INVALID,
    ),
    "helping a crowd at a time": (
        lambda cast, street: offer_by(cast, capacity=11),
        AidError.CAPACITY_INVALID,
    ),
    "an analyst offers help in the app": (
        lambda cast, street: offer_by(cast, actor=cast.analyst, member=cast.analyst),
        CommunityError.NOT_YOUR_PLACE,
    ),
    # Proposals
    "a helper over capacity": (
        lambda cast, street: (
            approved(cast, ask(cast, requester=cast.shop), cast.neighbour),
            propose_for(cast, cast.neighbour),
        )[1],
        AidError.OVER_CAPACITY,
    ),
    "approving for a helper who filled up since": (
        helper_full_after_proposal,
        AidError.OVER_CAPACITY,
    ),
    "a helper who does not offer that help": (
        lambda cast, street: propose_for(cast, cast.neighbour, help_type=HelpType.VISIT),
        AidError.NO_OFFER,
    ),
    "a helper without an offer": (
        lambda cast, street: propose_for(cast, cast.shop),
        AidError.NO_OFFER,
    ),
    "a helper who paused": (paused, AidError.OFFER_PAUSED),
    "a helper without a shared language": (
        lambda cast, street: propose_for(cast, cast.neighbour, languages=["ar"]),
        AidError.NO_SHARED_LANGUAGE,
    ),
    "a home visit by an unscreened helper": (
        lambda cast, street: propose_for(cast, cast.neighbour, home_visit=True),
        AidError.NOT_VETTED,
    ),
    "helping oneself": (
        lambda cast, street: propose_for(cast, cast.volunteer, requester=cast.volunteer),
        AidError.SAME_PERSON,
    ),
    # Approvals and after
    "approving a match in another place": (approved_from_another_place, AidError.OTHER_PLACE),
    "approving as a worker of another place": (
        approved_by_a_worker_of_another_place,
        CommunityError.NOT_YOUR_PLACE,
    ),
    "approving twice": (approved_already, AidError.ALREADY_APPROVED),
    "proposing for a request someone already helps with": (
        proposed_while_placed,
        AidError.REQUEST_ALREADY_PLACED,
    ),
    "proposing for a closed request": (proposed_after_closing, AidError.REQUEST_NOT_OPEN),
    "approving a withdrawn proposal": (withdrawn, AidError.MATCH_NOT_PROPOSED),
    "answering before a worker approved": (
        answered_before_approval,
        AidError.MATCH_NOT_APPROVED,
    ),
    "closing a mere proposal": (closed_before_approval, AidError.MATCH_NOT_OPEN),
    "an empty note": (empty_note, AidError.NOTE_EMPTY),
    "a veto of oneself": (
        lambda cast, street: (
            lambda: services.veto_add(
                actor=cast.worker, place=cast.rabot, requester=cast.resident, helper=cast.resident
            )
        ),
        AidError.SAME_PERSON,
    ),
    "the same veto twice": (vetoed_twice, AidError.ALREADY_VETOED),
    "a batch run by a volunteer": (
        lambda cast, street: lambda: services.batch_propose(actor=cast.volunteer, place=cast.rabot),
        CommunityError.NOT_YOUR_PLACE,
    ),
}


@pytest.mark.parametrize("case", REFUSALS)
def test_refused_with_a_reason_and_nothing_changed(cast, street, case):
    prepare, code = REFUSALS[case]
    attempt = prepare(cast, street)
    before = rows()

    with pytest.raises(DomainError) as refused:
        attempt()

    assert refused.value.code == code
    assert isinstance(code.message, Promise), f"{code} is not marked for translation"
    assert refused.value.message
    assert rows() == before


def test_every_aid_refusal_is_translatable():
    for code in AidError:
        assert isinstance(code.message, Promise), code
