"""`nabij bench insight --members N --exchanges M [--days D] [--seed S] [--json]`: metrics.

Generates a year of exchanges in one synthetic place (most between people of the same
street, some across; help, payments, loans and encounters), then times, on the pure
metric core (numpy and igraph, no database):

- full_s: a full recomputation: every month's state and stored figures (reciprocity,
  who receives, bridging on language), and over the whole year reciprocity, who
  receives, bridging on language, the network of four (distinct ties of the vulnerable
  in the last 90 days) and communities (Leiden);
- update_s: one more day of exchanges: the month it falls in (the fullest month)
  updated, its figures recomputed and packed for storage (what `nabij insight-refresh
  --day` does after syncing the day);
- networkx_s: the same full recomputation written plainly with networkx (sets and
  graphs of Python objects, Louvain for the communities), on the same data.

Prints one JSON object on stdout; progress goes to stderr.
"""

import argparse
import json
import os
import platform
import sys
import time

import networkx as nx
import numpy as np

from nabij.insight.metrics.bridging import bridging_counts, membership_of
from nabij.insight.metrics.communities import communities, tie_graph
from nabij.insight.metrics.four import short_of_four
from nabij.insight.metrics.month import (
    Exchanges,
    Population,
    month_add,
    month_figures,
    month_state,
    months_merge,
)
from nabij.insight.metrics.packing import pack_ids, pack_ties
from nabij.insight.metrics.receivers import receiver_counts
from nabij.insight.metrics.reciprocity import reciprocity_counts
from nabij.insight.metrics.ties import ties_from

# Kinds as nabij.insight.choices.KIND_BITS: match, transfer, encounter, loan.
KIND_BITS = np.array([1, 2, 4, 8], dtype=np.uint8)
KIND_SHARE = np.array([0.15, 0.15, 0.6, 0.1])
DIRECTED = np.array([True, True, False, True])
STREETS_PER_1000 = 4  # a street of about 250 people
SAME_STREET = 0.7
LANGUAGES = 24
WINDOW_DAYS = 90


def _log(message: str) -> None:
    print(f"insight: {message}", file=sys.stderr, flush=True)


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="nabij bench insight", description=__doc__.split("\n")[0])
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--exchanges", type=int, default=1_000_000)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="JSON on stdout (the only output)")
    return parser.parse_args(argv)


