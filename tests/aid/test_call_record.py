"""Recording a call: how it went, and what it started (a request, or an offer to help)."""

import pytest
from django.urls import reverse
from django.utils import translation

from nabij.aid.choices import CallOutcome, Channel, HelpType, Urgency
from nabij.aid.errors import AidError
from nabij.aid.models import Call, Offer, Request
from nabij.aid.outreach import call_record
from nabij.aid.outreach_errors import OutreachError
from nabij.community.errors import CommunityError
from nabij.errors import DomainError
from tests.aid.conftest import rows, speaks


def sara_calls_amina(cast, **fields) -> Call:
    return call_record(
        actor=fields.pop("actor", cast.worker),
        place=fields.pop("place", cast.rabot),
        member=fields.pop("member", cast.resident),
        outcome=fields.pop("outcome", CallOutcome.REACHED),
        **fields,
    )


def test_a_call_is_stored_with_who_called_and_how_it_went(cast):
    call = sara_calls_amina(cast, note="Alles goed, dochter komt zondag.")
    assert call.place == cast.rabot
    assert call.member == cast.resident
    assert call.caller == cast.worker
    assert call.outcome == CallOutcome.REACHED
    assert call.note == "Alles goed, dochter komt zondag."
    assert call.request is None and call.offer is None


def test_a_need_found_on_the_phone_becomes_a_request_on_her_behalf(cast):
    speaks(cast.resident, "ar", "fr")
    call = sara_calls_amina(
        cast,
        outcome=CallOutcome.NEED_FOUND,
        request={"help_type": HelpType.GROCERIES, "urgency": Urgency.HIGH},
    )
    request = Request.objects.get()
    assert call.request == request
    assert request.requester == cast.resident
    assert request.created_by == cast.worker
    assert request.help_type == HelpType.GROCERIES
    assert request.urgency == Urgency.HIGH
    assert request.channel == Channel.PHONE
    assert request.languages == ["ar", "fr"]
    assert request.sector == "Rabotstraat"
    assert request.created_at == call.at


def test_someone_who_wants_to_help_gets_an_offer_role_reversal(cast):
    call = sara_calls_amina(
        cast,
        outcome=CallOutcome.CAN_HELP,
        offer={"help_types": [HelpType.TRANSLATION, HelpType.MEALS], "capacity": 2},
    )
    offer = Offer.objects.get(member=cast.resident)
    assert call.offer == offer
    assert offer.capacity == 2
    assert set(offer.help_types.values_list("help_type", flat=True)) == {"translation", "meals"}


def test_a_need_can_be_noted_without_registering_a_request(cast):
    call = sara_calls_amina(cast, outcome=CallOutcome.NEED_FOUND, note="Doorverwezen naar OCMW.")
    assert call.request is None
    assert not Request.objects.exists()


BAD_INPUT = {
    "an unknown outcome": (
        {"outcome": "maybe"},
        OutreachError.OUTCOME_UNKNOWN,
    ),
    "a request with no help type": (
        {"outcome": CallOutcome.NEED_FOUND, "request": {"urgency": Urgency.HIGH}},
        AidError.HELP_TYPE_MISSING,
    ),
    "a request with an empty help type": (
        {"outcome": CallOutcome.NEED_FOUND, "request": {"help_type": ""}},
        AidError.HELP_TYPE_MISSING,
    ),
    "a request after a call that found no need": (
        {"outcome": CallOutcome.REACHED, "request": {"help_type": HelpType.GROCERIES}},
        OutreachError.REQUEST_WITHOUT_NEED,
    ),
    "an offer with no kind of help": (
        {"outcome": CallOutcome.CAN_HELP, "offer": {"help_types": []}},
        AidError.HELP_TYPES_EMPTY,
    ),
    "an offer after a call where nobody offered": (
        {"outcome": CallOutcome.NO_ANSWER, "offer": {"help_types": [HelpType.VISIT]}},
        OutreachError.OFFER_WITHOUT_HELP,
    ),
    "a note longer than a page": (
        {"note": "x" * 2001},
        OutreachError.NOTE_TOO_LONG,
    ),
}


