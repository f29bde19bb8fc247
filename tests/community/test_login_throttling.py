"""Guessing passwords: after five wrong ones, even the right password is refused for a while."""

from django.conf import settings
from django.urls import reverse

from tests.conftest import PASSWORD


def _log_in(client, password: str):
    return client.post(reverse("login"), {"username": "sara", "password": password})


def test_the_right_password_logs_in(cast, client):
    response = _log_in(client, PASSWORD)

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(cast.worker.user.pk)


def test_four_wrong_passwords_are_refused_but_do_not_lock(cast, client):
    for attempt in range(4):
        response = _log_in(client, f"raden-{attempt}")
        assert response.status_code == 200
        assert "_auth_user_id" not in client.session

    assert _log_in(client, PASSWORD).status_code == 302


def test_five_wrong_passwords_lock_the_account(cast, client):
    assert settings.AXES_FAILURE_LIMIT == 5
    for attempt in range(5):
        _log_in(client, f"raden-{attempt}")

    response = _log_in(client, PASSWORD)

    assert response.status_code == 429
    assert "Te veel pogingen" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_lock_is_for_that_user_only(cast, client):
    for attempt in range(5):
        _log_in(client, f"raden-{attempt}")

    response = client.post(reverse("login"), {"username": "koen", "password": PASSWORD})

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(cast.admin.user.pk)


def test_the_lockout_page_says_how_long_to_wait(cast, client, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        client.post(reverse("login"), {"username": "sara", "password": "fout"})
    response = client.post(reverse("login"), {"username": "sara", "password": "fout"})

    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    assert f"{minutes} minuten" in response.content.decode()
