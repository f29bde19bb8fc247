"""How a count is published: rounded to five, 1 to 4 hidden, shares from what is shown."""

from django.utils import translation
from hypothesis import given
from hypothesis import strategies as st

from nabij.signals.publish import Count, group_shown, publish, share


def test_nothing_is_nothing():
    assert publish(0) == Count(0)
    assert str(publish(0)) == "0"


def test_one_to_four_people_are_hidden():
    for n in (1, 2, 3, 4):
        assert publish(n).suppressed
        assert str(publish(n)) == "< 5"


def test_counts_are_rounded_to_the_nearest_five():
    assert [publish(n).value for n in (5, 6, 7, 8, 9, 10, 12, 13)] == [5, 5, 5, 10, 10, 10, 10, 15]


def test_large_counts_read_with_grouped_thousands():
    with translation.override("nl"):
        assert str(publish(2412)) == "2.410"


def test_a_group_of_five_is_the_smallest_that_is_described():
    assert not group_shown(4)
    assert group_shown(5)


def test_shares_come_from_the_published_counts():
    # 13 of 37: published as 15 of 35, so 43 %, not the exact 35 %.
    assert share(publish(13), publish(37)) == 43


def test_a_share_of_a_hidden_count_or_under_five_per_cent_is_not_given():
    assert share(publish(3), publish(40)) is None
    assert share(publish(5), publish(200)) is None
    assert share(publish(0), publish(40)) == 0


@given(st.integers(min_value=0, max_value=100_000), st.integers(min_value=0, max_value=100_000))
def test_no_two_published_counts_differ_by_one_to_four(a, b):
    shown_a, shown_b = publish(a), publish(b)
    if not (shown_a.suppressed or shown_b.suppressed):
        assert abs(shown_a.value - shown_b.value) % 5 == 0


@given(st.integers(min_value=5, max_value=100_000))
def test_a_published_count_is_within_two_of_the_truth(n):
    assert abs(publish(n).value - n) <= 2
    assert publish(n).value >= 5
