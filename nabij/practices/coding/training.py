"""The built-in labelled passages the coder learns from: coding/data/train_<language>.jsonl.

One passage a line: {"text": ..., "source": <label or null>, "tension_field": <label or
null>} (other keys, such as "id", are ignored). A language without a file has no
built-in examples; the coder then starts from its lexicon alone."""

import json
from functools import cache
from pathlib import Path

from nabij.practices.coding.labels import SOURCES, TENSION_FIELDS, Example

DATA = Path(__file__).resolve().parent / "data"


class TrainingDataError(ValueError):
    """A line of a built-in set that is not a labelled passage (names the file and line)."""


def read_examples(path: Path, language: str) -> list[Example]:
    """The labelled passages of one JSONL file; a bad line raises TrainingDataError."""
    examples = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            where = f"{path.name}:{number}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                raise TrainingDataError(f"{where}: not JSON ({error.msg})") from error
            if not isinstance(row, dict) or not str(row.get("text") or "").strip():
                raise TrainingDataError(f"{where}: no text")
            source, field = row.get("source"), row.get("tension_field")
            if source not in (None, *SOURCES):
                raise TrainingDataError(f"{where}: unknown source {source!r}")
            if field not in (None, *TENSION_FIELDS):
                raise TrainingDataError(f"{where}: unknown tension field {field!r}")
            examples.append(Example(row["text"], source, field, language))
    return examples


@cache
def builtin_examples(language: str) -> tuple[Example, ...]:
    """The built-in training set of a language (empty when there is none)."""
    path = DATA / f"train_{language}.jsonl"
    if not path.exists():
        return ()
    return tuple(read_examples(path, language))
