"""The coder says why: the words that triggered a label stand in the passage, and a
passage about nothing in the framework gets no source and no tension field."""

from nabij.practices.coding.coder import Coder
from nabij.practices.coding.labels import SOURCES, TENSION_FIELDS

PASSAGES = [
    "Ontmoetingsplaatsen in de buurt waar bewoners elkaar leren kennen.",
    "Inburgeraars leren de normen en waarden van onze samenleving kennen en respecteren.",
    "Wie zijn beurt overslaat in de gedeelde buurtmoestuin, laat de andere gezinnen in de "
    "steek: de oogst lukt alleen als iedereen meewerkt.",
    "Het netwerk tegen armoede voert actie voor een menswaardig inkomen en klaagt de "
    "schending van sociale grondrechten aan.",
]
NOTHING = [
    "Het budget voor de periode 2026-2031 bedraagt 4,2 miljoen euro, waarvan 1,1 miljoen "
    "voor personeel en de rest voor werkingsmiddelen.",
    "Inhoudstafel: 1. Inleiding 2. Situering 3. Doelstellingen 4. Bijlagen",
    "De aanvraag moet voor 31 maart ingediend worden via het digitale formulier op de "
    "website van de stad.",
]


def test_the_words_that_triggered_a_label_stand_in_the_passage():
    codings = Coder("nl").code(PASSAGES)

    assert [coding.source for coding in codings] == [
        "encounter",
        "norms_values",
        "interdependence",
        "struggle",
    ]
    for text, coding in zip(PASSAGES, codings, strict=True):
        assert coding.triggers[coding.source], text
        for label, found in coding.triggers.items():
            assert label in SOURCES + TENSION_FIELDS
            for words in found:
                assert words in text, (label, words)


def test_a_passage_about_nothing_in_the_framework_gets_no_code():
    for coding in Coder("nl").code(NOTHING):
        assert coding.source is None
        assert coding.tension_field is None


def test_an_empty_batch_and_an_empty_passage_are_fine():
    assert Coder("nl").code([]) == []
    (empty,) = Coder("nl").code([""])
    assert empty.source is None
    assert empty.tension_field is None
