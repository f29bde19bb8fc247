"""A small named cast per place, shared by every test.

Rabot is a neighbourhood; the school is another place with its own worker, so that
every test of "not in your place" has someone to be refused.
"""

from dataclasses import dataclass
from datetime import datetime

import pytest
from django.contrib.auth.models import User
from django.utils import timezone

from nabij.community.choices import ContactChannel, PlaceKind, RoleKind
from nabij.community.models import Member, Place, Role

PASSWORD = "geheim-wachtwoord-42"


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def _member(
    place: Place,
    name: str,
    roles: list[RoleKind],
    *,
    login: str | None = None,
    now: datetime,
    **fields,
) -> Member:
    user = User.objects.create_user(login, password=PASSWORD) if login else None
    member = Member.objects.create(
        place=place, display_name=name, user=user, created_at=now, updated_at=now, **fields
    )
    Role.objects.bulk_create(Role(place=place, member=member, kind=k, since=now) for k in roles)
    return member


@dataclass
class Cast:
    rabot: Place
    school: Place
    worker: Member  # Sara, neighbourhood worker in Rabot
    admin: Member  # Koen, coordinator in Rabot
    volunteer: Member  # Youssef, volunteer in Rabot
    analyst: Member  # Lien, analyst for Rabot
    shop: Member  # Mehmet, runs the grocery, partner in Rabot
    resident: Member  # Amina, resident without papers, no log-in, reached via Sara
    neighbour: Member  # Jef, resident with a log-in
    school_worker: Member  # Els, worker at the school (another place)
    pupil_parent: Member  # Olena, a parent at the school


@pytest.fixture
def cast(db) -> Cast:
    now = timezone.now()
    rabot = Place.objects.create(name="Rabot", slug="rabot", kind=PlaceKind.NEIGHBOURHOOD)
    school = Place.objects.create(name="De Regenboog", slug="regenboog", kind=PlaceKind.SCHOOL)
    worker = _member(rabot, "Sara", [RoleKind.WORKER], login="sara", now=now)
    return Cast(
        rabot=rabot,
        school=school,
        worker=worker,
        admin=_member(rabot, "Koen", [RoleKind.ADMIN, RoleKind.WORKER], login="koen", now=now),
        volunteer=_member(
            rabot, "Youssef", [RoleKind.VOLUNTEER, RoleKind.RESIDENT], login="youssef", now=now
        ),
        analyst=_member(rabot, "Lien", [RoleKind.ANALYST], login="lien", now=now),
        shop=_member(rabot, "Mehmet", [RoleKind.PARTNER], login="mehmet", now=now),
        resident=_member(
            rabot,
            "Amina",
            [RoleKind.RESIDENT],
            now=now,
            contact_channel=ContactChannel.VIA_WORKER,
            contact_worker=worker,
            sector="Rabotstraat",
            vulnerable=True,
        ),
        neighbour=_member(rabot, "Jef", [RoleKind.RESIDENT], login="jef", now=now),
        school_worker=_member(school, "Els", [RoleKind.WORKER], login="els", now=now),
        pupil_parent=_member(school, "Olena", [RoleKind.RESIDENT], now=now),
    )


@pytest.fixture
def login(client):
    """Log a cast member in on the test client: login(cast.worker)."""

    def _login(member: Member):
        client.force_login(member.user)
        return client

    return _login


def pytest_report_header(config) -> str:
    from django.conf import settings

    database = settings.DATABASES["default"]
    where = database["NAME"] if "sqlite" in database["ENGINE"] else database.get("HOST", "")
    return f"database: {database['ENGINE'].rsplit('.', 1)[-1]} ({where})"


def pytest_terminal_summary(terminalreporter) -> None:
    """Say plainly whether the browser tests ran, so a skipped browser cannot pass unnoticed."""
    counts = {
        outcome: sum(
            1
            for report in terminalreporter.stats.get(outcome, [])
            if getattr(report, "when", "call") == "call" and "browser" in report.keywords
        )
        for outcome in ("passed", "failed")
    }
    skipped = sum(
        1 for report in terminalreporter.stats.get("skipped", []) if "browser" in report.keywords
    )
    terminalreporter.write_line(
        f"Chromium browser tests that ran: {counts['passed'] + counts['failed']} "
        f"(of which failing: {counts['failed']}; skipped: {skipped})"
    )
