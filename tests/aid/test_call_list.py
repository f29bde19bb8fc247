"""The call list: vulnerable people nobody has spoken to for a while, longest ago first."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from nabij.aid.choices import CallOutcome
from nabij.aid.outreach import MAX_DAYS, call_list, call_record
from nabij.aid.outreach_errors import OutreachError
from nabij.community.models import Member
from nabij.errors import DomainError
from tests.aid.conftest import days_ago, resident


def vulnerable(place, name: str, **fields) -> Member:
    member = resident(place, name, **fields)
    Member.objects.filter(pk=member.pk).update(vulnerable=True)
    member.refresh_from_db()
    return member


def called(cast, member: Member, outcome: str, days: float) -> None:
    call_record(
        actor=cast.worker, place=cast.rabot, member=member, outcome=outcome, now=days_ago(days)
    )


def names(rows) -> list[str]:
    return [row.member.display_name for row in rows]


def test_a_vulnerable_person_nobody_called_is_on_the_list(cast):
    [row] = call_list(cast.rabot)
    assert row.member == cast.resident
    assert row.last_reached is None and row.last_attempt is None
    assert row.sector == "Rabotstraat"
    assert row.contact_worker == "Sara"


def test_people_not_flagged_as_vulnerable_are_not_on_it(cast):
    assert "Jef" not in names(call_list(cast.rabot))


def test_someone_reached_recently_waits_until_the_days_have_passed(cast):
    called(cast, cast.resident, CallOutcome.REACHED, days=10)
    assert call_list(cast.rabot, days=30) == []
    [row] = call_list(cast.rabot, days=7)
    assert row.last_reached == row.last_attempt
    assert (timezone.now() - row.last_reached).days == 10


@pytest.mark.parametrize("outcome", [CallOutcome.NEED_FOUND, CallOutcome.CAN_HELP])
def test_a_call_that_found_a_need_or_a_helper_also_counts_as_reached(cast, outcome):
    called(cast, cast.resident, outcome, days=3)
    assert call_list(cast.rabot) == []


def test_an_unanswered_call_does_not_count_as_reached(cast):
    called(cast, cast.resident, CallOutcome.REACHED, days=40)
    called(cast, cast.resident, CallOutcome.NO_ANSWER, days=1)
    [row] = call_list(cast.rabot)
    assert (timezone.now() - row.last_reached).days == 40
    assert (timezone.now() - row.last_attempt).days == 1
    assert row.last_outcome == CallOutcome.NO_ANSWER


def test_who_was_never_reached_comes_first_then_the_longest_ago(cast):
    fatma = vulnerable(cast.rabot, "Fatma")
    georges = vulnerable(cast.rabot, "Georges")
    called(cast, cast.resident, CallOutcome.REACHED, days=45)
    called(cast, georges, CallOutcome.REACHED, days=90)
    called(cast, fatma, CallOutcome.WRONG_NUMBER, days=2)
    assert names(call_list(cast.rabot)) == ["Fatma", "Georges", "Amina"]


def test_someone_who_asked_not_to_be_called_is_left_off_until_a_new_conversation(cast):
    called(cast, cast.resident, CallOutcome.DECLINED, days=60)
    assert call_list(cast.rabot) == []
    called(cast, cast.resident, CallOutcome.REACHED, days=40)
    assert names(call_list(cast.rabot)) == ["Amina"]


def test_erased_people_and_people_of_other_places_are_not_on_it(cast):
    vulnerable(cast.school, "Olena's buur")
    gone = vulnerable(cast.rabot, "Weg")
    Member.objects.filter(pk=gone.pk).update(erased_at=timezone.now())
    assert names(call_list(cast.rabot)) == ["Amina"]


def test_the_list_shows_languages_and_phone(cast):
    fatma = vulnerable(cast.rabot, "Fatma", languages=("tr", "nl"))
    Member.objects.filter(pk=fatma.pk).update(contact_channel="phone", phone="+32 470 00 00 01")
    row = next(row for row in call_list(cast.rabot) if row.member == fatma)
    assert row.phone == "+32 470 00 00 01"
    assert set(row.languages) == {"tr", "nl"}


@pytest.mark.parametrize("days", [0, -3, 10_000, True])
def test_a_number_of_days_out_of_range_is_refused(cast, days):
    with pytest.raises(DomainError) as refused:
        call_list(cast.rabot, days=days)
    assert refused.value.code == OutreachError.DAYS_INVALID


def crowd(cast, start: int, count: int) -> None:
    for number in range(start, start + count):
        member = vulnerable(cast.rabot, f"Buur {number:03}", languages=("nl", "ar"))
        called(cast, member, CallOutcome.NO_ANSWER, days=number % 5 + 1)
        called(cast, member, CallOutcome.REACHED, days=number + 40)


def test_the_list_takes_the_same_queries_however_many_people_are_on_it(cast):
    crowd(cast, 0, 3)
    with CaptureQueriesContext(connection) as few:
        assert len(call_list(cast.rabot)) == 4
    crowd(cast, 3, 12)
    with CaptureQueriesContext(connection) as many:
        rows = call_list(cast.rabot)
        # Reading what the page shows must not query again.
        assert all(row.languages == ("nl", "ar") for row in rows[1:])
    assert len(rows) == 16
    assert len(many) == len(few) == 2


def test_the_page_takes_the_same_queries_however_many_people_are_on_it(cast, login):
    client = login(cast.worker)
    url = reverse("aid:calls", args=["rabot"])
    crowd(cast, 0, 3)
    with CaptureQueriesContext(connection) as few:
        assert client.get(url).status_code == 200
    crowd(cast, 3, 12)
    with CaptureQueriesContext(connection) as many:
        page = client.get(url).content.decode()
    assert "Buur 014" in page
    assert len(many) == len(few)


def test_the_page_lists_the_people_and_links_to_record_a_call(cast, login):
    page = login(cast.worker).get(reverse("aid:calls", args=["rabot"])).content.decode()
    assert "Amina" in page
    assert reverse("aid:call_record", args=["rabot", cast.resident.pk]) in page
    assert reverse("aid:calls_pdf", args=["rabot"]) in page


def test_the_page_takes_the_number_of_days_from_the_form(cast, login):
    called(cast, cast.resident, CallOutcome.REACHED, days=10)
    client = login(cast.worker)
    url = reverse("aid:calls", args=["rabot"])
    assert "Amina" not in client.get(url, {"days": 30}).content.decode()
    assert "Amina" in client.get(url, {"days": 7}).content.decode()


def test_the_page_says_what_is_wrong_with_a_bad_number_of_days(cast, login):
    response = login(cast.worker).get(reverse("aid:calls", args=["rabot"]), {"days": "0"})
    assert response.status_code == 200
    message = OutreachError.DAYS_INVALID.message % {"limit": MAX_DAYS}
    assert message in response.content.decode()
