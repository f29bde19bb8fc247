"""A line that is not a passage stops `nabij code-passages` with exit code 2 and a
message naming the line; the lines before it are coded and written, none after it."""

import io
import json
import subprocess
import sys

import pytest
from django.core.management import CommandError, call_command

GOOD = json.dumps({"text": "Buren helpen elkaar met boodschappen en klusjes."})


@pytest.mark.parametrize(
    ("bad", "problem"),
    [
        ("{niet json", "geen JSON"),
        ('["een lijst", "geen object"]', "geen JSON-object"),
        ('{"tekst": "het veld heet text"}', "geen tekst"),
        ('{"text": "   "}', "geen tekst"),
        ('{"text": 42}', "geen tekst"),
    ],
)
def test_a_bad_line_is_named_and_nothing_after_it_is_coded(bad, problem):
    out = io.StringIO()

    with pytest.raises(CommandError) as refused:
        call_command(
            "code_passages", stdin=io.StringIO("\n".join([GOOD, GOOD, bad, GOOD])), stdout=out
        )

    assert refused.value.returncode == 2
    assert "Regel 3" in str(refused.value)
    assert problem in str(refused.value)
    written = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(written) == 2
    assert all("source" in line for line in written)


def test_from_the_command_line_a_bad_line_exits_with_code_2_and_a_message():
    done = subprocess.run(
        [sys.executable, "-m", "nabij.cli", "code-passages"],
        input=f"{GOOD}\nniet json\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )

    assert done.returncode == 2
    assert "Regel 2: dit is geen JSON" in done.stderr
    assert "Traceback" not in done.stderr
    assert len(done.stdout.splitlines()) == 1
