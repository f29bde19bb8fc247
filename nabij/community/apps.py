from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommunityConfig(AppConfig):
    name = "nabij.community"
    verbose_name = _("Gemeenschap")
