"""Communities in the tie graph, found with Leiden (igraph), and a picture's layout."""

import random
from contextlib import contextmanager
from dataclasses import dataclass

import igraph
import numpy as np

from nabij.insight.metrics.ties import Ties


@dataclass(frozen=True)
class TieGraph:
    ids: np.ndarray  # member id of each vertex
    graph: igraph.Graph


def tie_graph(ties: Ties) -> TieGraph:
    ids = ties.members()
    edges = np.column_stack([np.searchsorted(ids, ties.a), np.searchsorted(ids, ties.b)])
    return TieGraph(ids, igraph.Graph(n=len(ids), edges=edges.tolist(), directed=False))


@contextmanager
def seeded(seed: int):
    """igraph draws from Python's random module: the same seed gives the same result."""
    igraph.set_random_number_generator(random.Random(seed))
    try:
        yield
    finally:
        igraph.set_random_number_generator(random)


@dataclass(frozen=True)
class CommunityCounts:
    membership: np.ndarray  # community of each vertex of the TieGraph
    sizes: np.ndarray  # people per community, largest first (community 0 is the largest)
    modularity: float


def communities(graph: TieGraph, *, seed: int = 1) -> CommunityCounts:
    """Leiden on modularity, renumbered so that community 0 is the largest."""
    if graph.graph.vcount() == 0:
        return CommunityCounts(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), 0.0)
    with seeded(seed):
        found = graph.graph.community_leiden(objective_function="modularity", n_iterations=1)
    membership = np.asarray(found.membership, dtype=np.int64)
    sizes = np.bincount(membership)
    order = np.argsort(-sizes, kind="stable")
    renumber = np.empty_like(order)
    renumber[order] = np.arange(len(order))
    return CommunityCounts(renumber[membership], sizes[order], float(found.modularity))


def layout(graph: igraph.Graph, *, seed: int = 1) -> np.ndarray:
    """Positions scaled to 0..1 on both axes (Fruchterman-Reingold)."""
    if graph.vcount() == 0:
        return np.zeros((0, 2))
    with seeded(seed):
        xy = np.asarray(graph.layout_fruchterman_reingold(niter=300).coords, dtype=float)
    low, span = xy.min(axis=0), np.ptp(xy, axis=0)
    span[span == 0] = 1.0
    return (xy - low) / span
