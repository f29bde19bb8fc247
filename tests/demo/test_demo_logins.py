"""`nabij demo-logins` lists log-ins that work, with the password to use."""

from io import StringIO

import pytest
from django.contrib.auth import authenticate
from django.core.management import CommandError, call_command
from django.test import RequestFactory

from nabij.community.choices import RoleKind
from nabij.community.models import Role


def _logins() -> tuple[list[list[str]], str]:
    call_command("demo", members=200, seed=1, stderr=StringIO())
    out = StringIO()
    call_command("demo_logins", stdout=out)
    lines = out.getvalue().splitlines()
    blank = lines.index("")
    table = [line.split() for line in lines[1:blank]]  # under the header
    password = lines[blank + 1].split()[-1]  # "Wachtwoord ...: <password>"
    return table, password


def test_a_listed_worker_can_log_in_with_the_listed_password(db):
    table, password = _logins()
    worker = str(RoleKind.WORKER.label)
    username = next(row[0] for row in table if row[1] == worker and row[-1] == "/p/rabot/")
    # django-axes guards authenticate() and wants to see the request.
    request = RequestFactory().post("/login/")
    user = authenticate(request, username=username, password=password)
    assert user is not None
    assert Role.objects.filter(
        member__user=user, place__slug="rabot", kind=RoleKind.WORKER
    ).exists()


def test_every_place_has_a_worker_log_in(db):
    table, _password = _logins()
    starts = {row[-1] for row in table}
    for slug in ("rabot", "regenboog", "magazijn", "jeugdhuis"):
        assert f"/p/{slug}/" in starts


def test_without_a_demo_there_is_nothing_to_list(db):
    with pytest.raises(CommandError):
        call_command("demo_logins", stdout=StringIO())
