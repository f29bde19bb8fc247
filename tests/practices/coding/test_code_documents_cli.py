"""`nabij code FILE...` codes whole documents passage by passage; a file that cannot be
read is named with the reason, the others are still coded, and the exit code says so."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

PLAN = (
    "Ontmoeting in de wijk\n\n"
    "De stad wil ontmoetingsplaatsen in de buurt waar bewoners elkaar leren kennen en samen "
    "iets opzetten.\n\n"
    "Het budget voor 2026 bedraagt 4,2 miljoen euro voor de hele werking van de dienst.\n"
)


def test_a_text_document_is_coded_passage_by_passage(tmp_path):
    plan = tmp_path / "plan.txt"
    plan.write_text(PLAN, encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()

    call_command("code", str(plan), stdout=out, stderr=err)

    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [(line["position"], line["page"]) for line in lines] == [(1, None), (2, None)]
    assert lines[0]["file"] == str(plan)
    assert lines[0]["text"].startswith("Ontmoeting in de wijk. De stad wil")
    assert lines[0]["source"] == "encounter"
    assert lines[1]["source"] is None
    assert set(lines[0]) == {
        "file", "page", "position", "text", "source", "tension_field", "scores", "triggers",
    }  # fmt: skip
    assert "passages" in err.getvalue()  # the progress bar


def test_an_unreadable_file_is_named_and_the_others_are_still_coded(tmp_path):
    plan = tmp_path / "plan.txt"
    plan.write_text(PLAN, encoding="utf-8")
    broken = tmp_path / "kapot.pdf"
    broken.write_bytes(b"%PDF-1.4 dit is geen echte pdf")
    missing = tmp_path / "weg.txt"
    written = tmp_path / "coded.jsonl"
    err = io.StringIO()

    with pytest.raises(CommandError) as refused:
        call_command("code", str(broken), str(plan), str(missing), out=str(written), stderr=err)

    assert refused.value.returncode == 1
    assert "2 van de 3 bestanden" in str(refused.value)
    assert f"{broken}: " in err.getvalue()
    assert "PDF" in err.getvalue()
    assert f"{missing}: dit bestand bestaat niet." in err.getvalue()
    lines = [json.loads(line) for line in written.read_text(encoding="utf-8").splitlines()]
    assert {line["file"] for line in lines} == {str(plan)}
    assert len(lines) == 2
