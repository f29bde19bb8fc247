"""The demo neighbourhood as a plan, drawn from one seed, without touching the database.

Each part is drawn from its own `random.Random` derived from the seed, in a fixed order,
so the same seed and size give the same people, groups and buddies on any day (only the
dates of events move with today). The staff (the cast, workers and shopkeepers) come
first in `Plan.people`, so that anyone who points at a worker points backwards.
"""

import random
from collections.abc import Sequence
from datetime import datetime

from nabij.demo.gatherings import plan_buddies, plan_events, plan_groups
from nabij.demo.people import PeoplePlanner
from nabij.demo.records import Plan

MIN_MEMBERS = 50


def _rng(seed: int, part: str) -> random.Random:
    # A string seed is hashed with SHA-512 by `random`, not with hash(): stable across runs.
    return random.Random(f"nabij-demo:{seed}:{part}")


def plan_neighbourhood(
    *, members: int, seed: int, now: datetime, interface_languages: Sequence[str]
) -> Plan:
    """The whole neighbourhood for `members` people (the cast included)."""
    if members < MIN_MEMBERS:
        raise ValueError(f"a demo neighbourhood needs at least {MIN_MEMBERS} members")
    people = PeoplePlanner(
        rng=_rng(seed, "people"), now=now, interface_languages=tuple(interface_languages)
    )
    people.plan(members)
    groups = plan_groups(_rng(seed, "groups"), now, people)
    events = plan_events(_rng(seed, "events"), now, people, groups)
    buddies = plan_buddies(_rng(seed, "buddies"), now, people)
    return Plan(
        seed=seed,
        now=now,
        organisations=people.organisations,
        households=people.households,
        people=people.people,
        staff_count=people.staff_count,
        consents=people.consents,
        groups=groups,
        events=events,
        buddies=buddies,
    )