class Place:
    """The synthetic place: people with a street, languages, vulnerability; exchanges."""

    def __init__(self, members: int, exchanges: int, days: int, seed: int) -> None:
        rng = np.random.default_rng(seed)
        self.ids = np.arange(1, members + 1, dtype=np.int64)
        streets = max(1, members * STREETS_PER_1000 // 1000)
        street = rng.integers(0, streets, members)
        by_street = np.argsort(street, kind="stable")
        starts = np.searchsorted(street[by_street], np.arange(streets))
        sizes = np.bincount(street, minlength=streets)
        # Home languages: a few common ones, a long tail; four in ten also speak Dutch.
        weights = 1 / np.arange(1, LANGUAGES + 1)
        home = rng.choice(LANGUAGES, members, p=weights / weights.sum())
        dutch = rng.random(members) < 0.4
        self.language_member = np.concatenate([self.ids, self.ids[dutch]])
        self.language_value = np.concatenate([home, np.zeros(int(dutch.sum()), dtype=np.int64)])
        self.vulnerable = self.ids[rng.random(members) < 0.08]
        self.population = Population(
            residents=self.ids,
            vulnerable=self.vulnerable,
            languages=membership_of(
                member=self.language_member, value=self.language_value, values=LANGUAGES
            ),
            language_codes=tuple(f"l{i}" for i in range(LANGUAGES)),
        )
        self.exchanges, self.days = self._exchanges(
            rng, exchanges, days, street, by_street, starts, sizes
        )
        self.day_batch, _ = self._exchanges(
            rng, max(1, exchanges // days), 1, street, by_street, starts, sizes
        )
        self.last_day = days - 1

    def _exchanges(self, rng, n, days, street, by_street, starts, sizes):
        members = len(self.ids)
        giver = rng.integers(0, members, n)
        near = rng.random(n) < SAME_STREET
        s = street[giver]
        neighbour = by_street[starts[s] + (rng.random(n) * sizes[s]).astype(np.int64)]
        receiver = np.where(near, neighbour, rng.integers(0, members, n))
        keep = giver != receiver
        giver, receiver = giver[keep], receiver[keep]
        kind = rng.choice(4, len(giver), p=KIND_SHARE)
        day = np.sort(rng.integers(0, days, len(giver)))
        exchanges = Exchanges(
            giver=self.ids[giver],
            receiver=self.ids[receiver],
            kind_bit=KIND_BITS[kind],
            directed=DIRECTED[kind],
        )
        return exchanges, day


def core_full(place: Place) -> dict:
    """Every month stored, then the year's metrics."""
    months = place.days // 30
    states, stored = [], 0
    for month in np.unique(months):
        state = month_state(place.exchanges.take(months == month))
        month_figures(state, place.population)
        stored += len(pack_ties(state.ties)) + len(pack_ids(state.givers))
        states.append(state)
    year = months_merge(*states)
    people = place.population
    reciprocity = reciprocity_counts(
        people=people.residents, givers=year.givers, receivers=year.receivers
    )
    receiver_counts(people=people.residents, vulnerable=people.vulnerable, receivers=year.receivers)
    language = bridging_counts(ties=year.ties, membership=people.languages)
    recent = place.days > place.last_day - WINDOW_DAYS
    window = place.exchanges.take(recent)
    four = short_of_four(
        ties=ties_from(window.giver, window.receiver, window.kind_bit), people=people.vulnerable
    )
    found = communities(tie_graph(year.ties))
    return {
        "months": len(states),
        "ties": len(year.ties),
        "reciprocity": reciprocity.as_dict(),
        "bridging_language": language.bridging,
        "bonding_language": language.bonding,
        "short_of_four": len(four),
        "communities": len(found.sizes),
        "modularity": round(found.modularity, 3),
        "stored_bytes": stored,
        # A day is added to the fullest month: the update's worst case.
        "_month": max(states, key=lambda state: state.exchanges),
    }


def core_update(place: Place, month) -> None:
    state = month_add(month, place.day_batch)
    month_figures(state, place.population)
    pack_ties(state.ties)
    pack_ids(state.givers)
    pack_ids(state.receivers)


def networkx_full(place: Place) -> dict:
    """The same full recomputation, plainly: Python sets, networkx graphs, Louvain."""
    giver = place.exchanges.giver.tolist()
    receiver = place.exchanges.receiver.tolist()
    directed = place.exchanges.directed.tolist()
    months = (place.days // 30).tolist()
    day = place.days.tolist()
    languages: dict[int, set[int]] = {}
    for member, value in zip(
        place.language_member.tolist(), place.language_value.tolist(), strict=True
    ):
        languages.setdefault(member, set()).add(value)
    residents = set(place.ids.tolist())
    vulnerable = set(place.vulnerable.tolist())

    def figures(graph: nx.Graph, flows: nx.DiGraph) -> tuple:
        givers = {u for u, v in flows.edges}
        receivers = {v for u, v in flows.edges}
        both = residents & givers & receivers
        counts = (len((residents & givers) - both), len((residents & receivers) - both), len(both))
        got = residents & receivers
        split = (len(got & vulnerable), len(got - vulnerable))
        bonding = bridging = 0
        for u, v in graph.edges:
            if u in languages and v in languages:
                if languages[u] & languages[v]:
                    bonding += 1
                else:
                    bridging += 1
        return counts, split, bonding, bridging

    per_month: dict[int, tuple[nx.Graph, nx.DiGraph]] = {}
    for g, r, d, m in zip(giver, receiver, directed, months, strict=True):
        graph, flows = per_month.setdefault(m, (nx.Graph(), nx.DiGraph()))
        graph.add_edge(g, r)
        if d:
            flows.add_edge(g, r)
    for graph, flows in per_month.values():
        figures(graph, flows)
    year = nx.compose_all([graph for graph, _ in per_month.values()])
    year_flows = nx.compose_all([flows for _, flows in per_month.values()])
    counts, _split, bonding, bridging = figures(year, year_flows)
    recent = nx.Graph()
    for g, r, dd in zip(giver, receiver, day, strict=True):
        if dd > place.last_day - WINDOW_DAYS:
            recent.add_edge(g, r)
    short = sum(1 for v in vulnerable if (recent.degree(v) if v in recent else 0) < 4)
    found = nx.community.louvain_communities(year, seed=1)
    return {
        "ties": year.number_of_edges(),
        "bridging_language": bridging,
        "bonding_language": bonding,
        "short_of_four": short,
        "communities": len(found),
        "give_only": counts[0],
    }


def main(argv: list[str]) -> int:
    args = _arguments(argv)
    _log(f"generating {args.members:,} members and {args.exchanges:,} exchanges")
    place = Place(args.members, args.exchanges, args.days, args.seed)

    _log("full recomputation (numpy, igraph)")
    started = time.perf_counter()
    core = core_full(place)
    full_s = time.perf_counter() - started

    _log("update of one day")
    month = core.pop("_month")
    started = time.perf_counter()
    core_update(place, month)
    update_s = time.perf_counter() - started

    _log("the same full recomputation in networkx")
    started = time.perf_counter()
    plain = networkx_full(place)
    networkx_s = time.perf_counter() - started

    agree = all(
        core[key] == plain[key]
        for key in ("ties", "bridging_language", "bonding_language", "short_of_four")
    ) and (core["reciprocity"]["give_only"] == plain["give_only"])
    result = {
        "members": args.members,
        "exchanges": len(place.exchanges),
        "days": args.days,
        "day_exchanges": len(place.day_batch),
        "full_s": round(full_s, 3),
        "update_s": round(update_s, 4),
        "networkx_s": round(networkx_s, 3),
        "speedup": round(networkx_s / full_s, 1),
        "same_figures": agree,
        "core": core,
        "networkx": plain,
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
    }
    if args.json:
        print(json.dumps(result))
    else:
        print(json.dumps(result, indent=2))
    return 0
