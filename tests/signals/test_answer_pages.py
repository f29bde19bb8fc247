"""The public answer page behind the link: no login, one page, in the survey's language."""

import re

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from nabij.signals.choices import SurveyStatus
from nabij.signals.models import Response
from tests.signals.conftest_answers import asked_fixture, survey_build  # noqa: F401 (a fixture)


def _url(asked, language=None) -> str:
    url = reverse("signals:answer", args=["rabot", asked.survey.public_key])
    return f"{url}?taal={language}" if language else url


def _token(page) -> str:
    return re.search(r'name="token" value="([^"]+)"', page.content.decode()).group(1)


def _yes(asked, token) -> dict:
    return {
        "token": token,
        f"q{asked.helped.pk}": str(asked.yes.pk),
        f"q{asked.what_for.pk}": [str(asked.food.pk), str(asked.housing.pk)],
        f"q{asked.content.pk}": "5",
        f"q{asked.household.pk}": "4",
        f"q{asked.better.pk}": "Een speelplein.",
    }


def test_anyone_answers_without_logging_in(asked):
    client = Client()
    page = client.get(_url(asked))
    assert page.status_code == 200
    html = page.content.decode()
    assert "Hoe gaat het in de buurt?" in html
    assert f'<legend id="id_q{asked.helped.pk}_legend">1. Heb je dit jaar hulp gevraagd?' in html
    assert "Versturen" in html
    # The skip rule in words, for a page without JavaScript.
    assert "Antwoordde je 'Nee'? Ga dan verder bij vraag 4." in html

    sent = client.post(_url(asked, "nl"), _yes(asked, _token(page)))
    assert sent.status_code == 302
    assert sent["Location"].startswith(
        reverse("signals:answer_thanks", args=["rabot", asked.survey.public_key])
    )
    response = Response.objects.get()
    assert response.language == "nl" and response.channel == "web"
    assert response.answers.count() == 6
    assert "goed aangekomen" in client.get(sent["Location"]).content.decode()


def test_the_page_in_arabic_is_written_right_to_left(asked):
    page = Client().get(_url(asked, "ar"))
    html = page.content.decode()
    assert re.search(r'<div class="survey" lang="ar" dir="rtl">', html)
    assert "كيف الحال في الحي؟" in html
    assert page["Content-Language"] == "ar"
    # Each language is offered in its own name.
    assert 'lang="nl" hreflang="nl" dir="ltr"' in html and ">Nederlands<" in html


def test_an_arabic_answer_is_stored_as_arabic(asked):
    client = Client()
    page = client.get(_url(asked, "ar"))
    client.post(_url(asked, "ar"), _yes(asked, _token(page)))
    assert Response.objects.get().language == "ar"


def test_a_missing_answer_is_shown_next_to_its_question(asked):
    client = Client()
    token = _token(client.get(_url(asked)))
    form = _yes(asked, token) | {f"q{asked.content.pk}": ""}
    page = client.post(_url(asked, "nl"), form)
    assert page.status_code == 200
    html = page.content.decode()
    assert f'id="id_q{asked.content.pk}_error"' in html
    assert "Beantwoord deze vraag." in html
    assert f'value="{token}"' in html  # the same form, still unused
    assert not Response.objects.exists()


def test_a_form_sent_twice_through_the_page_counts_once(asked):
    client = Client()
    form = _yes(asked, _token(client.get(_url(asked))))
    client.post(_url(asked, "nl"), form)
    again = client.post(_url(asked, "nl"), form)
    assert again.status_code == 409
    assert "Dit formulier is al verstuurd." in again.content.decode()
    assert Response.objects.count() == 1


def test_a_forged_token_through_the_page_is_refused(asked):
    client = Client()
    form = _yes(asked, _token(client.get(_url(asked))) + "x")
    page = client.post(_url(asked, "nl"), form)
    assert page.status_code == 400
    assert "Deze link klopt niet." in page.content.decode()
    assert not Response.objects.exists()


def test_a_closed_survey_shows_a_message_and_no_form(asked):
    asked.survey.status = SurveyStatus.CLOSED
    asked.survey.closed_at = timezone.now()
    asked.survey.save()
    page = Client().get(_url(asked))
    html = page.content.decode()
    assert "Deze vragenlijst is afgesloten." in html
    assert '<form method="post" action="?taal' not in html
    assert 'name="token"' not in html


def test_an_unknown_link_leads_to_a_friendly_page(cast):
    page = Client().get(reverse("signals:answer", args=["rabot", "x" * 22]))
    assert page.status_code == 404
    assert "Deze link klopt niet." in page.content.decode()


def test_a_link_of_one_place_does_not_open_under_another(asked):
    page = Client().get(reverse("signals:answer", args=["regenboog", asked.survey.public_key]))
    assert page.status_code == 404


def test_no_two_visitors_share_a_form(asked):
    first, second = Client().get(_url(asked)), Client().get(_url(asked))
    assert _token(first) != _token(second)
    assert "no-cache" in first["Cache-Control"] or "max-age=0" in first["Cache-Control"]


def test_a_survey_still_being_written_is_not_open_yet(cast):
    draft = survey_build(cast.rabot, status=SurveyStatus.DRAFT)
    html = Client().get(_url(draft)).content.decode()
    assert "Deze vragenlijst is nog niet open." in html
    assert 'name="token"' not in html


def test_without_a_choice_the_page_opens_in_the_visitors_own_language(asked, settings):
    client = Client()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ar"
    html = client.get(_url(asked)).content.decode()
    assert '<div class="survey" lang="ar" dir="rtl">' in html
