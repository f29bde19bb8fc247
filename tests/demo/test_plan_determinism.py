"""The same seed and size always plan the same neighbourhood; another seed does not."""

from dataclasses import asdict
from datetime import timedelta

from nabij.demo.plan import plan_neighbourhood
from tests.demo.conftest import NOW

LANGUAGES = ("nl", "fr", "en", "ar", "tr")


def _plan(seed: int, now=NOW):
    return plan_neighbourhood(members=500, seed=seed, now=now, interface_languages=LANGUAGES)


def test_the_same_seed_plans_the_same_neighbourhood():
    first, second = _plan(3), _plan(3)
    assert [asdict(p) for p in first.people] == [asdict(p) for p in second.people]
    assert first.consents == second.consents
    assert first.groups == second.groups
    assert first.events == second.events
    assert first.buddies == second.buddies


def test_another_seed_plans_other_people():
    first, other = _plan(3), _plan(4)
    assert [p.name for p in first.people] != [p.name for p in other.people]
    assert first.row_counts() != other.row_counts()


def test_the_same_people_on_another_day():
    today, later = _plan(3), _plan(3, now=NOW + timedelta(days=10))
    assert [(p.name, p.languages, p.roles) for p in today.people] == [
        (p.name, p.languages, p.roles) for p in later.people
    ]
    assert [g.members for g in today.groups] == [g.members for g in later.groups]
    assert [(b.volunteer, b.member) for b in today.buddies] == [
        (b.volunteer, b.member) for b in later.buddies
    ]
