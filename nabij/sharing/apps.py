from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SharingConfig(AppConfig):
    name = "nabij.sharing"
    label = "sharing"
    verbose_name = _("Delen")

    def ready(self) -> None:
        from nabij.insight.choices import ExchangeKind
        from nabij.insight.sources import exchange_source
        from nabij.sharing.exchanges import loans_as_exchanges

        exchange_source(ExchangeKind.LOAN)(loans_as_exchanges)
