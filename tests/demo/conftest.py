"""A small demo neighbourhood, generated into the test database, and a way to summarise it."""

from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from nabij.community import crypto
from nabij.community.models import (
    Buddy,
    Group,
    Member,
    Role,
    SensitiveAttribute,
    SpokenLanguage,
)
from nabij.demo.generator import Generated, generate

SIZE = 200
SEED = 7
NOW = datetime(2026, 3, 14, 11, 0, tzinfo=UTC)


def _summary() -> dict:
    """What the generated data says, in terms that do not depend on primary keys."""
    return {
        "names": sorted(Member.objects.values_list("display_name", flat=True)),
        "languages": Counter(SpokenLanguage.objects.values_list("code", flat=True)),
        "roles": Counter(Role.objects.values_list("place__slug", "kind")),
        "vulnerable": sorted(
            Member.objects.filter(vulnerable=True).values_list("display_name", flat=True)
        ),
        "sectors": Counter(Member.objects.values_list("sector", flat=True)),
        "special": Counter(
            (kind, crypto.decrypt(ciphertext))
            for kind, ciphertext in SensitiveAttribute.objects.values_list("kind", "ciphertext")
        ),
        "groups": sorted(
            (group.name, sorted(m.member.display_name for m in group.memberships.all()))
            for group in Group.objects.prefetch_related("memberships__member")
        ),
        "buddies": sorted(
            Buddy.objects.values_list("volunteer__display_name", "member__display_name")
        ),
    }


@pytest.fixture
def summarise() -> Callable[[], dict]:
    return _summary


@pytest.fixture
def demo(db) -> Generated:
    """Rabot and its three neighbouring places, with SIZE people."""
    return generate(members=SIZE, seed=SEED, now=NOW)
