"""The network of four: Sara sees her vulnerable people with fewer than four people to
count on in the last 90 days, with someone from Rabot who could become a new tie.

Amina (Sara's) met Jef ten days ago and borrowed from Youssef a month ago; Mehmet lent
her something 100 days ago, too long ago to count: two ties. Omar (Sara's) was at a
soup evening with four neighbours: four ties, enough. Fatima (Koen's) has nobody.
Olena, at the school, is vulnerable too, speaks Arabic and lives in a street of the same
name: she is neither listed nor suggested in Rabot.
"""

from datetime import timedelta

import pytest

from nabij.community.models import Member
from nabij.insight.selectors import four_network
from tests.aid.conftest import speaks
from tests.insight.conftest import TODAY, crowd, neighbour


@pytest.fixture
def rabot(cast, history):
    Member.objects.filter(pk=cast.pupil_parent.pk).update(vulnerable=True, sector="Rabotstraat")
    speaks(cast.pupil_parent, "ar")
    speaks(cast.resident, "ar", "fr")
    omar = neighbour(cast.rabot, "Omar", vulnerable=True, contact_worker=cast.worker)
    fatima = neighbour(cast.rabot, "Fatima", vulnerable=True, contact_worker=cast.admin)
    latifa = neighbour(cast.rabot, "Latifa", sector="Rabotstraat")
    speaks(latifa, "ar")
    history.meet(cast.resident, cast.neighbour, day=TODAY - timedelta(days=10))
    history.lend(cast.volunteer, cast.resident, TODAY - timedelta(days=30))
    history.lend(cast.shop, cast.resident, TODAY - timedelta(days=100))
    history.meet(omar, *crowd(cast.rabot, "soep", 4), day=TODAY - timedelta(days=5))
    history.meet(cast.school_worker, cast.pupil_parent, day=TODAY, place=cast.school)
    history.refresh()
    history.refresh(place=cast.school)
    return {"omar": omar, "fatima": fatima, "latifa": latifa}


def test_sara_sees_her_vulnerable_people_with_too_few_ties(cast, rabot):
    rows = four_network(place=cast.rabot, worker=cast.worker, today=TODAY)
    assert [(row.name, row.ties) for row in rows] == [("Amina", 2)]
    assert rows[0].last_exchange == TODAY - timedelta(days=10)


def test_the_whole_place_lists_fewest_ties_first(cast, rabot):
    rows = four_network(place=cast.rabot, today=TODAY)
    assert [(row.name, row.ties) for row in rows] == [("Fatima", 0), ("Amina", 2)]


def test_a_suggestion_shares_language_and_street_and_is_not_a_tie_already(cast, rabot):
    amina = four_network(place=cast.rabot, worker=cast.worker, today=TODAY)[0]
    suggested = [s.name for s in amina.suggestions]
    assert suggested[0] == "Latifa"
    assert amina.suggestions[0].reasons == ("spreekt ook Arabisch", "woont ook in Rabotstraat")
    assert "Jef" not in suggested and "Youssef" not in suggested


def test_no_one_from_another_place_is_listed_or_suggested(cast, rabot):
    rows = four_network(place=cast.rabot, today=TODAY)
    listed = {row.member_id for row in rows}
    suggested = {s.member_id for row in rows for s in row.suggestions}
    outsiders = set(Member.objects.exclude(place=cast.rabot).values_list("pk", flat=True))
    assert not (listed | suggested) & outsiders
    school = four_network(place=cast.school, today=TODAY)
    assert [(row.name, row.ties) for row in school] == [("Olena", 1)]
    assert all(s.member_id not in listed for s in school[0].suggestions)


def test_ties_older_than_ninety_days_do_not_count(cast, rabot):
    later = four_network(place=cast.rabot, worker=cast.worker, today=TODAY + timedelta(days=61))
    # Youssef's loan is 91 days before that day: only Jef's evening is left.
    assert [(row.name, row.ties) for row in later] == [("Amina", 1)]
