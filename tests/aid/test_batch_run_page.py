"""The batch page follows a run without a script: a progress bar and "x of y" that reload
every two seconds while it works, then the summary and the proposals, once."""

import re
from datetime import timedelta
from html.parser import HTMLParser

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from nabij.aid.choices import MatchSource, MatchState
from nabij.aid.models import BatchRun, BatchRunState, BatchRunStep, Match
from nabij.aid.services import batch_run
from tests.aid.conftest import ask, resident

BATCH = reverse("aid:batch", args=["rabot"])
START_BUTTON = "Voorstellen maken voor alle open vragen"


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.found.append((tag, dict(attrs)))


def tags(response, name: str) -> list[dict]:
    parser = _Tags()
    parser.feed(response.content.decode())
    return [attrs for tag, attrs in parser.found if tag == name]


def refresh_meta(response) -> list[dict]:
    return [attrs for attrs in tags(response, "meta") if attrs.get("http-equiv") == "refresh"]


def text(response) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", response.content.decode()).split())


@pytest.fixture
def inline(monkeypatch):
    """Runs go in the request, so a test sees the end without waiting for a thread."""
    monkeypatch.setattr(batch_run, "run_in_background", False)


def running(
    cast,
    *,
    done: int,
    total: int,
    minutes_silent: float = 0,
    step: str = BatchRunStep.WEIGHING,
) -> BatchRun:
    at = timezone.now() - timedelta(minutes=minutes_silent)
    return BatchRun.objects.create(
        place=cast.rabot,
        started_by=cast.worker,
        state=BatchRunState.RUNNING,
        step=step,
        done=done,
        total=total,
        created_at=at,
        updated_at=at,
    )


def test_a_running_batch_shows_how_far_it_is_and_reloads_itself(cast, street, login):
    running(cast, done=3, total=10, step=BatchRunStep.WEIGHING)

    response = login(cast.admin).get(BATCH)

    [bar] = tags(response, "progress")
    assert (bar["value"], bar["max"]) == ("3", "10")
    assert "Nu: de mogelijke helpers worden gewogen." in text(response)
    assert "3 van 10 open vragen gewogen" in text(response)
    assert "Gestart door Sara" in text(response)
    assert refresh_meta(response) == [{"http-equiv": "refresh", "content": "2"}]
    # No second start while it works, and no list that is about to change.
    assert START_BUTTON not in text(response)
    assert "Voorstellen om na te kijken" not in text(response)


def test_after_weighing_the_page_says_what_it_does_without_a_count(cast, street, login):
    running(cast, done=10, total=10, step=BatchRunStep.SAVING)

    response = login(cast.admin).get(BATCH)

    [bar] = tags(response, "progress")
    assert "value" not in bar  # no count to show: the bar only says "busy"
    assert "Nu: de voorstellen worden bewaard." in text(response)
    assert "10 open vragen in deze ronde" in text(response)


def test_a_reader_can_stop_the_page_from_reloading(cast, street, login):
    running(cast, done=3, total=10)

    response = login(cast.worker).get(BATCH, {"refresh": "off"})

    assert refresh_meta(response) == []
    assert tags(response, "progress")
    assert "Nu vernieuwen" in text(response)


def test_a_page_without_a_run_does_not_reload(cast, street, login):
    response = login(cast.worker).get(BATCH)

    assert refresh_meta(response) == []
    assert tags(response, "progress") == []
    assert START_BUTTON in text(response)
    assert "Geen voorstellen om na te kijken." in text(response)


def test_whoever_watched_the_run_sees_its_summary_once_when_it_ends(cast, street, login):
    kwame = resident(cast.rabot, "Kwame", sector="Torens Rabot", languages=("fr",))
    hana = resident(cast.rabot, "Hana", sector="Rabotstraat", languages=("so",))
    ask(cast)
    ask(cast, kwame)
    ask(cast, hana)  # nobody speaks Somali
    # Started, and the thread has not picked it up yet.
    begun = batch_run.batch_run_begin(actor=cast.worker, place=cast.rabot)
    client = login(cast.worker)

    waiting = client.get(BATCH)
    assert "De ronde wacht om te beginnen" in text(waiting)
    assert refresh_meta(waiting)
    [bar] = tags(waiting, "progress")
    assert "value" not in bar  # nothing measured yet: a bar that says so

    batch_run.batch_run_execute(run=begun.run, actor=cast.worker, place=cast.rabot)
    ended = client.get(BATCH)

    assert refresh_meta(ended) == []
    assert "Klaar: 2 nieuwe voorstellen." in text(ended)
    assert "3 open vragen bekeken" in text(ended)
    assert "1 vraag zonder helper" in text(ended)
    assert "Goedkeuren voor Kwame" in text(ended)
    assert START_BUTTON in text(ended)
    assert "vraag zonder helper" not in text(client.get(BATCH))


def test_watching_a_run_for_a_while_keeps_its_summary_for_the_end(cast, street, login):
    ask(cast)
    begun = batch_run.batch_run_begin(actor=cast.worker, place=cast.rabot)
    client = login(cast.worker)
    for _refresh in range(2):
        client.get(BATCH)

    batch_run.batch_run_execute(run=begun.run, actor=cast.worker, place=cast.rabot)

    assert "Klaar: 1 nieuw voorstel." in text(client.get(BATCH))


def test_a_refresh_while_a_run_works_writes_nothing(cast, street, login):
    # On SQLite a write would wait for the batch's own transaction to end.
    running(cast, done=3, total=10)
    client = login(cast.worker)
    client.get(BATCH)

    with CaptureQueriesContext(connection) as queries:
        client.get(BATCH)

    writes = [q["sql"] for q in queries if not q["sql"].lstrip().upper().startswith("SELECT")]
    assert writes == []


def test_starting_runs_the_batch_and_shows_the_summary(cast, street, login, inline):
    ask(cast)
    client = login(cast.worker)

    response = client.post(BATCH, {"bridging": "2"})

    assert response.status_code == 302  # reloading the page starts nothing
    run = BatchRun.objects.get()
    assert (run.state, run.started_by, run.done, run.total) == (
        BatchRunState.DONE,
        cast.worker,
        1,
        1,
    )
    assert Match.objects.filter(source=MatchSource.BATCH, state=MatchState.PROPOSED).count() == 1
    assert "Klaar: 1 nieuw voorstel." in text(client.get(BATCH))


def test_starting_while_a_run_works_shows_that_run_instead(cast, street, login, inline):
    ask(cast)
    going = running(cast, done=0, total=1)
    client = login(cast.admin)

    client.post(BATCH)
    response = client.get(BATCH)

    assert list(BatchRun.objects.all()) == [going]
    assert not Match.objects.exists()
    assert "Er loopt al een ronde voor deze plek" in text(response)
    assert refresh_meta(response)


def test_a_run_that_failed_says_so_to_whoever_watched_it(cast, street, login, monkeypatch):
    ask(cast)
    begun = batch_run.batch_run_begin(actor=cast.worker, place=cast.rabot)
    client = login(cast.worker)
    client.get(BATCH)

    def broken(**kwargs):
        raise RuntimeError("the matching core fell over")

    monkeypatch.setattr(batch_run, "batch_propose", broken)
    batch_run.batch_run_execute(run=begun.run, actor=cast.worker, place=cast.rabot)
    response = client.get(BATCH)

    assert "De ronde is mislukt. Er zijn geen voorstellen gemaakt." in text(response)
    assert "the matching core" not in text(response)
    assert refresh_meta(response) == []
    assert START_BUTTON in text(response)
