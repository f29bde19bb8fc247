"""Matching requests for help to helpers: pure functions over dataclasses, no ORM.

Hard filters first (nabij.aid.matching.filters), then a weighted cost (scoring); one
request gets ranked suggestions (suggest), a whole batch a minimum-cost assignment over a
sparse candidate graph (candidates, assignment). Reasons are data; explain words them.
"""

from .assignment import assign, assign_exact, assign_greedy, objective
from .candidates import candidate_graph
from .filters import exclusions, feasible
from .reasons import reasons
from .scoring import language_scarcity, unmatched_penalty
from .suggest import suggest
from .types import (
    SCALE,
    Assignment,
    CandidateGraph,
    Helper,
    HelperColumns,
    Need,
    Reason,
    Suggestion,
    Weights,
)

__all__ = [
    "SCALE",
    "Assignment",
    "CandidateGraph",
    "Helper",
    "HelperColumns",
    "Need",
    "Reason",
    "Suggestion",
    "Weights",
    "assign",
    "assign_exact",
    "assign_greedy",
    "candidate_graph",
    "exclusions",
    "feasible",
    "language_scarcity",
    "objective",
    "reasons",
    "suggest",
    "unmatched_penalty",
]
