"""A month updated day by day holds exactly what it holds computed at once."""

import numpy as np

from nabij.insight.metrics.bridging import membership_of
from nabij.insight.metrics.month import (
    Exchanges,
    MonthState,
    Population,
    month_add,
    month_figures,
    month_state,
)
from nabij.insight.metrics.packing import pack_ids, pack_ties, unpack_ids, unpack_ties


def _exchanges(rng, n: int) -> Exchanges:
    giver = rng.integers(1, 40, n)
    receiver = rng.integers(1, 40, n)
    kind = rng.integers(0, 3, n)
    return Exchanges(giver, receiver, (1 << kind).astype(np.uint8), kind != 2)


def test_day_by_day_equals_all_at_once():
    rng = np.random.default_rng(7)
    days = [_exchanges(rng, 25) for _ in range(30)]
    everything = Exchanges(
        *(
            np.concatenate([getattr(d, f) for d in days])
            for f in ("giver", "receiver", "kind_bit", "directed")
        )
    )
    at_once = month_state(everything)
    state = MonthState.empty()
    for day in days:
        state = month_add(state, day)
    assert state.exchanges == at_once.exchanges == 750
    for field in ("a", "b", "kinds", "count"):
        assert getattr(state.ties, field).tolist() == getattr(at_once.ties, field).tolist()
    assert state.givers.tolist() == at_once.givers.tolist()
    assert state.receivers.tolist() == at_once.receivers.tolist()


def test_stored_bytes_read_back_the_same():
    rng = np.random.default_rng(3)
    state = month_state(_exchanges(rng, 50))
    ties = unpack_ties(pack_ties(state.ties))
    assert ties.a.tolist() == state.ties.a.tolist()
    assert ties.kinds.tolist() == state.ties.kinds.tolist()
    assert ties.count.tolist() == state.ties.count.tolist()
    assert unpack_ids(pack_ids(state.givers)).tolist() == state.givers.tolist()


def test_month_figures_of_a_small_street():
    # 1 helps 2, 2 pays 3 (3 gave), 1 and 4 meet at an event; 2 is vulnerable.
    state = month_state(
        Exchanges(
            giver=np.array([1, 3, 1]),
            receiver=np.array([2, 2, 4]),
            kind_bit=np.array([1, 2, 4], dtype=np.uint8),
            directed=np.array([True, True, False]),
        )
    )
    population = Population(
        residents=np.array([1, 2, 3, 4, 5]),
        vulnerable=np.array([2]),
        languages=membership_of(
            member=np.array([1, 2, 3, 4]), value=np.array([0, 0, 1, 0]), values=2
        ),
        language_codes=("ar", "nl"),
    )
    figures = month_figures(state, population)
    assert figures["exchanges"] == 3
    assert figures["reciprocity"] == {"give_only": 2, "receive_only": 1, "both": 0, "neither": 2}
    assert figures["receivers"] == {"vulnerable": 1, "others": 0}
    # Ties 1-2 (both ar), 2-3 (ar, nl), 1-4 (both ar): two bond, one bridges.
    assert figures["language"] == {"ties": 3, "bonding": 2, "bridging": 1}
