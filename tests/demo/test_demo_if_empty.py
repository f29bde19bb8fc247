"""`nabij demo` only ever fills an empty database; --if-empty makes a second run a no-op."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from nabij.community.models import Member, Place, Role


def _rows() -> tuple[int, int, int]:
    return Place.objects.count(), Member.objects.count(), Role.objects.count()


def test_if_empty_leaves_an_existing_database_untouched(cast):
    before = _rows()
    stderr = StringIO()
    call_command("demo", members=200, seed=1, if_empty=True, stderr=stderr)
    assert _rows() == before
    assert stderr.getvalue().strip()


def test_a_second_run_with_if_empty_reuses_the_demo(db):
    call_command("demo", members=200, seed=1, if_empty=True, stderr=StringIO())
    before = _rows()
    stderr = StringIO()
    call_command("demo", members=300, seed=2, if_empty=True, stderr=stderr)
    assert _rows() == before
    assert "bestaat al" in stderr.getvalue()


def test_without_if_empty_a_filled_database_is_refused(cast):
    before = _rows()
    with pytest.raises(CommandError):
        call_command("demo", members=200, seed=1, stderr=StringIO())
    assert _rows() == before


def test_an_empty_database_is_filled(db):
    call_command("demo", members=200, seed=1, stderr=StringIO())
    assert Member.objects.count() == 200
