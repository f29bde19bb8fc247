"""Only flushing a whole database (between tests, `nabij flush`) empties the ledger."""

import pytest
from django.core.management import call_command

from nabij.ledger.models import Entry, Transfer


@pytest.mark.django_db(transaction=True)
def test_flush_empties_the_append_only_tables(cast, books):
    assert Entry.objects.exists()

    call_command("flush", interactive=False, verbosity=0)

    assert not Transfer.objects.exists()
    assert not Entry.objects.exists()
