"""Batch matching for a crisis: a proposal for every open request at once, for workers to
review. A re-run replaces only the proposals no worker has looked at yet."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

import numpy as np
from django.db import transaction

from nabij.aid import loader
from nabij.aid.choices import LIVE_MATCH_STATES, MatchSource, MatchState, RequestStatus
from nabij.aid.matching import (
    SCALE,
    CandidateGraph,
    Weights,
    assign,
    candidate_graph,
    language_scarcity,
    reasons,
)
from nabij.aid.models import BatchRunStep, Match, Offer
from nabij.community.models import Member, Place

from .common import lock_rows, now_or, require_staff
from .matches import reasons_json

# Hears (done, total, step): done of total requests weighed, and the BatchRunStep.
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class BatchResult:
    requests: int  # open requests the run considered
    proposed: int  # new proposals
    kept: int  # earlier unreviewed proposals the run arrived at again
    replaced: int  # earlier unreviewed proposals withdrawn
    unmatched: tuple[int, ...]  # request ids nobody could be found for
    matched_share: float


def _pair_costs(
    graph: CandidateGraph, pairs: Sequence[tuple[int, int]]
) -> dict[tuple[int, int], int]:
    """The cost of each chosen (need id, helper id) pair, looked up among the graph's edges
    at once (a batch has hundreds of thousands of edges and only one chosen per request)."""
    if not pairs:
        return {}
    width = max(1, graph.helper_ids.size)
    keys = graph.need.astype(np.int64) * width + graph.helper.astype(np.int64)
    order = np.argsort(keys, kind="stable")
    needs = np.searchsorted(graph.need_ids, [need for need, _helper in pairs])
    helpers = np.searchsorted(graph.helper_ids, [helper for _need, helper in pairs])
    edges = order[np.searchsorted(keys[order], needs.astype(np.int64) * width + helpers)]
    return {pair: int(cost) for pair, cost in zip(pairs, graph.cost[edges], strict=True)}


def batch_propose(
    *,
    actor: Member,
    place: Place,
    weights: Weights | None = None,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> BatchResult:
    """Propose helpers for all open requests a worker has not placed yet, as the
    minimum-cost assignment with every helper's capacity. Nothing is approved: a worker
    reviews each proposal. Requests a worker placed meanwhile are left alone."""
    now = now_or(now)
    weights = weights or Weights()
    tick = progress or (lambda done, total, step: None)
    require_staff(actor, place)

    # The heavy part reads only, outside the transaction, so workers are not held up; it
    # is also the part whose progress others can see (see ProgressWriter).
    where = loader.positions(place)
    needs = loader.needs_of(loader.batch_requests(place), place=place, where=where, now=now)
    total = len(needs)
    tick(0, total, BatchRunStep.READING)
    helpers = loader.batch_helpers(place, where=where)
    scarcity = language_scarcity(needs, helpers)
    # The core's own pruning (k cheapest per request and per helper) is measured there.
    graph = candidate_graph(
        needs,
        helpers,
        weights,
        scarcity=scarcity,
        progress=lambda weighed: tick(min(weighed, total), total, BatchRunStep.WEIGHING),
    )
    tick(total, total, BatchRunStep.ASSIGNING)
    assignment = assign(graph)
    tick(total, total, BatchRunStep.SAVING)
    need_by_id = {need.id: need for need in needs}
    row_of_helper = {int(helper_id): row for row, helper_id in enumerate(helpers.ids)}
    edge_cost = _pair_costs(graph, assignment.pairs)
    chosen = dict(assignment.pairs)

    proposed = kept = replaced = 0
    with transaction.atomic():
        require_staff(actor, place)
        live = list(
            Match.objects.filter(
                request_id__in=need_by_id, state__in=LIVE_MATCH_STATES
            ).values_list("pk", flat=True)
        )
        locked = lock_rows(requests=need_by_id, matches=live)
        offer_of = dict(
            Offer.objects.filter(place=place, member_id__in=set(chosen.values())).values_list(
                "member_id", "pk"
            )
        )
        by_request: dict[int, list[Match]] = {}
        for match in locked.matches.values():
            by_request.setdefault(match.request_id, []).append(match)
        new = []
        for request_id, request in sorted(locked.requests.items()):
            matches = by_request.get(request_id, [])
            # Placed by a worker since the run began, or no longer open: not ours to touch.
            if request.status != RequestStatus.OPEN or any(m.reviewed for m in matches):
                continue
            helper_id = chosen.get(request_id)
            stored = []
            if helper_id is not None:
                cost = edge_cost[(request_id, helper_id)] / SCALE
                stored = reasons_json(
                    reasons(
                        need_by_id[request_id],
                        helpers.helper(row_of_helper[helper_id]),
                        scarcity,
                    )
                )
            for match in matches:
                if match.helper_id == helper_id:
                    match.cost, match.reasons = cost, stored
                    match.save(update_fields=["cost", "reasons"])
                    kept += 1
                    helper_id = None
                else:
                    match.state, match.closed_at = MatchState.WITHDRAWN, now
                    match.save(update_fields=["state", "closed_at"])
                    replaced += 1
            if helper_id is not None:
                new.append(
                    Match(
                        place=place,
                        request=request,
                        helper_id=helper_id,
                        offer_id=offer_of[helper_id],
                        state=MatchState.PROPOSED,
                        source=MatchSource.BATCH,
                        cost=cost,
                        reasons=stored,
                        reviewed=False,
                        proposed_at=now,
                        proposed_by=actor,
                    )
                )
        Match.objects.bulk_create(new)
        proposed = len(new)
    return BatchResult(
        requests=total,
        proposed=proposed,
        kept=kept,
        replaced=replaced,
        unmatched=assignment.unmatched,
        matched_share=assignment.matched_share,
    )
