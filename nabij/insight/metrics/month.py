"""A month's state (its ties, who gave, who received) built from exchanges or updated
with one more day's, and the figures the trend series keeps for it."""

from dataclasses import dataclass

import numpy as np

from nabij.insight.metrics.bridging import Membership, bridging_counts
from nabij.insight.metrics.receivers import receiver_counts
from nabij.insight.metrics.reciprocity import reciprocity_counts
from nabij.insight.metrics.ties import Ties, ids_merge, ties_from, ties_merge


@dataclass(frozen=True)
class Exchanges:
    """A batch of exchanges: who gave, who received (an encounter's two people),
    each kind's bit (KIND_BITS) and whether the kind has a direction."""

    giver: np.ndarray
    receiver: np.ndarray
    kind_bit: np.ndarray
    directed: np.ndarray  # bool

    def __len__(self) -> int:
        return len(self.giver)

    def take(self, mask: np.ndarray) -> "Exchanges":
        return Exchanges(
            self.giver[mask], self.receiver[mask], self.kind_bit[mask], self.directed[mask]
        )


@dataclass(frozen=True)
class MonthState:
    ties: Ties
    givers: np.ndarray  # sorted distinct ids
    receivers: np.ndarray
    exchanges: int

    @classmethod
    def empty(cls) -> "MonthState":
        none = np.zeros(0, dtype=np.int64)
        return cls(Ties.empty(), none, none.copy(), 0)


def month_state(exchanges: Exchanges) -> MonthState:
    directed = exchanges.directed
    return MonthState(
        ties=ties_from(exchanges.giver, exchanges.receiver, exchanges.kind_bit),
        givers=np.unique(exchanges.giver[directed]).astype(np.int64),
        receivers=np.unique(exchanges.receiver[directed]).astype(np.int64),
        exchanges=len(exchanges),
    )


def month_add(state: MonthState, exchanges: Exchanges) -> MonthState:
    """The month with one more batch (a day) of exchanges that it did not hold yet."""
    day = month_state(exchanges)
    return MonthState(
        ties=ties_merge(state.ties, day.ties),
        givers=ids_merge(state.givers, day.givers),
        receivers=ids_merge(state.receivers, day.receivers),
        exchanges=state.exchanges + day.exchanges,
    )


def months_merge(*states: MonthState) -> MonthState:
    """Several months as one span."""
    return MonthState(
        ties=ties_merge(*(s.ties for s in states)),
        givers=ids_merge(*(s.givers for s in states)),
        receivers=ids_merge(*(s.receivers for s in states)),
        exchanges=sum(s.exchanges for s in states),
    )


@dataclass(frozen=True)
class Population:
    """The people figures are about, as sorted distinct ids, and their languages."""

    residents: np.ndarray
    vulnerable: np.ndarray
    languages: Membership  # value i is language_codes[i]
    language_codes: tuple[str, ...]


def month_figures(state: MonthState, population: Population) -> dict:
    """Raw counts for one month's trend point (selectors suppress them)."""
    reciprocity = reciprocity_counts(
        people=population.residents, givers=state.givers, receivers=state.receivers
    )
    receivers = receiver_counts(
        people=population.residents, vulnerable=population.vulnerable, receivers=state.receivers
    )
    language = bridging_counts(ties=state.ties, membership=population.languages)
    return {
        "exchanges": state.exchanges,
        "reciprocity": reciprocity.as_dict(),
        "receivers": {"vulnerable": receivers.vulnerable, "others": receivers.others},
        "language": {
            "ties": language.ties,
            "bonding": language.bonding,
            "bridging": language.bridging,
        },
    }
