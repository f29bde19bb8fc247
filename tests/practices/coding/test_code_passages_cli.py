"""`nabij code-passages < passages.jsonl > coded.jsonl`: each line keeps what it had and
gets a source, a tension field (a label or null), scores and the words that triggered
them. The file is coded as a person would run it, in a process of its own (once for the
module: starting one takes a while)."""

import io
import json
import subprocess
import sys

import pytest
from django.core.management import call_command

from nabij.practices.coding.labels import SOURCES, TENSION_FIELDS

PASSAGES = [
    {"id": "p1", "text": "Ontmoetingsplaatsen in de buurt waar bewoners elkaar leren kennen."},
    {
        "id": "p2",
        "page": 4,
        "text": "Huurders komen samen op tegen discriminatie op de private woningmarkt en "
        "eisen dat de stad praktijktesten invoert.",
    },
    {"id": "p3", "text": "Het budget voor 2026 bedraagt 4,2 miljoen euro, zie tabel 3."},
]


@pytest.fixture(scope="module")
def coded_file(tmp_path_factory) -> list[dict]:
    source = tmp_path_factory.mktemp("coding") / "passages.jsonl"
    source.write_text("".join(json.dumps(row) + "\n" for row in PASSAGES), encoding="utf-8")
    with source.open(encoding="utf-8") as stdin:
        done = subprocess.run(
            [sys.executable, "-m", "nabij.cli", "code-passages"],
            stdin=stdin,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=300,
        )
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def code_passages(stdin: str, *args: str) -> list[dict]:
    out = io.StringIO()
    call_command("code_passages", *args, stdin=io.StringIO(stdin), stdout=out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_every_passage_comes_back_coded_with_its_own_keys_kept(coded_file):
    coded = coded_file
    assert len(coded) == len(PASSAGES)
    for row, line in zip(PASSAGES, coded, strict=True):
        assert {key: line[key] for key in row} == row
        assert set(line) == set(row) | {"source", "tension_field", "scores", "triggers"}
        assert line["source"] in (*SOURCES, None)
        assert line["tension_field"] in (*TENSION_FIELDS, None)
        assert set(line["scores"]["source"]) == set(SOURCES)
        assert set(line["scores"]["tension_field"]) == set(TENSION_FIELDS)
        for dimension in ("source", "tension_field"):
            assert all(0 <= score <= 1 for score in line["scores"][dimension].values())


def test_meeting_places_are_encounter_a_fight_against_discrimination_is_struggle(coded_file):
    meeting, fight, budget = coded_file

    assert meeting["source"] == "encounter"
    assert fight["source"] == "struggle"
    assert budget["source"] is None
    # The chosen source has the highest score and words of the passage behind it.
    assert max(meeting["scores"]["source"], key=meeting["scores"]["source"].get) == "encounter"
    assert meeting["triggers"]["encounter"]
    assert all(
        word.casefold() in meeting["text"].casefold() for word in meeting["triggers"]["encounter"]
    )


def test_french_text_is_coded_with_the_french_lexicon_and_accents_survive():
    passage = {"text": "Des lieux de rencontre où les habitants du quartier se découvrent."}

    (line,) = code_passages(json.dumps(passage, ensure_ascii=False) + "\n", "--language", "fr")

    assert line["text"] == passage["text"]
    assert line["source"] in (*SOURCES, None)


def test_blank_lines_are_skipped_and_no_input_gives_no_output():
    assert len(code_passages("\n" + json.dumps(PASSAGES[0]) + "\n\n")) == 1
    assert code_passages("") == []
