"""A worker registers a request for help on someone's behalf, often during a phone call."""

from datetime import date

from nabij.aid.choices import Channel, HelpType, RequestStatus, Urgency
from nabij.community.availability import mask_from_slots
from tests.aid.conftest import ask


def test_a_worker_registers_a_request_for_amina(cast, street):
    request = ask(cast, help_type=HelpType.VISIT, worker_note="Belt liever 's avonds.")

    assert request.place == cast.rabot
    assert request.requester == cast.resident
    assert request.created_by == cast.worker
    assert request.status == RequestStatus.OPEN
    assert request.channel == Channel.PHONE
    assert request.worker_note == "Belt liever 's avonds."
    assert request.unmet_since is None


def test_languages_and_sector_default_to_the_requesters_own(cast, street):
    request = ask(cast)

    assert sorted(request.languages) == ["ar", "fr"]
    assert request.sector == "Rabotstraat"


def test_given_languages_and_sector_win_and_are_written_canonically(cast, street):
    request = ask(cast, languages=["ARA", "fr", "ar"], sector="  Torens   Rabot ")

    assert request.languages == ["ar", "fr"]
    assert request.sector == "Torens Rabot"


def test_everything_a_request_can_say_is_kept(cast, street):
    tuesday_evening = mask_from_slots([(1, 2)])
    request = ask(
        cast,
        help_type=HelpType.TRANSPORT,
        slots=tuesday_evening,
        needed_from=date(2026, 3, 2),
        needed_until=date(2026, 3, 30),
        urgency=Urgency.URGENT,
        recurring=True,
        home_visit=True,
        channel=Channel.WORKER_VISIT,
    )
    request.refresh_from_db()

    assert request.help_type == HelpType.TRANSPORT
    assert request.slots == tuesday_evening
    assert (request.needed_from, request.needed_until) == (date(2026, 3, 2), date(2026, 3, 30))
    assert request.urgency == Urgency.URGENT
    assert request.recurring and request.home_visit
    assert request.channel == Channel.WORKER_VISIT


def test_a_volunteer_may_be_the_one_asking(cast, street):
    """Anyone can ask: the volunteer with a broken leg needs groceries too."""
    request = ask(cast, requester=cast.volunteer)

    assert request.requester == cast.volunteer
    assert sorted(request.languages) == ["ar", "nl"]