@pytest.mark.parametrize("fields, code", BAD_INPUT.values(), ids=BAD_INPUT.keys())
def test_bad_input_is_refused_and_nothing_is_stored(cast, fields, code):
    before = rows()
    with pytest.raises(DomainError) as refused:
        sara_calls_amina(cast, **fields)
    assert refused.value.code == code
    assert refused.value.message
    assert rows() == before


def test_a_member_of_another_place_cannot_be_called_from_here(cast):
    before = rows()
    with pytest.raises(DomainError) as refused:
        sara_calls_amina(cast, member=cast.pupil_parent)
    assert refused.value.code == CommunityError.NOT_IN_PLACE
    assert rows() == before


@pytest.mark.parametrize("who", ["school_worker", "volunteer", "neighbour", "analyst"])
def test_only_a_worker_of_this_place_records_calls(cast, who):
    before = rows()
    with pytest.raises(DomainError) as refused:
        sara_calls_amina(cast, actor=getattr(cast, who))
    assert refused.value.code == CommunityError.NOT_YOUR_PLACE
    assert rows() == before


def test_when_the_request_is_refused_no_call_is_stored_either(cast):
    before = rows()
    with pytest.raises(DomainError) as refused:
        sara_calls_amina(
            cast,
            outcome=CallOutcome.NEED_FOUND,
            request={"help_type": HelpType.GROCERIES, "languages": ["klingon"]},
        )
    assert refused.value.code == CommunityError.LANGUAGE_UNKNOWN
    assert rows() == before


def test_a_refusal_speaks_the_workers_language(cast):
    with pytest.raises(DomainError) as refused:
        sara_calls_amina(cast, outcome="maybe")
    dutch = refused.value.message
    with translation.override("fr"):
        french = refused.value.message
    assert dutch == "Kies hoe het gesprek verliep."
    assert french and french != dutch


# The page


def page(cast) -> str:
    return reverse("aid:call_record", args=["rabot", cast.resident.pk])


def test_the_page_records_a_call_that_registers_a_request(cast, login):
    response = login(cast.worker).post(
        page(cast),
        {
            "outcome": CallOutcome.NEED_FOUND,
            "note": "Geen eten in huis.",
            "make_request": "on",
            "help_type": HelpType.GROCERIES,
            "urgency": Urgency.URGENT,
        },
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("aid:calls", args=["rabot"])
    call = Call.objects.get()
    assert call.request.help_type == HelpType.GROCERIES
    assert call.request.urgency == Urgency.URGENT


def test_the_page_records_an_offer_from_the_person_called(cast, login):
    login(cast.worker).post(
        page(cast),
        {
            "outcome": CallOutcome.CAN_HELP,
            "urgency": Urgency.NORMAL,
            "make_offer": "on",
            "offer_help_types": [HelpType.TRANSLATION],
        },
    )
    assert Call.objects.get().offer.member == cast.resident


def test_the_page_refuses_a_request_without_help_type_and_says_why(cast, login):
    before = rows()
    response = login(cast.worker).post(
        page(cast),
        {"outcome": CallOutcome.NEED_FOUND, "make_request": "on", "urgency": Urgency.NORMAL},
    )
    assert response.status_code == 200
    assert str(AidError.HELP_TYPE_MISSING.message) in response.content.decode()
    assert rows() == before


def test_the_page_refuses_an_unknown_outcome_and_says_why(cast, login):
    before = rows()
    response = login(cast.worker).post(page(cast), {"outcome": "maybe", "urgency": "1"})
    assert response.status_code == 200
    assert str(OutreachError.OUTCOME_UNKNOWN.message) in response.content.decode()
    assert rows() == before


def test_the_page_hides_people_of_another_place(cast, login):
    url = reverse("aid:call_record", args=["rabot", cast.pupil_parent.pk])
    client = login(cast.worker)
    assert client.get(url).status_code == 404
    assert client.post(url, {"outcome": CallOutcome.REACHED, "urgency": "1"}).status_code == 404
    assert not Call.objects.exists()


def test_the_page_shows_earlier_calls(cast, login):
    sara_calls_amina(cast, outcome=CallOutcome.NO_ANSWER, note="Morgen opnieuw proberen.")
    content = login(cast.admin).get(page(cast)).content.decode()
    assert "Morgen opnieuw proberen." in content
    assert str(CallOutcome.NO_ANSWER.label) in content
