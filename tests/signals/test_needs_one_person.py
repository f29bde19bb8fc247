"""Many needs of one person say something about that person: they are shown as "< 5"
however many needs there are, and a table about fewer than five people is not shown."""

from datetime import datetime

from nabij.aid import services as aid
from nabij.aid.choices import HelpType
from nabij.signals.selectors.needs import needs_table
from tests.signals.conftest_needs import BRUSSELS, request_for, resident


def test_six_requests_of_one_person_are_not_six_people(cast):
    hatice = resident(cast, "Hatice")
    for _ in range(6):
        request_for(cast, hatice, HelpType.GROCERIES)
    aid.requests_flag_unmet(place=cast.rabot, days=14, now=datetime(2026, 10, 20, tzinfo=BRUSSELS))

    table = needs_table(cast.rabot, by="type")

    assert not table.shown
    assert table.rows == ()
    assert table.total is None


def test_a_row_about_few_people_hides_its_count(cast):
    neighbours = [resident(cast, f"Buur {n}") for n in range(5)]
    for neighbour in neighbours:
        request_for(cast, neighbour, HelpType.GROCERIES)
    for _ in range(5):
        request_for(cast, neighbours[0], HelpType.REPAIR)
    aid.requests_flag_unmet(place=cast.rabot, days=14, now=datetime(2026, 10, 20, tzinfo=BRUSSELS))

    cells = dict(needs_table(cast.rabot, by="type").cells())

    assert cells == {"boodschappen": "5", "herstellen": "< 5"}
