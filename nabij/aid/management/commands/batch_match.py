"""`nabij batch-match --place SLUG [--as USERNAME] [--bridging N]`: batch matching from the
command line, with a progress bar. The run is the same as the page's: the page shows it
while it works, and neither starts while the other is going."""

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db.models import Case, IntegerField, Value, When
from django.urls import reverse
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, ngettext
from tqdm import tqdm

from nabij.aid.forms import BRIDGING_CHOICES, BRIDGING_DEFAULT
from nabij.aid.matching import Weights
from nabij.aid.models import BatchRunState, BatchRunStep
from nabij.aid.services.batch_run import batch_run_begin, batch_run_execute
from nabij.community.choices import STAFF_ROLES, RoleKind
from nabij.community.models import Member, Place, Role
from nabij.errors import DomainError


def staff_member(place: Place, username: str | None) -> Member:
    """Who the run acts as: the named user, or the place's first admin (else worker)."""
    if username:
        member = Member.objects.filter(user__username=username, erased_at=None).first()
        if member is None:
            raise CommandError(_("Niemand met gebruikersnaam %(name)s.") % {"name": username})
        return member
    role = (
        Role.objects.filter(place=place, kind__in=list(STAFF_ROLES), member__erased_at=None)
        .select_related("member")
        .order_by(
            Case(
                When(kind=RoleKind.ADMIN, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            ),
            "since",
            "pk",
        )
        .first()
    )
    if role is None:
        raise CommandError(
            _("%(place)s heeft geen beheerder of werker om de ronde op naam van te zetten.")
            % {"place": place.name}
        )
    return role.member


class Command(BaseCommand):
    help = gettext_noop(
        "Stelt voor elke open hulpvraag van een plek een helper voor, allemaal tegelijk. "
        "Niets wordt goedgekeurd: een werker bekijkt elk voorstel."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--place", required=True, help=gettext_noop("de korte naam van de plek")
        )
        parser.add_argument(
            "--as",
            dest="username",
            help=gettext_noop(
                "gebruikersnaam van de werker of beheerder op wiens naam de voorstellen komen"
            ),
        )
        parser.add_argument(
            "--bridging",
            choices=[value for value, _label in BRIDGING_CHOICES],
            default=BRIDGING_DEFAULT,
            help=gettext_noop("voorrang aan nieuwe contacten: 0 (niet) tot 3 (sterk)"),
        )

    def handle(self, *args, place: str, username: str | None, bridging: str, **options) -> None:
        found = Place.objects.filter(slug=place).first()
        if found is None:
            raise CommandError(_("Er is geen plek %(slug)s.") % {"slug": place})
        actor = staff_member(found, username)
        try:
            begun = batch_run_begin(actor=actor, place=found)
        except DomainError as error:
            raise CommandError(error.message) from error
        if not begun.started:
            raise CommandError(
                _(
                    "Er loopt al een ronde voor %(place)s, gestart om %(time)s. "
                    "Wacht tot ze klaar is."
                )
                % {"place": found.name, "time": localtime(begun.run.created_at).strftime("%H:%M")}
            )
        with tqdm(total=0, unit=_("vragen"), file=self.stderr._out, dynamic_ncols=True) as bar:

            def progress(done: int, total: int, step: str) -> None:
                bar.set_description_str(str(BatchRunStep(step).label), refresh=False)
                bar.total = total
                bar.update(done - bar.n)

            run = batch_run_execute(
                run=begun.run,
                actor=actor,
                place=found,
                weights=Weights(bridging=float(bridging)),
                progress=progress,
            )
        if run.state != BatchRunState.DONE:
            raise CommandError(_("De ronde is mislukt: %(error)s") % {"error": run.error})
        result = run.result
        self.stdout.write(
            ngettext(
                "%(requests)d open vraag bekeken: %(proposed)d nieuw, %(kept)d hetzelfde, "
                "%(replaced)d vervangen, %(unmatched)d zonder helper.",
                "%(requests)d open vragen bekeken: %(proposed)d nieuw, %(kept)d hetzelfde, "
                "%(replaced)d vervangen, %(unmatched)d zonder helper.",
                result["requests"],
            )
            % {
                "requests": result["requests"],
                "proposed": result["proposed"],
                "kept": result["kept"],
                "replaced": result["replaced"],
                "unmatched": len(result["unmatched"]),
            }
        )
        self.stdout.write(
            _("Niets is goedgekeurd: een werker bekijkt de voorstellen op de pagina %(url)s.")
            % {"url": reverse("aid:batch", args=[found.slug])}
        )
