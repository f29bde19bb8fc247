"""French and English are coded with their own lexicon and stemmer. Without a built-in
training set a language starts from its lexicon alone; reviewers' examples in that
language then teach it."""

from nabij.practices.coding import training
from nabij.practices.coding.coder import Coder
from nabij.practices.coding.labels import Example


def test_without_a_training_set_the_lexicon_codes_alone(monkeypatch):
    monkeypatch.setattr("nabij.practices.coding.model.builtin_examples", lambda language: ())
    coder = Coder("xx-none")

    (coding,) = coder.code(["Quelque chose."])

    assert coder.version == "lexicon"
    assert coding.source is None
    assert set(coding.scores) == {"source", "tension_field"}


def test_french_reviewers_teach_the_french_coder(monkeypatch):
    monkeypatch.setattr("nabij.practices.coding.model.builtin_examples", lambda language: ())
    reviewed = [
        Example(
            "Le potager partagé du quartier ne tient que si chaque famille fait sa part.",
            "interdependence",
            None,
            language="fr",
        ),
        Example(
            "Le budget de fonctionnement est de 20.000 euros par an.", None, None, language="fr"
        ),
    ]
    coder = Coder("fr", reviewed)

    (coding,) = coder.code(
        ["Le potager partagé du quartier ne tient que si chaque famille y fait sa part."]
    )

    assert coder.version == "lexicon+model:2"
    assert coding.source == "interdependence"


def test_the_built_in_sets_are_well_formed():
    for language in ("nl", "fr", "en"):
        path = training.DATA / f"train_{language}.jsonl"
        if path.exists():
            assert training.read_examples(path, language)
    assert training.builtin_examples("nl"), "the Dutch coder ships with a training set"


def test_a_bad_line_in_a_training_set_is_named(tmp_path):
    path = tmp_path / "train_nl.jsonl"
    path.write_text(
        '{"text": "Buren helpen elkaar.", "source": "interdependence", "tension_field": null}\n'
        '{"text": "Iets.", "source": "kindness", "tension_field": null}\n',
        encoding="utf-8",
    )

    try:
        training.read_examples(path, "nl")
    except training.TrainingDataError as error:
        assert "train_nl.jsonl:2" in str(error)
        assert "kindness" in str(error)
    else:
        raise AssertionError("a label outside the framework was accepted")
