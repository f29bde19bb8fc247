"""Who may open which page: the kinds of viewer, and one line per URL.

The table is split by app (permissions_<app>.py beside this file), so that each app
states its own lines; test_permissions.py walks the resolver and holds every URL to them.
"""

from collections.abc import Callable
from dataclasses import dataclass

from tests.conftest import Cast

from .conftest import Life

# Each kind of viewer, and who plays them in the cast (None: nobody is logged in).
VIEWERS: dict[str, str | None] = {
    "anonymous": None,
    "resident": "neighbour",  # Jef
    "volunteer": "volunteer",  # Youssef
    "worker": "worker",  # Sara
    "partner": "shop",  # Mehmet
    "analyst": "analyst",  # Lien
    "admin": "admin",  # Koen
    "other_place_worker": "school_worker",  # Els, a worker at the school
}
EVERYONE = frozenset(VIEWERS)
STAFF = frozenset({"worker", "admin"})
MEMBERS_OF_RABOT = frozenset({"resident", "volunteer", "worker", "partner", "analyst", "admin"})

PkOf = Callable[[Cast, Life], int]
PostOf = Callable[[Cast, Life], dict]


@dataclass(frozen=True)
class Expect:
    allowed: frozenset[str]
    pk: PkOf | None = None  # which object the URL's pk names
    post: PostOf | None = None  # POST-only views: what the form sends
    kwargs: PostOf | None = None  # other URL arguments (a survey's public key, ...)
