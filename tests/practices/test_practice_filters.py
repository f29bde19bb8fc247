"""Every facet narrows a list, alone or together with a search."""

import pytest

from nabij.practices.selectors.practices import PracticeFilters, practices_search
from tests.practices.bank import record


@pytest.fixture
def bank(cast):
    record(cast.worker, cast.rabot, name="Repair café")  # living, micro, light, meeting place
    record(
        cast.worker,
        cast.rabot,
        name="Solidariteitsfonds",
        domain="living",
        description="Een fonds voor wie uit de boot valt.",
        organisations="Stad Gent\nCAW Oost-Vlaanderen",
        level="meso",
        solidarity="indirect",
        community_kind="tight",
        bond="values",
        mandates=["rights", "politicise"],
        visibility="internal",
        other_places=[cast.school],
    )
    record(
        cast.worker,
        cast.rabot,
        name="Huiswerkklas",
        domain="learning",
        description="Vrijwilligers helpen kinderen met hun huiswerk.",
        organisations="Basisschool De Regenboog",
        level="micro",
        solidarity="direct",
        community_kind="tight",
        bond="project",
        mandates=["informal"],
    )
    record(cast.school_worker, cast.school, name="Oudercafé", domain="learning")


def _names(place, query: str = "", **filters) -> list[str]:
    found = practices_search(place=place, query=query, filters=PracticeFilters(**filters))
    return sorted(practice.name for practice in found)


@pytest.mark.parametrize(
    ("filters", "names"),
    [
        ({"domain": "learning"}, ["Huiswerkklas"]),
        ({"level": "meso"}, ["Solidariteitsfonds"]),
        ({"solidarity": "direct"}, ["Huiswerkklas", "Repair café"]),
        ({"community_kind": "tight"}, ["Huiswerkklas", "Solidariteitsfonds"]),
        ({"bond": "meeting_place"}, ["Repair café"]),
        ({"mandate": "rights"}, ["Solidariteitsfonds"]),
        ({"mandate": "informal"}, ["Huiswerkklas", "Repair café"]),
        ({"organisation": "stad gent"}, ["Solidariteitsfonds"]),
        ({"organisation": "Regenboog"}, ["Huiswerkklas"]),
        ({"visibility": "internal"}, ["Solidariteitsfonds"]),
        ({"community_kind": "tight", "mandate": "informal"}, ["Huiswerkklas"]),
        ({}, ["Huiswerkklas", "Repair café", "Solidariteitsfonds"]),
    ],
)
def test_a_facet_narrows_the_bank_of_a_place(cast, bank, filters, names):
    assert _names(cast.rabot, **filters) == names


def test_a_filter_and_a_search_together(cast, bank):
    assert _names(cast.rabot, "vrijwilligers", domain="learning") == ["Huiswerkklas"]
    assert _names(cast.rabot, "vrijwilligers", domain="working") == []


def test_the_place_filter_finds_practices_recorded_there_or_also_running_there(cast, bank):
    assert _names(cast.rabot, runs_in=cast.school) == ["Solidariteitsfonds"]
    # The catalogue: public practices of every place; the fund is internal.
    assert _names(None, runs_in=cast.school) == ["Oudercafé"]
    assert _names(None, runs_in=cast.rabot) == ["Huiswerkklas", "Repair café"]
