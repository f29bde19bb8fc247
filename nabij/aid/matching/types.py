"""The matching core's inputs and outputs: plain frozen dataclasses, no ORM.

Positions are metres on a local plane, coarse on purpose (the centroid of a person's
sector). Availability is the 21-bit weekly mask of nabij.community.availability; 0 means
"any time". A loader builds these once per batch from the database.
"""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

# Costs are integers for the min-cost flow: one point of the weights is SCALE units.
SCALE = 100


@dataclass(frozen=True)
class Need:
    """One open request for help, seen from the requester's side."""

    id: int
    requester_id: int
    help_type: str
    languages: frozenset[str]  # what the requester speaks; empty means "not known"
    x: float
    y: float
    slots: int = 0
    home_visit: bool = False
    recurring: bool = False
    waiting_days: float = 0.0
    urgency: int = 0  # 0..3, nabij.aid.choices.Urgency
    vetoed: frozenset[int] = frozenset()  # helper ids the requester refused
    previous_helpers: frozenset[int] = frozenset()  # helper ids who helped them before
    ties: frozenset[int] = frozenset()  # member ids the requester is already connected to


@dataclass(frozen=True)
class Helper:
    """One person offering help, with what is left of what they offered."""

    id: int
    help_types: frozenset[str]
    languages: frozenset[str]
    x: float
    y: float
    slots: int = 0
    radius_m: float = 1000.0
    capacity_left: int = 1
    load: int = 0  # open matches now
    vetted: bool = False  # screened for home visits


@dataclass(frozen=True, eq=False)
class HelperColumns:
    """Many helpers as parallel columns: the same facts as a list of Helper, for a loader
    that reads thousands of rows and should not make an object of each.

    Help types and languages are sets that many helpers share, so each distinct set is
    kept once and every helper points at theirs. Iterating gives Helper objects, so this
    stands wherever a sequence of helpers does.
    """

    ids: np.ndarray  # int64
    help_type_sets: tuple[frozenset[str], ...]
    help_type_set: np.ndarray  # intp per helper, into help_type_sets
    language_sets: tuple[frozenset[str], ...]
    language_set: np.ndarray  # intp per helper, into language_sets
    x: np.ndarray  # float64
    y: np.ndarray  # float64
    slots: np.ndarray  # int64; 0 is "any time"
    radius_m: np.ndarray  # float64
    capacity_left: np.ndarray  # int64
    load: np.ndarray  # int64
    vetted: np.ndarray  # bool

    @classmethod
    def of(cls, helpers: "Iterable[Helper] | HelperColumns") -> "HelperColumns":
        if isinstance(helpers, HelperColumns):
            return helpers
        helpers = list(helpers)
        help_type_sets: dict[frozenset[str], int] = {}
        language_sets: dict[frozenset[str], int] = {}
        return cls(
            ids=np.array([h.id for h in helpers], dtype=np.int64),
            help_type_set=np.array(
                [help_type_sets.setdefault(h.help_types, len(help_type_sets)) for h in helpers],
                dtype=np.intp,
            ),
            language_set=np.array(
                [language_sets.setdefault(h.languages, len(language_sets)) for h in helpers],
                dtype=np.intp,
            ),
            help_type_sets=tuple(help_type_sets),
            language_sets=tuple(language_sets),
            x=np.array([h.x for h in helpers], dtype=np.float64),
            y=np.array([h.y for h in helpers], dtype=np.float64),
            slots=np.array([h.slots for h in helpers], dtype=np.int64),
            radius_m=np.array([h.radius_m for h in helpers], dtype=np.float64),
            capacity_left=np.array([h.capacity_left for h in helpers], dtype=np.int64),
            load=np.array([h.load for h in helpers], dtype=np.int64),
            vetted=np.array([h.vetted for h in helpers], dtype=bool),
        )

    def __len__(self) -> int:
        return int(self.ids.size)

    def __iter__(self) -> "Iterator[Helper]":
        return (self.helper(i) for i in range(len(self)))

    def helper(self, row: int) -> Helper:
        return Helper(
            id=int(self.ids[row]),
            help_types=self.help_type_sets[self.help_type_set[row]],
            languages=self.language_sets[self.language_set[row]],
            x=float(self.x[row]),
            y=float(self.y[row]),
            slots=int(self.slots[row]),
            radius_m=float(self.radius_m[row]),
            capacity_left=int(self.capacity_left[row]),
            load=int(self.load[row]),
            vetted=bool(self.vetted[row]),
        )

    def take(self, rows: np.ndarray) -> "HelperColumns":
        """These rows, in this order; the shared sets stay as they are."""
        return replace(
            self,
            ids=self.ids[rows],
            help_type_set=self.help_type_set[rows],
            language_set=self.language_set[rows],
            x=self.x[rows],
            y=self.y[rows],
            slots=self.slots[rows],
            radius_m=self.radius_m[rows],
            capacity_left=self.capacity_left[rows],
            load=self.load[rows],
            vetted=self.vetted[rows],
        )


@dataclass(frozen=True)
class Weights:
    """What a worker can tune. Each weight is in points; a point is one SCALE of cost.

    The unmatched penalty sits far above any one pair's cost, so the assignment first
    matches as many requests as it can and only then looks for the cheapest way to do so.
    """

    distance_per_km: float = 4.0
    language: float = 1.0  # times the share of the requester's languages the helper lacks
    scarcity: float = 3.0  # times the scarcity of a language the helper has but is not used
    load: float = 0.5  # per open match, and per match added in the same batch
    continuity: float = 3.0  # recurring help given by someone other than a previous helper
    bridging: float = 1.0  # helper is already a tie; 0 = ignore ties
    unmatched: float = 100.0  # leaving a request unmatched
    urgency: float = 0.5  # the penalty grows by this share per urgency level
    waiting_per_week: float = 0.1  # ... and by this share per week waited
    waiting_cap_days: float = 56.0  # a long wait stops counting after eight weeks

    def __post_init__(self) -> None:
        for name, value in self.__dict__.items():
            if not value >= 0:
                raise ValueError(f"weight {name} must be at least 0, not {value}")


@dataclass(frozen=True)
class Reason:
    """One fact behind a suggestion; nabij.aid.matching.explain puts it into words."""

    code: str
    data: dict[str, Any] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class Suggestion:
    helper_id: int
    cost: int  # in SCALE units; lower is better
    reasons: tuple[Reason, ...]


@dataclass(frozen=True, eq=False)
class CandidateGraph:
    """The sparse bipartite graph of feasible pairs one batch assigns over.

    Edge arrays are parallel: edge e joins need `need[e]` to helper `helper[e]` at
    `cost[e]`. Helper costs for load are not in `cost`: the j-th match a helper gets
    (counting from 0) costs `load_step * (load[h] + j)`, so work is spread as it fills.
    """

    need_ids: np.ndarray  # int64, one per need, in id order
    helper_ids: np.ndarray  # int64, one per helper, in id order
    need: np.ndarray  # int32 edge -> need index
    helper: np.ndarray  # int32 edge -> helper index
    cost: np.ndarray  # int64 edge cost without load
    penalty: np.ndarray  # int64 per need: the cost of leaving it unmatched
    capacity: np.ndarray  # int32 per helper
    load: np.ndarray  # int32 per helper
    load_step: int

    @property
    def edge_count(self) -> int:
        return int(self.need.size)


@dataclass(frozen=True)
class Assignment:
    pairs: tuple[tuple[int, int], ...]  # (need id, helper id), in need id order
    cost: int  # the whole objective in SCALE units, penalties for unmatched needs included
    matched_share: float
    unmatched: tuple[int, ...]  # need ids
