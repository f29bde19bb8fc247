"""The testimony pages: write the quote and the consent, see what Nabij takes out, save;
a colleague reads it; consent withdrawn."""

from datetime import date

from django.urls import reverse
from django.utils import timezone

from nabij.signals import choices, models
from nabij.signals.choices import ConsentHow
from nabij.signals.errors import SignalError
from nabij.signals.services import testimonies as services

QUOTE = "Amina belt me elke dag op 0470 12 34 56. Zonder haar at ik niet."


def url(name: str, *args) -> str:
    return reverse(f"signals:{name}", args=["rabot", *args])


def form(**changes) -> dict:
    return {
        "text": QUOTE,
        "language": "nl",
        "theme": "",
        "context": "een buurman van 80",
        "consent_how": ConsentHow.SPOKEN,
        "consent_on": timezone.localdate().isoformat(),
        "action": "preview",
    } | changes


def recorded_by(member, cast) -> models.Testimony:
    return services.testimony_record(
        actor=member,
        place=cast.rabot,
        text="Voor een woning is er niemand.",
        language="nl",
        consent_how=ConsentHow.WRITTEN,
        consent_on=date(2026, 11, 1),
    )


def test_the_first_step_shows_what_nabij_takes_out_and_stores_nothing(cast, login):
    response = login(cast.worker).post(url("testimony_new"), form())

    page = response.content.decode()
    assert response.status_code == 200
    assert "<mark>[naam]</mark> belt me elke dag op <mark>[telefoon]</mark>" in page
    assert '<th scope="row" dir="auto">Amina</th>' in page
    # The text to edit is the stripped one.
    assert "[naam] belt me elke dag op [telefoon]. Zonder haar at ik niet.</textarea>" in page
    assert 'value="save"' in page
    assert not models.Testimony.objects.exists()


def test_the_second_step_saves_the_stripped_quote(cast, login):
    edited = "Mijn buurvrouw belt me elke dag. Zonder haar at ik niet."
    response = login(cast.worker).post(url("testimony_new"), form(text=edited, action="save"))

    assert response.status_code == 302
    testimony = models.Testimony.objects.get()
    assert testimony.text == edited
    assert testimony.status == choices.TestimonyStatus.DRAFT


def test_a_name_put_back_in_the_second_step_is_taken_out_again(cast, login):
    login(cast.worker).post(url("testimony_new"), form(action="save"))

    assert models.Testimony.objects.get().text.startswith("[naam] belt me elke dag op [telefoon].")


def test_without_consent_the_page_says_why_and_stores_nothing(cast, login):
    client = login(cast.worker)
    for action in ("preview", "save"):
        response = client.post(url("testimony_new"), form(consent_how="", action=action))

        assert response.status_code == 200
        assert str(SignalError.NO_CONSENT.message) in response.content.decode()
    assert not models.Testimony.objects.exists()


def test_the_list_offers_to_review_only_what_someone_else_recorded(cast, login):
    saras = recorded_by(cast.worker, cast)
    koens = recorded_by(cast.admin, cast)

    page = login(cast.worker).get(url("testimonies")).content.decode()

    assert f'href="{url("testimony_review", koens.pk)}"' in page
    assert f'href="{url("testimony_review", saras.pk)}"' not in page
    assert "Wacht op nalezen" in page


def test_a_colleague_approves_on_the_review_page(cast, login):
    saras = recorded_by(cast.worker, cast)
    client = login(cast.admin)

    page = client.get(url("testimony_review", saras.pk)).content.decode()
    assert "Voor een woning is er niemand." in page
    assert "op papier ondertekend" in page  # the consent

    response = client.post(url("testimony_review", saras.pk), {"decision": "approve"})

    assert response.status_code == 302
    saras.refresh_from_db()
    assert saras.status == choices.TestimonyStatus.APPROVED
    assert saras.reviewed_by == cast.admin


def test_the_recorder_cannot_approve_on_the_review_page(cast, login):
    saras = recorded_by(cast.worker, cast)
    client = login(cast.worker)

    page = client.get(url("testimony_review", saras.pk)).content.decode()
    assert "Je noteerde deze getuigenis zelf." in page
    assert 'name="decision"' not in page

    response = client.post(url("testimony_review", saras.pk), {"decision": "approve"})

    assert str(SignalError.SELF_REVIEW.message) in response.content.decode()
    saras.refresh_from_db()
    assert saras.status == choices.TestimonyStatus.DRAFT


def test_sending_back_without_a_note_is_explained(cast, login):
    saras = recorded_by(cast.worker, cast)

    response = login(cast.admin).post(
        url("testimony_review", saras.pk), {"decision": "send_back", "note": ""}
    )

    assert str(SignalError.REVIEW_NOTE_NEEDED.message) in response.content.decode()
    saras.refresh_from_db()
    assert saras.status == choices.TestimonyStatus.DRAFT


def test_consent_withdrawn_after_a_confirmation(cast, login):
    saras = recorded_by(cast.worker, cast)
    client = login(cast.worker)

    assert "Ja, wis de woorden" in client.get(url("testimony_withdraw", saras.pk)).content.decode()
    response = client.post(url("testimony_withdraw", saras.pk))

    assert response.status_code == 302
    saras.refresh_from_db()
    assert saras.status == choices.TestimonyStatus.WITHDRAWN
    page = client.get(url("testimonies")).content.decode()
    assert "Voor een woning is er niemand." not in page
    assert "De woorden zijn gewist" in page


def test_a_sent_back_testimony_is_recorded_again_from_where_it_was(cast, login):
    saras = recorded_by(cast.worker, cast)
    services.testimony_review(
        actor=cast.admin, testimony=saras, approve=False, note="Zeg niet hoe lang."
    )
    client = login(cast.worker)

    listed = client.get(url("testimonies")).content.decode()
    again = client.get(url("testimony_new"), {"opnieuw": saras.pk}).content.decode()

    assert "Zeg niet hoe lang." in listed
    assert f"{url('testimony_new')}?opnieuw={saras.pk}" in listed
    assert "Voor een woning is er niemand.</textarea>" in again
