from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LedgerConfig(AppConfig):
    name = "nabij.ledger"
    label = "ledger"
    verbose_name = _("Buurtmunt")

    def ready(self) -> None:
        from django.db.backends.signals import connection_created

        from nabij.ledger.guard import install_sqlite_guard

        connection_created.connect(install_sqlite_guard, dispatch_uid="nabij.ledger.guard")
