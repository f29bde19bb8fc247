"""`nabij sharing-reminders`: remind borrowers of overdue loans, once a day per loan.

Run it daily (cron or a systemd timer); a second run the same day sends nothing new.
"""

from django.core.management.base import BaseCommand

from nabij.community.models import Place
from nabij.sharing.services import loan_reminders_send


class Command(BaseCommand):
    help = "Herinner wie een gedeeld voorwerp te laat terugbrengt (één bericht per dag)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--place", help="korte naam van één plek (standaard: alle plekken)")

    def handle(self, *args, place: str | None = None, **options) -> None:
        places = Place.objects.all()
        if place:
            places = places.filter(slug=place)
        total = 0
        for each in places.iterator():
            sent = loan_reminders_send(place=each)
            total += sent
            if sent:
                self.stdout.write(f"{each.slug}: {sent}")
        self.stdout.write(f"reminders sent: {total}")
