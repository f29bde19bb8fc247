"""`nabij demo --members N --seed S [--if-empty]`: a synthetic superdiverse neighbourhood."""

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from nabij.demo.generator import MIN_MEMBERS, database_empty, demo_present, generate


class Command(BaseCommand):
    help = gettext_noop(
        "Maakt een demobuurt met vier plekken, bewoners, groepen en demo-log-ins. "
        "Hetzelfde zaad en aantal geven altijd dezelfde buurt."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--members", type=int, default=2000, help=gettext_noop("aantal leden"))
        parser.add_argument(
            "--seed", type=int, default=1, help=gettext_noop("startgetal voor het toeval")
        )
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help=gettext_noop("niets doen als de databank al gegevens heeft"),
        )

    def handle(self, *args, members: int, seed: int, if_empty: bool, **options) -> None:
        if members < MIN_MEMBERS:
            raise CommandError(
                _("Een demobuurt heeft minstens %(minimum)d leden nodig.")
                % {"minimum": MIN_MEMBERS}
            )
        if not database_empty():
            if if_empty:
                if demo_present():
                    self.stderr.write(_("De demobuurt bestaat al: niets veranderd."))
                else:
                    self.stderr.write(_("De databank heeft al gegevens: geen demobuurt gemaakt."))
                return
            raise CommandError(
                _(
                    "De databank is niet leeg: een demobuurt komt alleen in een lege databank. "
                    "Gebruik --if-empty om dan niets te doen."
                )
            )
        result = generate(members=members, seed=seed, progress=self.stderr._out)
        self.stderr.write(
            _("Demobuurt gemaakt: %(members)d leden, %(rows)d rijen in %(seconds).1f s.")
            % {
                "members": result.rows.get("member", 0),
                "rows": sum(result.rows.values()),
                "seconds": result.seconds,
            }
        )
