"""A helper's own page: what a worker asked them, with only what the help needs."""

from django.urls import reverse

from nabij.aid.choices import MatchState
from nabij.community import services as community_services
from nabij.community.choices import SensitiveKind
from nabij.community.services import PrivacyChoice
from tests.aid.conftest import approved, ask, propose

MINE = reverse("aid:my_help", args=["rabot"])


def test_a_proposal_a_worker_did_not_approve_is_not_shown(cast, street, login):
    propose(cast, ask(cast, worker_note="Geheim"), cast.volunteer)

    html = login(cast.volunteer).get(MINE).content.decode()

    assert "Amina" not in html
    assert "Niemand vraagt nu je hulp." in html


def test_an_approved_match_shows_what_the_help_needs(cast, street, login):
    approved(cast, ask(cast), cast.volunteer)

    html = login(cast.volunteer).get(MINE).content.decode()

    assert "Amina: boodschappen" in html
    assert "Rabotstraat" in html
    # Amina has no phone or e-mail: she is reached through Sara, her worker.
    assert "via Sara, de werker die dit opvolgt" in html
    assert "Ja, ik help Amina" in html
    assert "Nee, ik kan niet" in html


def test_a_requester_with_a_phone_is_reached_on_it(cast, street, login):
    cast.resident.contact_channel, cast.resident.phone = "phone", "+32 470 12 34 56"
    cast.resident.save(update_fields=["contact_channel", "phone"])
    approved(cast, ask(cast), cast.volunteer)

    html = login(cast.volunteer).get(MINE).content.decode()

    assert 'href="tel:+32 470 12 34 56"' in html


def test_never_the_worker_note_nor_special_category_data(cast, street, login):
    community_services.member_privacy_update(
        actor=cast.worker,
        place=cast.rabot,
        member=cast.resident,
        choices={
            SensitiveKind.RESIDENCE_STATUS: PrivacyChoice(
                consent=True, value="zonder papieren", clear=False
            )
        },
    )
    approved(cast, ask(cast, worker_note="Let op: de zoon is agressief."), cast.volunteer)

    html = login(cast.volunteer).get(MINE).content.decode()

    assert "Amina" in html
    assert "agressief" not in html
    assert "zonder papieren" not in html
    assert "verblijfsstatus" not in html.lower()


def test_the_helper_accepts(cast, street, login):
    match = approved(cast, ask(cast), cast.volunteer)

    response = login(cast.volunteer).post(
        reverse("aid:match_respond", args=["rabot", match.pk]), {"accept": "1"}, follow=True
    )

    match.refresh_from_db()
    assert match.state == MatchState.ACCEPTED
    assert "Je hebt ja gezegd" in response.content.decode()


def test_the_helper_declines_and_the_request_is_open_again(cast, street, login):
    match = approved(cast, ask(cast), cast.volunteer)

    login(cast.volunteer).post(
        reverse("aid:match_respond", args=["rabot", match.pk]), {"accept": "0"}
    )

    match.refresh_from_db()
    match.request.refresh_from_db()
    assert match.state == MatchState.DECLINED
    assert match.request.status == "open"


def test_someone_else_cannot_answer_for_the_helper(cast, street, login):
    match = approved(cast, ask(cast), cast.volunteer)

    response = login(cast.neighbour).post(
        reverse("aid:match_respond", args=["rabot", match.pk]), {"accept": "0"}, follow=True
    )

    match.refresh_from_db()
    assert match.state == MatchState.APPROVED
    html = response.content.decode()
    assert "niet aan jou gericht" in html
    assert "Amina" not in html
