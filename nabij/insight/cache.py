"""Results worth keeping between requests (Leiden, layouts), kept on the place's
MetricState and valid until its metrics are next computed."""

from collections.abc import Callable
from typing import Any, TypeVar

from nabij.community.models import Place
from nabij.insight.models import MetricState

T = TypeVar("T")
MAX_ENTRIES = 24  # periods and pictures per place, oldest dropped first


def cached(
    place: Place,
    key: str,
    compute: Callable[[], T],
    *,
    dump: Callable[[T], Any],
    load: Callable[[Any], T],
) -> T:
    """`compute()`, or what it gave for `key` since the last refresh of the place."""
    found = MetricState.objects.filter(place=place).values_list("computed_at", "views").first()
    if found is None:
        return compute()
    computed_at, views = found
    stamp = computed_at.isoformat()
    entry = views.get(key)
    if entry is not None and entry.get("at") == stamp:
        return load(entry["value"])
    value = compute()
    views = {k: v for k, v in views.items() if v.get("at") == stamp}
    while len(views) >= MAX_ENTRIES:
        views.pop(next(iter(views)))
    views[key] = {"at": stamp, "value": dump(value)}
    # Only if no refresh came in between; otherwise the next request computes again.
    MetricState.objects.filter(place=place, computed_at=computed_at).update(views=views)
    return value
