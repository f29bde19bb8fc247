"""Cohen's kappa against examples worked out by hand, with "no code" (None) as a code of
its own: a reviewer saying "no source" disagrees with one saying "encounter"."""

import random

import pytest
from sklearn.metrics import cohen_kappa_score

from nabij.practices.coding.kappa import cohen_kappa

E, S, N = "encounter", "struggle", None


def test_two_reviewers_on_ten_passages_agree_six_elevenths_beyond_chance():
    """Reviewer A in rows, reviewer B in columns (N = no source):

                 B: E   S   N   | A's total
        A: E        3   1   0   | 4
        A: S        0   2   1   | 3
        A: N        1   0   2   | 3
        B's total   4   3   3   | 10

    p_o = (3 + 2 + 2) / 10 = 0.7
    p_e = (4*4 + 3*3 + 3*3) / 10^2 = 34 / 100 = 0.34
    kappa = (0.7 - 0.34) / (1 - 0.34) = 0.36 / 0.66 = 6/11 = 0.5454...
    """
    pairs = (
        [(E, E)] * 3 + [(E, S)] * 1
        + [(S, S)] * 2 + [(S, N)] * 1
        + [(N, E)] * 1 + [(N, N)] * 2
    )  # fmt: skip
    a, b = zip(*pairs, strict=True)

    assert cohen_kappa(a, b) == pytest.approx(6 / 11)


def test_a_reviewer_and_the_machine_on_eight_passages_agree_one_seventh_beyond_chance():
    """The reviewer in rows, the machine in columns; the machine never says struggle:

                     machine: E   N   | reviewer's total
        reviewer: E           4   1   | 5
        reviewer: N           2   1   | 3
        machine's total       6   2   | 8

    p_o = (4 + 1) / 8 = 0.625
    p_e = (5*6 + 3*2) / 8^2 = 36 / 64 = 0.5625
    kappa = (0.625 - 0.5625) / (1 - 0.5625) = 0.0625 / 0.4375 = 1/7 = 0.1428...
    """
    reviewer = [E, E, E, E, E, N, N, N]
    machine = [E, E, E, E, N, E, E, N]

    assert cohen_kappa(reviewer, machine) == pytest.approx(1 / 7)


def test_no_source_counts_as_a_code_not_as_a_missing_value():
    """Had the two passages coded None been left out, the remaining six would agree fully
    (kappa 1). With None as a code: table E/E 3, S/S 3, N/E 1, E/N 1 over 8 passages,
    p_o = 6/8, p_e = (4*4 + 3*3 + 1*1)/64 = 26/64, kappa = (48 - 26)/(64 - 26) = 22/38."""
    a = [E, E, E, S, S, S, N, E]
    b = [E, E, E, S, S, S, E, N]

    assert cohen_kappa(a, b) == pytest.approx(22 / 38)


def test_it_matches_the_usual_implementation_on_random_codings():
    rng = random.Random(5)
    codes = [E, S, N, "norms_values"]
    for _ in range(50):
        size = rng.randint(2, 40)
        a = [rng.choice(codes) for _ in range(size)]
        b = [x if rng.random() < 0.6 else rng.choice(codes) for x in a]
        if len(set(a) | set(b)) < 2:
            continue
        expected = cohen_kappa_score([x or "-" for x in a], [x or "-" for x in b])
        assert cohen_kappa(a, b) == pytest.approx(expected)


def test_perfect_agreement_is_one_and_full_disagreement_below_zero():
    assert cohen_kappa([E, S, N], [E, S, N]) == pytest.approx(1.0)
    assert cohen_kappa([E, S], [S, E]) == pytest.approx(-1.0)


def test_kappa_is_undefined_without_pairs_or_when_both_gave_one_code_throughout():
    assert cohen_kappa([], []) is None
    assert cohen_kappa([N, N, N], [N, N, N]) is None
    assert cohen_kappa([E, E], [E, E]) is None
    # One code each, but not the same: chance agreement is 0, kappa is 0.
    assert cohen_kappa([E, E], [N, N]) == pytest.approx(0.0)


def test_codings_of_different_passages_cannot_be_compared():
    with pytest.raises(ValueError):
        cohen_kappa([E, S], [E])
