"""A help request's page shows personal data (who asked, the worker's note): opening it
is a staff read of that person, logged like opening their member page."""

from django.urls import reverse

from nabij.aid.choices import HelpType
from nabij.aid.services import match_approve, match_propose, offer_save, request_create
from nabij.community.choices import AuditAction
from nabij.community.models import AuditEvent


def aminas_request(cast):
    return request_create(
        actor=cast.worker,
        place=cast.rabot,
        requester=cast.resident,
        help_type=HelpType.GROCERIES,
        worker_note="Belt liever 's ochtends.",
    )


def test_opening_a_request_is_logged_as_a_read_of_the_requester(cast, login):
    request = aminas_request(cast)

    login(cast.worker).get(reverse("aid:request_detail", args=["rabot", request.pk]))

    [event] = AuditEvent.objects.filter(action=AuditAction.VIEW)
    assert event.member == cast.resident
    assert event.actor == cast.worker.user
    assert event.place == cast.rabot
    assert event.fields == ["help_request"]


def test_the_log_book_names_it_in_words(cast, login):
    request = aminas_request(cast)
    login(cast.worker).get(reverse("aid:request_detail", args=["rabot", request.pk]))

    page = login(cast.admin).get(reverse("community:audit", args=["rabot"])).content.decode()

    assert "hulpvraag" in page
    assert "help_request" not in page


def test_the_list_of_requests_logs_no_one(cast, login):
    aminas_request(cast)

    login(cast.worker).get(reverse("aid:request_list", args=["rabot"]))

    assert not AuditEvent.objects.filter(action=AuditAction.VIEW).exists()


def test_a_form_sent_back_for_another_look_shows_the_page_again_and_is_logged(cast, login):
    request = aminas_request(cast)
    offer_save(
        actor=cast.volunteer,
        place=cast.rabot,
        member=cast.volunteer,
        help_types=[HelpType.GROCERIES],
    )
    match = match_approve(
        actor=cast.worker,
        place=cast.rabot,
        match=match_propose(
            actor=cast.worker, place=cast.rabot, request=request, helper=cast.volunteer
        ),
    )

    # "Not done" without saying why: refused, and the request's page comes back.
    response = login(cast.worker).post(
        reverse("aid:match_close", args=["rabot", match.pk]), {"outcome": "failed", "reason": ""}
    )

    assert response.status_code == 200
    assert "Belt liever" in response.content.decode()  # the worker's note is on it again
    [event] = AuditEvent.objects.filter(action=AuditAction.VIEW)
    assert (event.member, event.fields) == (cast.resident, ["help_request"])
