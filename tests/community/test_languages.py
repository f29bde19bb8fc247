"""The interface language: Dutch unless the person picks another with the switch."""

import re

import pytest
from django.conf import settings
from django.urls import reverse

COOKIE = settings.LANGUAGE_COOKIE_NAME

# The welcome page reads which places publish a page for everyone.
pytestmark = pytest.mark.django_db


def _html_tag(response) -> tuple[str, str]:
    found = re.search(r'<html lang="([^"]*)" dir="([^"]*)"', response.content.decode())
    assert found, "the page has no <html lang dir>"
    return found.group(1), found.group(2)


def test_the_welcome_page_is_dutch_by_default(client):
    response = client.get("/")

    assert _html_tag(response) == ("nl", "ltr")
    assert response["Content-Language"] == "nl"


def test_the_browsers_language_is_not_followed(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fr")
    assert _html_tag(response) == ("nl", "ltr")


@pytest.mark.parametrize(
    ("code", "direction"), [("fr", "ltr"), ("en", "ltr"), ("tr", "ltr"), ("ar", "rtl")]
)
def test_the_switch_sets_a_cookie_and_the_page_follows(code, direction, client):
    response = client.get(reverse("language", args=[code]), {"next": "/login/"})

    assert response.status_code == 302
    assert response["Location"] == "/login/"
    assert response.cookies[COOKIE].value == code
    page = client.get("/login/")
    assert _html_tag(page) == (code, direction)
    assert page["Content-Language"] == code


def test_the_switch_works_the_same_when_logged_in(cast, login):
    client = login(cast.worker)
    client.get(reverse("language", args=["ar"]))

    page = client.get(reverse("community:dashboard", args=["rabot"]))
    assert _html_tag(page) == ("ar", "rtl")


@pytest.mark.parametrize("code", ["xx", "klingon", "NL", "de"])
def test_an_unknown_language_is_a_404_and_sets_nothing(code, client):
    response = client.get(f"/language/{code}/")

    assert response.status_code == 404
    assert COOKIE not in response.cookies
    assert _html_tag(client.get("/")) == ("nl", "ltr")


def test_a_forged_cookie_falls_back_to_dutch(client):
    client.cookies[COOKIE] = "xx"
    assert _html_tag(client.get("/")) == ("nl", "ltr")


@pytest.mark.parametrize(
    "target", ["https://elders.example/", "//elders.example/", "http://elders.example/p/rabot/"]
)
def test_next_to_another_host_is_not_followed(target, client):
    response = client.get(reverse("language", args=["fr"]), {"next": target})

    assert response.status_code == 302
    assert response["Location"] == "/"
    assert response.cookies[COOKIE].value == "fr"


def test_the_switch_is_offered_on_every_page_with_each_language_in_itself(client):
    html = client.get("/").content.decode()
    for code, name in [("nl", "Nederlands"), ("fr", "Français"), ("ar", "العربية")]:
        assert f'lang="{code}"' in html
        assert name in html
