"""`nabij batch-match`: batch matching from the command line, with a progress bar on
stderr and a summary on stdout; proposals only, as on the page."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from nabij.aid.choices import MatchSource, MatchState
from nabij.aid.models import BatchRun, BatchRunState, Match
from nabij.cli import main
from tests.aid.conftest import ask, resident


def batch_match(*args: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("batch_match", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def three_asks(cast, street):
    kwame = resident(cast.rabot, "Kwame", sector="Torens Rabot", languages=("fr",))
    hana = resident(cast.rabot, "Hana", sector="Rabotstraat", languages=("so",))
    ask(cast)
    ask(cast, kwame)
    ask(cast, hana)  # nobody speaks Somali


def test_it_proposes_for_every_open_request_and_sums_up(cast, three_asks):
    out, err = batch_match("--place", "rabot")

    proposals = Match.objects.filter(source=MatchSource.BATCH, state=MatchState.PROPOSED)
    assert proposals.count() == 2
    assert "3 open vragen bekeken: 2 nieuw, 0 hetzelfde, 0 vervangen, 1 zonder helper." in out
    assert "/p/rabot/aid/batch/" in out
    assert "3/3" in err  # the progress bar, on stderr
    run = BatchRun.objects.get()
    assert (run.state, run.done, run.total) == (BatchRunState.DONE, 3, 3)


def test_it_acts_as_the_first_admin_unless_told_whom(cast, three_asks):
    batch_match("--place", "rabot")
    assert {m.proposed_by for m in Match.objects.filter(state=MatchState.PROPOSED)} == {cast.admin}

    batch_match("--place", "rabot", "--as", "sara", "--bridging", "3")
    assert BatchRun.objects.filter(started_by=cast.worker).count() == 1


def test_it_refuses_someone_who_is_not_staff_of_the_place(cast, three_asks):
    with pytest.raises(CommandError, match="plek"):
        batch_match("--place", "rabot", "--as", "jef")
    with pytest.raises(CommandError):
        batch_match("--place", "rabot", "--as", "els")  # a worker, but at the school

    assert not Match.objects.exists()


def test_it_refuses_an_unknown_place_or_person(cast):
    with pytest.raises(CommandError, match="nergens"):
        batch_match("--place", "nergens")
    with pytest.raises(CommandError, match="gebruikersnaam niemand"):
        batch_match("--place", "rabot", "--as", "niemand")


def test_it_waits_for_a_run_already_at_work(cast, three_asks):
    now = timezone.now()
    BatchRun.objects.create(
        place=cast.rabot, state=BatchRunState.RUNNING, created_at=now, updated_at=now
    )

    with pytest.raises(CommandError, match="Er loopt al een ronde"):
        batch_match("--place", "rabot")

    assert not Match.objects.exists()


def test_it_answers_to_its_dashed_name(cast, three_asks, capsys):
    main(["nabij", "batch-match", "--place", "rabot"])

    assert "3 open vragen bekeken" in capsys.readouterr().out
