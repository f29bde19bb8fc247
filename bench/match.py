"""`nabij bench match --requests N --helpers M [--seed S] [--json]`: batch matching.

Generates a synthetic neighbourhood of requests and helpers, builds the sparse candidate
graph (each request's k cheapest feasible helpers, each helper's cheapest requests),
assigns by minimum-cost flow and by the greedy baseline, and measures the optimality gap
of the pruning on a sub-problem (by default the first 1,000 requests and 5,000 helpers)
solved both sparse and exact. Prints one JSON object on stdout; progress goes to stderr.
Nothing here touches a database.
"""

import argparse
import json
import platform
import sys
import time

import numpy as np

from nabij.aid.matching import (
    Helper,
    Need,
    Weights,
    assign,
    assign_greedy,
    candidate_graph,
)
from nabij.community.availability import SLOT_COUNT

SIDE_M = 3000.0  # a neighbourhood of about 3 x 3 km
SECTOR_M = 200.0  # positions are sector centroids, as the loader gives them

# Help types as in nabij.aid.choices.HelpType; demand after the neighbourly-help survey
# (a listening ear, keeping an eye out and groceries lead), supply a little flatter.
HELP_TYPES = (
    "groceries",
    "visit",
    "eye_out",
    "transport",
    "paperwork",
    "translation",
    "repair",
    "childcare",
    "meals",
    "other",
)
DEMAND = np.array([25, 30, 20, 6, 8, 3, 3, 2, 2, 1], dtype=float)
SUPPLY = np.array([25, 25, 20, 8, 6, 5, 6, 3, 4, 2], dtype=float)

# Home languages besides Dutch, most common first; the tail is rare on purpose.
HOME_LANGUAGES = (
    "ar", "tr", "fr", "en", "ber", "ro", "bg", "pl", "es", "ru", "so", "ps", "fa", "uk",
    "ti", "am", "sq", "pt", "it", "ur", "ku", "bn", "hi", "zh", "ln", "wo", "ha", "yo",
    "ne", "ta", "sw", "hy", "ka", "mn", "vi", "th", "el", "hu", "sk", "cs",
)  # fmt: skip
RADII_M = np.array([300, 500, 800, 1200, 2000], dtype=float)
RADIUS_SHARE = np.array([0.15, 0.30, 0.30, 0.15, 0.10])


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="nabij bench match", description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--helpers", type=int, default=50_000)
    parser.add_argument("--k", type=int, default=15, help="helpers kept per request")
    parser.add_argument("--k-per-place", type=int, default=4, help="requests kept per place")
    parser.add_argument("--gap-requests", type=int, default=1000)
    parser.add_argument("--gap-helpers", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="JSON on stdout (the only output)")
    return parser.parse_args(argv)


def _progress(message: str) -> None:
    print(f"match: {message}", file=sys.stderr, flush=True)


def _home_language(rng: np.random.Generator, n: int) -> np.ndarray:
    weights = 1.0 / np.arange(1, len(HOME_LANGUAGES) + 1) ** 1.2
    return rng.choice(len(HOME_LANGUAGES), size=n, p=weights / weights.sum())


