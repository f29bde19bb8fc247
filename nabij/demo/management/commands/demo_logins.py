"""`nabij demo-logins`: who you can log in as in the demo, where, and with which password."""

from django.contrib.auth.models import User
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from nabij.community.choices import RoleKind
from nabij.community.models import Place, Role
from nabij.demo.cast import CAST, PASSWORD


class Command(BaseCommand):
    help = gettext_noop("Toont de log-ins van de demobuurt, per rol en plek, met het wachtwoord.")

    def handle(self, *args, **options) -> None:
        places = {place.slug: place for place in Place.objects.all()}
        # Only log-ins that still work: an active user whose member holds the role there.
        users = User.objects.filter(username__in=[m.username for m in CAST], is_active=True)
        held = set(
            Role.objects.filter(member__user__in=users, member__erased_at=None).values_list(
                "member__user__username", "place__slug", "kind"
            )
        )
        rows = [
            (
                member.username,
                str(RoleKind(member.role).label),
                places[member.place].name,
                reverse(member.start, kwargs={"slug": member.place}),
            )
            for member in CAST
            if (member.username, member.place, member.role) in held
        ]
        if not rows:
            raise CommandError(
                _("Geen demo-log-ins gevonden: maak eerst een demobuurt met `nabij demo`.")
            )
        header = (_("gebruikersnaam"), _("rol"), _("plek"), _("startpagina"))
        widths = [max(len(str(row[n])) for row in [header, *rows]) for n in range(len(header))]
        for row in [header, *rows]:
            self.stdout.write(
                "  ".join(str(cell).ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
            )
        self.stdout.write("")
        self.stdout.write(
            _("Wachtwoord voor alle demo-log-ins: %(password)s") % {"password": PASSWORD}
        )
        self.stdout.write(_("Log in op %(path)s") % {"path": reverse("login")})
