"""The labelled passages the coder learns from and is measured on (coding/data): every
line a passage with known labels, every label taught, and no evaluation passage that is
(nearly) a training passage — otherwise the figures in docs/BENCHMARKS.md would lie."""

import json
import re
from collections import Counter
from itertools import product

import pytest

from nabij.practices.coding.labels import SOURCES, TENSION_FIELDS
from nabij.practices.coding.training import DATA

SETS = sorted(DATA.glob("*.jsonl"))
NEAR_DUPLICATE = 0.6  # Jaccard similarity of the word sets
KEYS = {"id", "text", "source", "tension_field"}


def rows(path):
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def word_set(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[^\W\d_]+", text.casefold()))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 1.0


def test_there_is_a_dutch_training_set_and_a_dutch_evaluation_set_of_useful_size():
    names = {path.stem for path in SETS}

    assert {"train_nl", "eval_nl"} <= names
    assert len(rows(DATA / "train_nl.jsonl")) >= 400
    assert len(rows(DATA / "eval_nl.jsonl")) >= 200


@pytest.mark.parametrize("path", SETS, ids=lambda path: path.stem)
def test_every_line_is_a_passage_with_known_labels_or_none(path):
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            row = json.loads(line)  # a line that is not JSON fails here
            assert set(row) == KEYS, f"{path.name}:{number}"
            assert isinstance(row["text"], str) and row["text"].strip(), f"{path.name}:{number}"
            assert row["source"] in (None, *SOURCES), f"{path.name}:{number}"
            assert row["tension_field"] in (None, *TENSION_FIELDS), f"{path.name}:{number}"


@pytest.mark.parametrize("path", SETS, ids=lambda path: path.stem)
def test_ids_and_texts_are_unique_within_a_set(path):
    found = rows(path)
    ids = Counter(row["id"] for row in found)
    texts = Counter(row["text"].casefold().strip() for row in found)

    assert [i for i, n in ids.items() if n > 1] == []
    assert [t for t, n in texts.items() if n > 1] == []


def test_every_source_every_tension_field_and_none_is_taught_by_the_training_set():
    train = rows(DATA / "train_nl.jsonl")
    sources = Counter(row["source"] for row in train)
    fields = Counter(row["tension_field"] for row in train)

    for label in (*SOURCES, None):
        assert sources[label] >= 40, label
    for label in (*TENSION_FIELDS, None):
        assert fields[label] >= 40, label


def test_every_label_is_measured_by_the_dutch_evaluation_set():
    evaluation = rows(DATA / "eval_nl.jsonl")
    sources = Counter(row["source"] for row in evaluation)
    fields = Counter(row["tension_field"] for row in evaluation)

    for label in (*SOURCES, None):
        assert sources[label] >= 15, label
    for label in (*TENSION_FIELDS, None):
        assert fields[label] >= 15, label


def test_no_passage_is_both_in_a_training_set_and_in_an_evaluation_set():
    train = {
        row["text"].casefold().strip()
        for path in SETS
        if path.stem.startswith("train")
        for row in rows(path)
    }
    shared = [
        row["text"]
        for path in SETS
        if path.stem.startswith("eval")
        for row in rows(path)
        if row["text"].casefold().strip() in train
    ]

    assert shared == []


def test_no_evaluation_passage_is_a_near_copy_of_a_training_passage():
    train = [
        word_set(row["text"])
        for path in SETS
        if path.stem.startswith("train")
        for row in rows(path)
    ]
    evaluation = [
        (row["id"], word_set(row["text"]))
        for path in SETS
        if path.stem.startswith("eval")
        for row in rows(path)
    ]
    near = [
        (identifier, round(jaccard(words, known), 2))
        for (identifier, words), known in product(evaluation, train)
        if jaccard(words, known) >= NEAR_DUPLICATE
    ]

    assert near == []
