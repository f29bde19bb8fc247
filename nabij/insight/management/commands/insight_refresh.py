"""`nabij insight-refresh [--place SLUG] [--day YYYY-MM-DD]`: sync the exchange graph and
store the metrics, of one place or all. Without --day everything is recomputed; with it
only that day's exchanges and their month (run it each night for yesterday)."""

from datetime import date

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, ngettext

from nabij.community.models import Place
from nabij.insight.errors import InsightError
from nabij.insight.services import metrics_refresh


class Command(BaseCommand):
    help = gettext_noop(
        "Berekent de cijfers over solidariteit opnieuw: alles, of alleen wat op één dag veranderde."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--place", help=gettext_noop("de korte naam van de plek (anders alle)"))
        parser.add_argument("--day", help=gettext_noop("alleen deze dag bijwerken, als JJJJ-MM-DD"))

    def handle(self, *args, place: str | None, day: str | None, **options) -> None:
        places = Place.objects.order_by("slug")
        if place is not None:
            places = places.filter(slug=place)
            if not places.exists():
                raise CommandError(_("Er is geen plek %(slug)s.") % {"slug": place})
        when = None
        if day is not None:
            try:
                when = date.fromisoformat(day)
            except ValueError as error:
                raise CommandError(str(InsightError.DAY_INVALID.message)) from error
        for found in places:
            result = metrics_refresh(place=found, day=when)
            months = ngettext(
                "%(months)d maand berekend", "%(months)d maanden berekend", result.months
            ) % {"months": result.months}
            self.stdout.write(
                _(
                    "%(place)s: %(added)d nieuwe en %(removed)d vervallen "
                    "uitwisselingen, %(months)s."
                )
                % {
                    "place": found.slug,
                    "added": result.added,
                    "removed": result.removed,
                    "months": months,
                }
            )
