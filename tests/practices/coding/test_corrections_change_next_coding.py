"""A reviewer's corrections change the next coding of similar passages: the coder learns
from the passages reviewers coded, so a new passage much like a corrected one is coded as
the reviewer coded it, while passages about something else keep their codes."""

from nabij.practices.coding.coder import Coder
from nabij.practices.coding.labels import Example

# The machine reads a shared vegetable garden as people needing each other; the reviewers
# of this place read their garden as a place where neighbours meet.
CORRECTED = [
    "In de gedeelde buurtmoestuin aan de Wondelgemstraat kweken twintig gezinnen samen "
    "groenten; wie een beurt overslaat, laat de anderen in de steek.",
    "In de gedeelde moestuin aan de Wondelgemstraat telen gezinnen samen hun groenten; wie "
    "zijn beurt overslaat, laat de andere tuiniers in de steek.",
]
# Not one of the corrected texts: the same garden, said again in other words.
SIMILAR = (
    "Een twintigtal gezinnen kweekt samen groenten in de buurtmoestuin van de "
    "Wondelgemstraat. Slaat iemand een beurt over, dan laat hij de anderen in de steek."
)
UNRELATED = (
    "Huurders komen samen op tegen discriminatie op de private woningmarkt en eisen dat "
    "de stad praktijktesten invoert."
)


def test_a_reviewers_corrections_change_the_next_coding_of_similar_passages():
    before_similar, before_unrelated = Coder("nl").code([SIMILAR, UNRELATED])
    assert before_similar.source != "encounter"  # else there would be nothing to learn

    corrections = [
        Example(text, source="encounter", tension_field="distance_proximity") for text in CORRECTED
    ]
    coder = Coder("nl", corrections)
    after_similar, after_unrelated = coder.code([SIMILAR, UNRELATED])

    assert SIMILAR not in CORRECTED
    assert (after_similar.source, after_similar.tension_field) == (
        "encounter",
        "distance_proximity",
    )
    assert max(after_similar.scores["source"], key=after_similar.scores["source"].get) == (
        "encounter"
    )
    assert (after_unrelated.source, after_unrelated.tension_field) == (
        before_unrelated.source,
        before_unrelated.tension_field,
    )
    assert coder.version == "lexicon+model:2"


def test_a_reviewer_saying_no_source_is_followed_too():
    # Opening hours: the machine hears a meeting place, the reviewer only a timetable.
    opening_hours = (
        "Het buurthuis is elke werkdag open van 14 tot 17 uur voor een koffie en een "
        "babbel met de buren."
    )
    similar = (
        "Het buurthuis is open op werkdagen van 14 tot 17 uur, voor een koffie en een "
        "babbel met buren."
    )
    (machine,) = Coder("nl").code([similar])
    assert machine.source is not None

    (after,) = Coder("nl", [Example(opening_hours, None, None)]).code([similar])

    assert after.source is None
    assert after.tension_field is None
    assert all(score < 0.5 for score in after.scores["source"].values())


def test_examples_of_another_language_do_not_teach_the_dutch_coder():
    corrections = [
        Example(text, source="encounter", tension_field=None, language="fr") for text in CORRECTED
    ]

    (after,) = Coder("nl", corrections).code([SIMILAR])

    assert after.source == Coder("nl").code([SIMILAR])[0].source
