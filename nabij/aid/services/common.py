"""What every aid service needs: who may act where, and row locks in one fixed order."""

from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Model

from nabij.aid.errors import AidError
from nabij.aid.models import Match, Offer, Request
from nabij.community.models import Member, Place
from nabij.community.services.common import now_or, require_in_place, require_role
from nabij.errors import DomainError

__all__ = [
    "Locked",
    "lock_rows",
    "now_or",
    "require_here",
    "require_in_place",
    "require_staff",
]


def require_staff(actor: Member, place: Place) -> None:
    """A worker or admin of this very place."""
    require_role(actor, place)


def require_here(row: Model, place: Place) -> None:
    """Refuse a request, offer or match of another place, even to staff who work there too."""
    if row.place_id != place.pk:
        raise DomainError(AidError.OTHER_PLACE)


@dataclass(frozen=True)
class Locked:
    requests: dict[int, Request]
    matches: dict[int, Match]
    offers: dict[int, Offer]


def lock_rows(
    *,
    requests: Iterable[int] = (),
    matches: Iterable[int] = (),
    offers: Iterable[int] = (),
) -> Locked:
    """Lock rows table by table (requests, then matches, then offers), each in primary-key
    order. Every service takes its locks through here, so two of them never wait on each
    other in a circle. The rows come back fresh: what was read before locking may be stale."""

    def lock(model: type[Model], ids: Iterable[int]) -> dict:
        wanted = set(ids)
        if not wanted:
            return {}
        rows = model.objects.select_for_update().filter(pk__in=wanted).order_by("pk")
        return {row.pk: row for row in rows}

    return Locked(
        requests=lock(Request, requests),
        matches=lock(Match, matches),
        offers=lock(Offer, offers),
    )
