"""The shipped lexicons: every label has cues in every language, every cue is a word or a
phrase the matcher can read, with a positive weight, and nothing names a label the coder
does not know."""

import importlib
import re

import pytest

from nabij.practices.coding.labels import LANGUAGES, SOURCES, TENSION_FIELDS
from nabij.practices.coding.lexicon_scores import compile_lexicon, lexicon_hits
from nabij.practices.coding.text import words

# A cue word: letters (accents allowed), with at most a leading or a trailing "*".
CUE_WORD = re.compile(r"^\*?[^\W\d_]+\*?$")
SMALLEST = {"nl": (60, 30), "fr": (25, 10), "en": (25, 10)}  # per source, per field


def lexicon(language: str):
    return importlib.import_module(f"nabij.practices.coding.lexicon.{language}")


def every_cue(language: str):
    module = lexicon(language)
    for table in (module.SOURCE_CUES, module.FIELD_CUES):
        for label, cues in table.items():
            for cue, weight in cues.items():
                yield label, cue, weight


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_source_and_every_tension_field_has_cues_and_no_other_label_does(language):
    module = lexicon(language)
    per_source, per_field = SMALLEST[language]

    assert set(module.SOURCE_CUES) == set(SOURCES)
    assert set(module.FIELD_CUES) == set(TENSION_FIELDS)
    for label in SOURCES:
        assert len(module.SOURCE_CUES[label]) >= per_source, label
    for label in TENSION_FIELDS:
        assert len(module.FIELD_CUES[label]) >= per_field, label


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_weight_is_a_positive_number(language):
    bad = [
        (label, cue, weight)
        for label, cue, weight in every_cue(language)
        if isinstance(weight, bool) or not isinstance(weight, int | float) or weight <= 0
    ]

    assert bad == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_cue_is_words_the_matcher_can_read(language):
    bad = []
    for label, cue, _weight in every_cue(language):
        pieces = cue.split(" ")
        if cue != cue.strip() or not all(CUE_WORD.match(piece) for piece in pieces):
            bad.append((label, cue))

    assert bad == []
    compile_lexicon(language, {label: {cue: w} for label, cue, w in every_cue(language)})


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_cue_is_written_in_lower_case(language):
    module = lexicon(language)
    for table in (module.SOURCE_CUES, module.FIELD_CUES):
        for label, cues in table.items():
            assert all(cue == cue.lower() for cue in cues), label


def nl_hits(text: str):
    module = lexicon("nl")
    compiled = compile_lexicon("nl", {**module.SOURCE_CUES, **module.FIELD_CUES})
    return lexicon_hits(compiled, words(text, "nl")).triggers


def test_the_dutch_lexicon_hears_each_source_in_plain_policy_language():
    assert "interdependence" in nl_hits("Bewoners en handelaars hebben elkaar nodig.")
    assert "norms_values" in nl_hits("We delen dezelfde normen en waarden.")
    assert "struggle" in nl_hits("De actiegroep strijdt tegen discriminatie op de huurmarkt.")
    assert "encounter" in nl_hits("Het plein is een ontmoetingsplaats voor de buurt.")


def test_words_the_dutch_stemmer_folds_onto_a_cue_are_not_taken_for_it():
    # The stemmer folds "waarden" onto "waar", "vrijwilligers" onto "vrijwillig" and
    # "ouders" onto "ouderen": the lexicon must not hear values, voluntariness or a
    # target group in them.
    found = nl_hits("Waar de vrijwilligers en de ouders samen koffie drinken.")

    assert "norms_values" not in found
    assert "negotiable" not in found
    assert "universal_particular" not in found
