"""Small-cell suppression: no figure about fewer than five people is ever shown."""

from hypothesis import given
from hypothesis import strategies as st

from nabij.community.suppression import MIN_CELL, OTHER, Cell, safe_count, suppress


def test_cells_of_five_or_more_are_shown_largest_first():
    cells = suppress({"nl": 12, "ar": 5, "tr": 30})
    assert cells == [Cell("tr", 30), Cell("nl", 12), Cell("ar", 5)]


def test_small_cells_are_pooled_under_other():
    cells = suppress({"nl": 12, "ti": 3, "so": 2, "ps": 1})
    assert cells == [Cell("nl", 12), Cell(OTHER, 6)]


def test_a_pool_of_fewer_than_five_takes_in_the_smallest_shown_cell():
    # Otherwise "ti" would be total minus the shown cells.
    cells = suppress({"nl": 12, "fr": 6, "ti": 3})
    assert cells == [Cell("nl", 12), Cell(OTHER, 9)]


def test_a_pool_of_fewer_than_five_with_nothing_else_is_suppressed():
    cells = suppress({"ti": 3, "so": 1})
    assert cells == [Cell(OTHER, None)]
    assert cells[-1].suppressed


def test_a_single_small_cell_never_shows_its_label():
    cells = suppress({"eritrea": 4})
    assert cells == [Cell(OTHER, None)]


def test_empty_cells_are_left_out():
    assert suppress({"nl": 0, "fr": 0}) == []
    assert suppress({}) == []


def test_the_threshold_can_be_raised():
    assert suppress({"nl": 7, "fr": 9}, minimum=10) == [Cell(OTHER, 16)]


def test_a_single_figure_under_five_is_withheld():
    assert [safe_count(n) for n in (0, 1, 4, 5, 120)] == [0, None, None, 5, 120]


labels = st.text(min_size=1, max_size=8).filter(lambda label: label != OTHER)
counts = st.dictionaries(labels, st.integers(min_value=0, max_value=60), max_size=12)


@given(counts)
def test_no_displayed_count_is_between_one_and_four(data):
    for cell in suppress(data):
        assert cell.count is None or cell.count >= MIN_CELL


@given(counts)
def test_a_label_is_shown_only_with_its_own_count_of_five_or_more(data):
    for cell in suppress(data):
        if cell.label != OTHER:
            assert data[cell.label] >= MIN_CELL
            assert cell.count == data[cell.label]
    shown = {cell.label for cell in suppress(data)}
    assert all(label not in shown for label, n in data.items() if n < MIN_CELL)


@given(counts)
def test_no_total_is_shown_beside_a_suppressed_cell(data):
    cells = suppress(data)
    total = sum(data.values())
    if any(cell.suppressed for cell in cells):
        displayed = [cell.count for cell in cells if not cell.suppressed]
        assert total not in displayed
        assert sum(displayed) < total
        assert len([cell for cell in cells if cell.suppressed]) == 1
    else:
        # Nothing hidden: the cells add up to everyone, so nothing can be recovered either.
        assert sum(cell.count for cell in cells) == total


@given(counts)
def test_suppressed_people_are_pooled_not_lost(data):
    cells = suppress(data)
    small = sum(n for n in data.values() if 0 < n < MIN_CELL)
    other = [cell for cell in cells if cell.label == OTHER]
    large = sorted(n for n in data.values() if n >= MIN_CELL)
    if small == 0:
        assert other == []
    elif small >= MIN_CELL:
        assert other == [Cell(OTHER, small)]
    elif large:
        assert other == [Cell(OTHER, small + large[0])]
    else:
        assert other == [Cell(OTHER, None)]


@given(counts)
def test_a_hidden_cell_cannot_be_recovered_from_the_total(data):
    cells = suppress(data)
    hidden = [label for label, n in data.items() if 0 < n < MIN_CELL]
    if hidden:
        total = sum(data.values())
        shown = sum(cell.count for cell in cells if cell.label != OTHER)
        remainder = total - shown
        # What the total leaves over is never a single small group.
        assert remainder >= MIN_CELL or remainder == sum(data[label] for label in hidden)
        assert not (len(hidden) == 1 and remainder == data[hidden[0]] and shown > 0)
