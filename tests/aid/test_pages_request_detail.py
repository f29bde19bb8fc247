"""A request's page: the worker reads it, sees ranked helpers with why, and places one."""

import re

from django.urls import reverse

from nabij.aid import services
from nabij.aid.choices import HelpType, MatchSource, MatchState, RequestStatus
from nabij.aid.models import Match, Veto
from nabij.community import services as community_services
from tests.aid.conftest import approved, ask, propose


def _detail(cast, request) -> str:
    return reverse("aid:request_detail", args=[cast.rabot.slug, request.pk])


def _suggested(html: str) -> list[str]:
    """Helpers' names in the order the suggestions list them."""
    section = html[html.index('id="suggestions-title"') :]
    return re.findall(r"<h3>([^<]+)</h3>", section[: section.index("</ol>")])


def test_the_page_shows_the_request_and_the_worker_note(cast, street, login):
    request = ask(cast, worker_note="Belt liever na de middag.")

    html = login(cast.worker).get(_detail(cast, request)).content.decode()

    assert "Hulpvraag van Amina" in html
    assert "Belt liever na de middag." in html
    assert "boodschappen" in html.lower()


def test_suggestions_come_with_their_reasons_in_words(cast, street, login):
    request = ask(cast)

    html = login(cast.worker).get(_detail(cast, request)).content.decode()

    assert _suggested(html) == ["Youssef", "Jef"]
    assert "spreekt Arabisch" in html
    assert "kent deze persoon nog niet" in html
    assert "Youssef voorstellen" in html
    assert "Youssef meteen vragen" in html


def test_favouring_new_ties_ranks_someone_they_already_know_lower(cast, street, login):
    # Youssef is Amina's buddy: a tie. Without bridging he is first; favouring new ties
    # strongly puts Jef, whom she has not met, before him.
    community_services.buddy_link(
        actor=cast.worker, place=cast.rabot, volunteer=cast.volunteer, member=cast.resident
    )
    request = ask(cast)
    client = login(cast.worker)

    without = client.get(_detail(cast, request), {"bridging": "0"}).content.decode()
    favoured = client.get(_detail(cast, request), {"bridging": "3"}).content.decode()

    assert _suggested(without) == ["Youssef", "Jef"]
    assert _suggested(favoured) == ["Jef", "Youssef"]
    assert "kent deze persoon al" in favoured


def test_propose_keeps_the_reasons_the_worker_saw(cast, street, login):
    request = ask(cast)

    response = login(cast.worker).post(
        reverse("aid:match_propose", args=["rabot", request.pk]),
        {"helper": cast.volunteer.pk, "bridging": "1"},
    )

    assert response.status_code == 302
    match = Match.objects.get(request=request)
    assert match.state == MatchState.PROPOSED
    assert match.source == MatchSource.SUGGESTION
    assert {"code": "language", "data": {"code": "ar"}} in match.reasons
    assert match.cost is not None


def test_propose_and_approve_in_one_go(cast, street, login):
    request = ask(cast)

    login(cast.worker).post(
        reverse("aid:match_propose", args=["rabot", request.pk]),
        {"helper": cast.volunteer.pk, "approve": "on"},
    )

    match = Match.objects.get(request=request)
    assert match.state == MatchState.APPROVED
    request.refresh_from_db()
    assert request.status == RequestStatus.MATCHED


def test_a_refused_proposal_says_why(cast, street, login):
    # Jef does not visit people: he only offered groceries.
    request = ask(cast, help_type=HelpType.VISIT)

    response = login(cast.worker).post(
        reverse("aid:match_propose", args=["rabot", request.pk]),
        {"helper": cast.neighbour.pk},
        follow=True,
    )

    assert "Deze persoon biedt deze soort hulp niet aan." in response.content.decode()
    assert not Match.objects.filter(request=request).exists()


def test_approve_a_proposal_from_the_page(cast, street, login):
    request = ask(cast)
    match = propose(cast, request, cast.volunteer)
    client = login(cast.worker)

    html = client.get(_detail(cast, request)).content.decode()
    assert reverse("aid:match_approve", args=["rabot", match.pk]) in html
    client.post(reverse("aid:match_approve", args=["rabot", match.pk]))

    match.refresh_from_db()
    assert match.state == MatchState.APPROVED


