"""The lexicon layer finds a label's cue words in a passage however they are inflected,
written or compounded, and names the words that triggered it as they stand in the text.
(A small lexicon of its own, so that these tests say what the matching does whatever
words the shipped lexicons hold.)"""

import pytest

from nabij.practices.coding.lexicon_scores import compile_lexicon, lexicon_hits
from nabij.practices.coding.text import words

CUES = {
    "encounter": {"ontmoeting": 2, "ontmoet*": 1, "elkaar leren kennen": 2},
    "struggle": {"*discriminatie": 2, "rechten": 1},
    "norms_values": {"waarden": 0.5},
}


def hits(text: str, language: str = "nl"):
    return lexicon_hits(compile_lexicon(language, CUES), words(text, language))


def test_a_plain_cue_matches_its_inflections_and_ignores_case_and_accents():
    found = hits("Ontmoetingen tussen buren; de Rechten van huurders.")

    assert found.triggers == {"encounter": ["Ontmoetingen"], "struggle": ["Rechten"]}
    assert found.scores["struggle"] == 1


def test_a_prefix_cue_finds_compounds_and_a_suffix_cue_finds_their_ends():
    found = hits("Een ontmoetingsruimte tegen arbeidsmarktdiscriminatie.")

    assert found.triggers == {
        "encounter": ["ontmoetingsruimte"],
        "struggle": ["arbeidsmarktdiscriminatie"],
    }


def test_a_phrase_is_found_only_with_its_words_in_order():
    assert hits("Buren die elkaar leren kennen.").triggers == {"encounter": ["elkaar leren kennen"]}
    assert hits("Kennen buren elkaar? Leren ze iets?").triggers == {}


def test_a_word_counts_once_per_label_with_its_strongest_cue():
    # "ontmoeting" is both the strong cue `ontmoeting` and the prefix `ontmoet*`.
    assert hits("Een ontmoeting.").scores["encounter"] == 2


def test_a_repeated_cue_adds_less_each_time():
    once = hits("Ontmoeting.").scores["encounter"]
    four_times = hits("Ontmoeting, ontmoeting, ontmoeting en nog eens ontmoeting.")

    assert four_times.scores["encounter"] == pytest.approx(2 * once)
    assert four_times.triggers["encounter"] == ["Ontmoeting"]


def test_a_passage_without_cues_scores_zero_everywhere():
    found = hits("De begroting 2026 bedraagt 4,2 miljoen euro.")

    assert set(found.scores.values()) == {0.0}
    assert found.triggers == {}


def test_an_unknown_label_in_a_lexicon_is_refused():
    with pytest.raises(ValueError, match="kindness"):
        compile_lexicon("nl", {"kindness": {"vriendelijk": 1}})


def test_french_cues_are_stemmed_as_french():
    found = lexicon_hits(
        compile_lexicon("fr", {"encounter": {"rencontre": 1}}),
        words("Des rencontres entre voisins.", "fr"),
    )

    assert found.triggers == {"encounter": ["rencontres"]}
