"""Batch matching from the page: one button proposes for all open requests; workers review."""

import re

from django.urls import reverse

from nabij.aid.choices import MatchSource, MatchState
from nabij.aid.models import Match
from tests.aid.conftest import ask, resident

BATCH = reverse("aid:batch", args=["rabot"])


def _text(response) -> str:
    """The page as read: tags dropped, white space collapsed."""
    return " ".join(re.sub(r"<[^>]+>", " ", response.content.decode()).split())


def test_a_run_proposes_for_every_open_request_and_shows_a_summary(cast, street, login):
    kwame = resident(cast.rabot, "Kwame", sector="Torens Rabot", languages=("fr",))
    hana = resident(cast.rabot, "Hana", sector="Rabotstraat", languages=("so",))
    ask(cast)
    ask(cast, kwame)
    ask(cast, hana)  # nobody speaks Somali
    client = login(cast.worker)

    response = client.post(BATCH, {"bridging": "1"})
    assert response.status_code == 302  # reloading the page does not run it again

    html = _text(client.get(BATCH))
    assert Match.objects.filter(source=MatchSource.BATCH, state=MatchState.PROPOSED).count() == 2
    assert "Klaar: 2 nieuwe voorstellen." in html
    assert "1 vraag zonder helper" in html
    assert "Goedkeuren voor Amina" in html
    assert "Goedkeuren voor Kwame" in html
    # The summary is shown once, after the run.
    assert "vraag zonder helper" not in _text(client.get(BATCH))


def test_approving_from_the_batch_page_comes_back_to_it(cast, street, login):
    ask(cast)
    client = login(cast.worker)
    client.post(BATCH)
    match = Match.objects.get(state=MatchState.PROPOSED)

    response = client.post(reverse("aid:match_approve", args=["rabot", match.pk]), {"next": BATCH})

    assert response["Location"] == BATCH
    match.refresh_from_db()
    assert match.state == MatchState.APPROVED
    assert "Goedkeuren voor Amina" not in client.get(BATCH).content.decode()


def test_a_next_to_another_site_is_ignored(cast, street, login):
    request = ask(cast)
    client = login(cast.worker)
    client.post(BATCH)
    match = Match.objects.get(state=MatchState.PROPOSED)

    response = client.post(
        reverse("aid:match_withdraw", args=["rabot", match.pk]),
        {"next": "https://elders.example/"},
    )

    assert response["Location"] == reverse("aid:request_detail", args=["rabot", request.pk])


def test_a_rerun_replaces_only_what_nobody_reviewed(cast, street, login):
    kwame = resident(cast.rabot, "Kwame", sector="Torens Rabot", languages=("fr",))
    ask(cast)
    ask(cast, kwame)
    client = login(cast.worker)
    client.post(BATCH)
    reviewed = Match.objects.get(request__requester=cast.resident)
    client.post(reverse("aid:match_approve", args=["rabot", reviewed.pk]), {"next": BATCH})

    client.post(BATCH)

    reviewed.refresh_from_db()
    assert reviewed.state == MatchState.APPROVED
    html = _text(client.get(BATCH))
    assert "1 voorstel bleef hetzelfde" in html
    assert "Goedkeuren voor Kwame" in html
