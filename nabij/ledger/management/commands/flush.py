"""Django's `flush`, allowed to empty the ledger's append-only tables (see nabij.ledger.guard)."""

from django.core.management.commands.flush import Command as FlushCommand

from nabij.ledger.guard import lifted


class Command(FlushCommand):
    def handle(self, **options) -> None:
        with lifted():
            super().handle(**options)
