"""The planned neighbourhood has the shape the demo is designed to have."""

from collections import Counter

import pytest

from nabij.community.choices import ContactChannel, RoleKind
from nabij.demo.cast import CAST, PLACE_SLUGS
from nabij.demo.plan import plan_neighbourhood
from tests.demo.conftest import NOW

SIZE = 4000


@pytest.fixture(scope="module")
def plan():
    return plan_neighbourhood(
        members=SIZE, seed=11, now=NOW, interface_languages=("nl", "fr", "en", "ar", "tr")
    )


def _share(plan, test) -> float:
    return sum(1 for person in plan.people if test(person)) / len(plan.people)


def test_exactly_the_asked_number_of_people(plan):
    assert len(plan.people) == SIZE


def test_about_one_in_seven_is_vulnerable(plan):
    assert 0.12 <= _share(plan, lambda p: p.vulnerable) <= 0.18


def test_about_one_in_ten_volunteers(plan):
    share = _share(plan, lambda p: any(r.kind == RoleKind.VOLUNTEER for r in p.roles))
    assert 0.08 <= share <= 0.13


def test_some_residents_also_volunteer_among_them_vulnerable_ones(plan):
    both = [
        p
        for p in plan.people
        if p.has_role("rabot", RoleKind.RESIDENT) and p.has_role("rabot", RoleKind.VOLUNTEER)
    ]
    assert len(both) > SIZE * 0.02
    assert any(p.vulnerable for p in both)


def test_most_are_reached_through_a_worker_or_not_at_all_few_by_email(plan):
    channels = Counter(p.channel for p in plan.people)
    indirect = channels[ContactChannel.VIA_WORKER] + channels[ContactChannel.NONE]
    assert indirect > SIZE * 0.4
    assert 0 < channels[ContactChannel.EMAIL] < SIZE * 0.12


def test_many_speak_two_or_three_languages(plan):
    counts = Counter(len(p.languages) for p in plan.people)
    assert counts[2] + counts[3] > SIZE * 0.55
    assert len({code for p in plan.people for code in p.languages}) >= 14


def test_most_live_in_the_neighbourhood_and_every_place_has_people(plan):
    homes = Counter(p.home for p in plan.people)
    assert homes["rabot"] > SIZE * 0.8
    assert set(homes) == set(PLACE_SLUGS)


def test_everyone_refers_backwards_to_staff(plan):
    for person in plan.people:
        for worker in (person.contact_worker, person.created_by):
            assert worker is None or worker < plan.staff_count


def test_only_the_cast_can_log_in(plan):
    usernames = [p.username for p in plan.people if p.username]
    assert usernames == [member.username for member in CAST]


def test_some_withdrew_a_consent_and_nothing_is_kept_for_it(plan):
    withdrawn = [c for c in plan.consents if c.withdrawn_at is not None]
    assert withdrawn
    assert all(c.value is None and c.withdrawn_at >= c.given_at for c in withdrawn)
