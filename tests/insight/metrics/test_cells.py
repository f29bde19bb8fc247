"""Suppression of fixed cells: nothing about fewer than five people, and no hidden cell
that the total and the shown cells give away."""

import itertools

from nabij.insight.metrics.cells import ei_index, hide_cells, share


def test_a_small_cell_takes_the_smallest_shown_cell_with_it():
    shown = hide_cells({"give_only": 10, "receive_only": 3, "both": 20, "neither": 0})
    assert shown == {"give_only": None, "receive_only": None, "both": 20, "neither": 0}


def test_two_small_cells_that_make_fewer_than_five_together_take_a_third():
    shown = hide_cells({"a": 2, "b": 2, "c": 30, "d": 40})
    assert shown == {"a": None, "b": None, "c": None, "d": 40}


def test_two_small_cells_that_make_five_together_stand_as_they_are():
    shown = hide_cells({"a": 2, "b": 3, "c": 30})
    assert shown == {"a": None, "b": None, "c": 30}


def test_a_total_under_five_hides_everything():
    assert hide_cells({"a": 1, "b": 2, "c": 0}) == {"a": None, "b": None, "c": None}


def test_cells_of_five_or_more_and_empty_cells_are_shown():
    assert hide_cells({"a": 5, "b": 0, "c": 7}) == {"a": 5, "b": 0, "c": 7}


def test_no_hidden_cell_can_be_worked_out_from_the_total():
    for counts in itertools.product(range(8), repeat=4):
        cells = dict(zip("abcd", counts, strict=True))
        shown = hide_cells(cells)
        if 0 < sum(counts) < 5:
            assert all(n is None for n in shown.values())
            continue
        hidden = [label for label, n in shown.items() if n is None]
        assert len(hidden) != 1, cells
        if hidden:
            assert sum(cells[label] for label in hidden) >= 5, cells
        assert all(n == 0 or n >= 5 for n in shown.values() if n is not None), cells


def test_share_and_ei_index_give_way_to_a_hidden_count():
    assert share(None, 40) is None
    assert share(10, 40) == 0.25
    assert share(0, 0) is None
    assert ei_index(3, 1) == 0.5
    assert ei_index(None, 1) is None
    assert ei_index(0, 0) is None