def _positions(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    x, y = rng.uniform(0, SIDE_M, n), rng.uniform(0, SIDE_M, n)
    return (np.floor(x / SECTOR_M) + 0.5) * SECTOR_M, (np.floor(y / SECTOR_M) + 0.5) * SECTOR_M


def _slots(rng: np.random.Generator, n: int, any_time: float, low: int, high: int) -> list[int]:
    masks = []
    for count, free in zip(rng.integers(low, high + 1, n), rng.random(n) < any_time, strict=True):
        bits = rng.choice(SLOT_COUNT, size=count, replace=False)
        masks.append(0 if free else int(np.bitwise_or.reduce(1 << bits)))
    return masks


def make_helpers(rng: np.random.Generator, n: int) -> list[Helper]:
    x, y = _positions(rng, n)
    home = _home_language(rng, n)
    dutch = rng.random(n) < 0.85
    has_home = rng.random(n) < 0.5
    extra = rng.random(n) < 0.3
    type_count = rng.choice([1, 2, 3], size=n, p=[0.45, 0.35, 0.2])
    supply = SUPPLY / SUPPLY.sum()
    slots = _slots(rng, n, any_time=0.2, low=3, high=8)
    radius = rng.choice(RADII_M, size=n, p=RADIUS_SHARE)
    capacity = rng.choice([1, 2, 3], size=n, p=[0.5, 0.3, 0.2])
    load = rng.choice([0, 1, 2], size=n, p=[0.7, 0.2, 0.1])
    vetted = rng.random(n) < 0.2
    helpers = []
    for i in range(n):
        languages = {"nl"} if dutch[i] else set()
        if has_home[i] or not languages:
            languages.add(HOME_LANGUAGES[home[i]])
        if extra[i]:
            languages.add("en" if i % 2 else "fr")
        types = rng.choice(len(HELP_TYPES), size=type_count[i], replace=False, p=supply)
        helpers.append(
            Helper(
                id=i + 1,
                help_types=frozenset(HELP_TYPES[t] for t in types),
                languages=frozenset(languages),
                x=float(x[i]),
                y=float(y[i]),
                slots=slots[i],
                radius_m=float(radius[i]),
                capacity_left=int(capacity[i]),
                load=int(load[i]),
                vetted=bool(vetted[i]),
            )
        )
    return helpers


def make_needs(rng: np.random.Generator, n: int, helpers: list[Helper]) -> list[Need]:
    x, y = _positions(rng, n)
    home = _home_language(rng, n)
    dutch = rng.random(n) < 0.55
    has_home = rng.random(n) < 0.7
    help_type = rng.choice(len(HELP_TYPES), size=n, p=DEMAND / DEMAND.sum())
    slots = _slots(rng, n, any_time=0.3, low=2, high=6)
    home_visit = rng.random(n) < 0.25
    recurring = rng.random(n) < 0.3
    waiting = rng.exponential(5.0, n)
    urgency = rng.choice([0, 1, 2, 3], size=n, p=[0.3, 0.45, 0.18, 0.07])
    # Ties and previous helpers are people nearby: pick them among helpers of the same
    # sector row, by their place in an ordering of helpers by position.
    order = np.lexsort(([h.x for h in helpers], [h.y for h in helpers]))
    key = np.array([h.y * SIDE_M + h.x for h in helpers])[order]
    tie_count = rng.integers(0, 8, n)
    needs = []
    for i in range(n):
        languages = {"nl"} if dutch[i] else set()
        if has_home[i] or not languages:
            languages.add(HOME_LANGUAGES[home[i]])
        near = int(np.searchsorted(key, y[i] * SIDE_M + x[i]))
        picks = near + rng.integers(-40, 40, tie_count[i])
        ties = frozenset(helpers[order[p]].id for p in picks if 0 <= p < len(helpers))
        previous = frozenset(sorted(ties)[:1]) if recurring[i] and ties else frozenset()
        vetoed = frozenset({int(rng.integers(1, len(helpers) + 1))}) if i % 50 == 0 else frozenset()
        needs.append(
            Need(
                id=i + 1,
                # One in ten requesters also offers help: they must not be matched to themselves.
                requester_id=int(rng.integers(1, len(helpers) + 1)) if i % 10 == 0 else -(i + 1),
                help_type=HELP_TYPES[help_type[i]],
                languages=frozenset(languages),
                x=float(x[i]),
                y=float(y[i]),
                slots=slots[i],
                home_visit=bool(home_visit[i]),
                recurring=bool(recurring[i]),
                waiting_days=float(round(waiting[i], 1)),
                urgency=int(urgency[i]),
                vetoed=vetoed,
                previous_helpers=previous,
                ties=ties,
            )
        )
    return needs


def _gap(sparse: int, exact: int) -> float:
    return round((sparse - exact) / exact, 6) if exact else 0.0


def main(argv: list[str]) -> int:
    args = _arguments(argv)
    rng = np.random.default_rng(args.seed)
    weights = Weights()

    _progress(f"generating {args.requests} requests and {args.helpers} helpers")
    helpers = make_helpers(rng, args.helpers)
    needs = make_needs(rng, args.requests, helpers)

    _progress(f"candidate graph, k = {args.k}, {args.k_per_place} per place")
    started, cpu_started = time.perf_counter(), time.process_time()
    graph = candidate_graph(needs, helpers, weights, args.k, args.k_per_place)
    candidates_done = time.perf_counter()
    _progress(f"{graph.edge_count} edges; min-cost flow")
    flow = assign(graph)
    finished, cpu_finished = time.perf_counter(), time.process_time()
    _progress("greedy baseline")
    greedy = assign_greedy(graph)

    sub_needs = needs[: args.gap_requests]
    sub_helpers = helpers[: args.gap_helpers]
    _progress(f"optimality gap on {len(sub_needs)} x {len(sub_helpers)}: sparse")
    sparse = assign(candidate_graph(sub_needs, sub_helpers, weights, args.k, args.k_per_place))
    _progress("optimality gap: exact, every feasible pair")
    exact_graph = candidate_graph(sub_needs, sub_helpers, weights, k_per_need=None)
    # What assign_exact does, with the graph kept to report its size.
    exact = assign(exact_graph)
    # Requests with no feasible helper at all pay their penalty in both: without them the
    # gap is measured on the part of the cost the pruning can change.
    unmatchable = np.ones(exact_graph.need_ids.size, dtype=bool)
    unmatchable[exact_graph.need] = False
    fixed = int(exact_graph.penalty[unmatchable].sum())

    result = {
        "requests": args.requests,
        "helpers": args.helpers,
        "seed": args.seed,
        "k_per_need": args.k,
        "k_per_place": args.k_per_place,
        "edges": graph.edge_count,
        "seconds_candidates": round(candidates_done - started, 3),
        "seconds_assignment": round(finished - candidates_done, 3),
        "seconds_total": round(finished - started, 3),
        # CPU time of the same span: what the run costs when other work shares the cores.
        "cpu_seconds_total": round(cpu_finished - cpu_started, 3),
        "matched_share": round(flow.matched_share, 4),
        "cost": flow.cost,
        "greedy_matched_share": round(greedy.matched_share, 4),
        "greedy_cost": greedy.cost,
        "gap_requests": len(sub_needs),
        "gap_helpers": len(sub_helpers),
        "gap_exact_edges": exact_graph.edge_count,
        "gap_sparse_cost": sparse.cost,
        "gap_exact_cost": exact.cost,
        "optimality_gap": _gap(sparse.cost, exact.cost),
        "optimality_gap_matchable": _gap(sparse.cost - fixed, exact.cost - fixed),
        "python": platform.python_version(),
    }
    print(json.dumps(result, indent=None if args.json else 2))
    return 0
