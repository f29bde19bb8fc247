from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    name = "nabij.practices"
    label = "practices"
    verbose_name = _("Praktijken")

    def ready(self) -> None:
        # Registers the Dutch stemmer that SQLite's full-text triggers call.
        from nabij.practices import dutch  # noqa: F401