def test_while_a_helper_is_asked_there_are_no_suggestions(cast, street, login):
    request = ask(cast)
    approved(cast, request, cast.volunteer)

    html = login(cast.worker).get(_detail(cast, request)).content.decode()

    assert 'id="suggestions-title"' not in html
    assert "De helper kreeg een bericht en moet nog antwoorden." in html


def test_withdraw_puts_the_request_back_open(cast, street, login):
    request = ask(cast)
    match = approved(cast, request, cast.volunteer)

    login(cast.worker).post(reverse("aid:match_withdraw", args=["rabot", match.pk]))

    match.refresh_from_db()
    request.refresh_from_db()
    assert match.state == MatchState.WITHDRAWN
    assert request.status == RequestStatus.OPEN


def test_closing_as_done_ends_the_request(cast, street, login):
    request = ask(cast)
    match = approved(cast, request, cast.volunteer)

    response = login(cast.worker).post(
        reverse("aid:match_close", args=["rabot", match.pk]), {"outcome": "done"}
    )

    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == RequestStatus.DONE


def test_closing_as_failed_without_a_reason_shows_the_error_on_the_page(cast, street, login):
    request = ask(cast)
    match = approved(cast, request, cast.volunteer)

    response = login(cast.worker).post(
        reverse("aid:match_close", args=["rabot", match.pk]), {"outcome": "failed"}
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="error-summary"' in html
    assert "Schrijf kort waarom het niet gelukt is." in html
    match.refresh_from_db()
    assert match.state == MatchState.APPROVED


def test_closing_as_failed_keeps_the_reason_and_reopens(cast, street, login):
    request = ask(cast)
    match = approved(cast, request, cast.volunteer)

    login(cast.worker).post(
        reverse("aid:match_close", args=["rabot", match.pk]),
        {"outcome": "failed", "reason": "Amina was in het ziekenhuis."},
    )

    match.refresh_from_db()
    request.refresh_from_db()
    assert match.state == MatchState.FAILED
    assert match.failure_reason == "Amina was in het ziekenhuis."
    assert request.status == RequestStatus.OPEN
    html = login(cast.worker).get(_detail(cast, request)).content.decode()
    assert "Amina was in het ziekenhuis." in html


def test_a_follow_up_note_is_kept_and_shown(cast, street, login):
    request = ask(cast)
    match = approved(cast, request, cast.volunteer)
    client = login(cast.worker)

    client.post(
        reverse("aid:match_note", args=["rabot", match.pk]), {"text": "Youssef belt donderdag."}
    )

    assert match.notes.get().text == "Youssef belt donderdag."
    assert "Youssef belt donderdag." in client.get(_detail(cast, request)).content.decode()


def test_an_empty_note_is_refused_with_an_error_summary(cast, street, login):
    request = ask(cast)
    match = approved(cast, request, cast.volunteer)

    response = login(cast.worker).post(
        reverse("aid:match_note", args=["rabot", match.pk]), {"text": "  "}
    )

    assert 'class="error-summary"' in response.content.decode()
    assert not match.notes.exists()


def test_a_veto_takes_the_helper_out_of_the_suggestions(cast, street, login):
    request = ask(cast)
    client = login(cast.worker)

    client.post(
        reverse("aid:request_veto", args=["rabot", request.pk]), {"helper": cast.volunteer.pk}
    )

    assert Veto.objects.filter(requester=cast.resident, helper=cast.volunteer).exists()
    html = client.get(_detail(cast, request)).content.decode()
    assert _suggested(html) == ["Jef"]
    assert "Al geweigerd:" in html


def test_closing_a_request_that_is_no_longer_needed(cast, street, login):
    request = ask(cast)

    login(cast.worker).post(reverse("aid:request_close", args=["rabot", request.pk]))

    request.refresh_from_db()
    assert request.status == RequestStatus.CLOSED


def test_a_request_of_another_place_is_a_404(cast, street, login):
    other = services.request_create(
        actor=cast.school_worker,
        place=cast.school,
        requester=cast.pupil_parent,
        help_type=HelpType.PAPERWORK,
    )

    response = login(cast.worker).get(reverse("aid:request_detail", args=["rabot", other.pk]))

    assert response.status_code == 404
