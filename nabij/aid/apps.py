from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AidConfig(AppConfig):
    name = "nabij.aid"
    label = "aid"
    verbose_name = _("Burenhulp")

    def ready(self) -> None:
        from nabij.aid.services.offers import member_cards_refresh
        from nabij.community.hooks import on_member_changed

        # Each offer keeps a copy of its member's languages, street and availability.
        on_member_changed(member_cards_refresh)
