"""Generating the demo neighbourhood: plan it from a seed, then write it in bulk.

`nabij demo` and `nabij bench demo` both come through `generate`.
"""

import time
from dataclasses import dataclass
from datetime import datetime
from typing import TextIO

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import User
from django.utils import timezone
from tqdm import tqdm

from nabij.community.models import Member, Place
from nabij.demo.aid import seed_aid
from nabij.demo.cast import CAST_USERNAMES, PASSWORD, PLACE_SLUGS
from nabij.demo.fund import seed_fund
from nabij.demo.ledger import seed_ledger
from nabij.demo.plan import MIN_MEMBERS, plan_neighbourhood
from nabij.demo.practices import seed_practices
from nabij.demo.repair import seed_repair
from nabij.demo.sharing import seed_sharing
from nabij.demo.signals import seed_signals
from nabij.demo.writer import write_plan
from nabij.insight.services import metrics_refresh_all

__all__ = ["MIN_MEMBERS", "Generated", "database_empty", "demo_present", "generate"]


@dataclass(frozen=True)
class Generated:
    rows: dict[str, int]  # rows written, by model
    plan_seconds: float
    write_seconds: float

    @property
    def seconds(self) -> float:
        return self.plan_seconds + self.write_seconds


def demo_present() -> bool:
    return Place.objects.filter(slug__in=PLACE_SLUGS).exists()


def database_empty() -> bool:
    """No places, no members, and none of the cast's user names taken."""
    return not (
        Place.objects.exists()
        or Member.objects.exists()
        or User.objects.filter(username__in=CAST_USERNAMES).exists()
    )


def generate(
    *,
    members: int,
    seed: int,
    now: datetime | None = None,
    progress: TextIO | None = None,
) -> Generated:
    """Create a neighbourhood of `members` people; the caller checks the database is empty."""
    started = time.perf_counter()
    plan = plan_neighbourhood(
        members=members,
        seed=seed,
        now=timezone.localtime(now),
        interface_languages=[code for code, _name in settings.LANGUAGES],
    )
    planned = time.perf_counter()
    # Once for the whole cast: a password hash costs a good part of a second by design.
    password_hash = make_password(PASSWORD)
    with tqdm(
        total=sum(plan.row_counts().values()),
        unit=" rows",
        unit_scale=True,
        file=progress,
        disable=progress is None,
        dynamic_ncols=True,
    ) as bar:
        rows = write_plan(plan, password_hash=password_hash, progress=bar)
    rows.update(seed_aid(seed=seed, now=timezone.localtime(now)))
    rows.update(seed_ledger(seed=seed, now=timezone.localtime(now)))
    rows.update(seed_fund(seed=seed, now=timezone.localtime(now)))
    rows.update(seed_sharing(seed=seed, now=timezone.localtime(now)))
    rows.update(seed_repair(seed=seed, now=timezone.localtime(now)))
    rows.update(seed_signals(seed=seed, now=timezone.localtime(now)))
    rows.update(seed_practices(seed=seed, now=timezone.localtime(now)))
    # Last, so the insight pages open on figures computed from all of the above.
    rows.update(metrics_refresh_all(now=now))
    return Generated(
        rows=rows, plan_seconds=planned - started, write_seconds=time.perf_counter() - planned
    )
