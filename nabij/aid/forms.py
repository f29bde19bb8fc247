"""Forms of the mutual-aid pages: they parse what a worker or helper typed; services decide."""

from django import forms
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from nabij.aid.choices import Channel, HelpType, Urgency
from nabij.aid.errors import AidError
from nabij.aid.matching.types import Weights
from nabij.aid.models import Offer
from nabij.aid.models.offers import MAX_CAPACITY
from nabij.community.availability import mask_from_slots, slots_from_mask
from nabij.community.forms import DomainErrorsMixin, slot_choices
from nabij.community.languages import language_name
from nabij.community.models import Member
from nabij.errors import DomainError

# How far a helper goes, in steps a person can picture; the service checks the range.
RADIUS_CHOICES = [
    (250, _("250 meter: mijn straat")),
    (500, _("500 meter")),
    (1000, _("1 kilometer")),
    (2000, _("2 kilometer")),
    (5000, _("5 kilometer")),
    (10000, _("10 kilometer")),
]

# The bridging weight of the matching core, as four steps a worker can choose without a script.
BRIDGING_CHOICES = [
    ("0", _("niet")),
    ("1", _("een beetje (gewoon)")),
    ("2", _("meer")),
    ("3", _("sterk")),
]
BRIDGING_DEFAULT = "1"


def split_codes(text: str) -> list[str]:
    # Arabic keyboards type "،" (U+060C) for a comma.
    text = text.replace(";", ",").replace("\u060c", ",")
    return [part.strip().lower() for part in text.split(",") if part.strip()]


def common_language_choices() -> list[tuple[str, str]]:
    language = translation.get_language() or settings.LANGUAGE_CODE
    return [(code, language_name(code, language)) for code in settings.NABIJ_COMMON_LANGUAGES]


class RequestForm(DomainErrorsMixin, forms.Form):
    """A request for help, registered by a worker on someone's behalf."""

    help_type = forms.ChoiceField(label=_("Welke hulp is nodig?"), choices=HelpType.choices)
    languages = forms.MultipleChoiceField(
        label=_("In welke taal?"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Al aangevinkt: de talen die de persoon spreekt."),
    )
    other_languages = forms.CharField(
        label=_("Andere talen"),
        required=False,
        help_text=_("ISO-codes, gescheiden door komma's, bijvoorbeeld: ti, ku"),
    )
    sector = forms.CharField(
        label=_("Buurt of straat"),
        required=False,
        max_length=80,
        help_text=_("Geen adres: een straat of een deel van de wijk is genoeg."),
    )
    slots = forms.MultipleChoiceField(
        label=_("Wanneer kan het?"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    needed_from = forms.DateField(
        label=_("Vanaf"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    needed_until = forms.DateField(
        label=_("Tot en met"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    urgency = forms.TypedChoiceField(
        label=_("Hoe dringend?"),
        choices=Urgency.choices,
        coerce=int,
        widget=forms.RadioSelect,
        initial=Urgency.NORMAL,
    )
    recurring = forms.BooleanField(label=_("Terugkerend: elke week opnieuw"), required=False)
    home_visit = forms.BooleanField(
        label=_("Bij de persoon thuis"),
        required=False,
        help_text=_("Dan komen alleen helpers in aanmerking die een werker gescreend heeft."),
    )
    worker_note = forms.CharField(
        label=_("Notitie voor werkers"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Alleen werkers zien dit, nooit de helper."),
    )
    channel = forms.ChoiceField(
        label=_("Hoe kwam de vraag binnen?"),
        choices=Channel.choices,
        widget=forms.RadioSelect,
        initial=Channel.PHONE,
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["languages"].choices = common_language_choices()
        self.fields["slots"].choices = slot_choices()

    @staticmethod
    def initial_for(requester: Member) -> dict:
        """What the form starts from: the requester's own languages and street."""
        codes = [language.code for language in requester.languages.all()]
        common = set(settings.NABIJ_COMMON_LANGUAGES)
        return {
            "languages": [code for code in codes if code in common],
            "other_languages": ", ".join(code for code in codes if code not in common),
            "sector": requester.sector,
            "slots": [f"{d}-{p}" for d, p in slots_from_mask(requester.availability)],
        }

    def clean(self) -> dict:
        data = super().clean()
        start, end = data.get("needed_from"), data.get("needed_until")
        if start and end and end < start:
            self.add_error("needed_until", AidError.WINDOW_INVALID.message)
        return data

    def request_fields(self) -> dict:
        """The keyword arguments of request_create that this form fills in."""
        data = self.cleaned_data
        slots = [tuple(int(n) for n in value.split("-")) for value in data["slots"]]
        return {
            "help_type": data["help_type"],
            "languages": tuple(data["languages"]) + tuple(split_codes(data["other_languages"])),
            "sector": data["sector"].strip(),
            "slots": mask_from_slots(slots),
            "needed_from": data["needed_from"],
            "needed_until": data["needed_until"],
            "urgency": data["urgency"],
            "recurring": data["recurring"],
            "home_visit": data["home_visit"],
            "worker_note": data["worker_note"].strip(),
            "channel": data["channel"],
        }

    def add_domain_error(self, error: DomainError) -> None:
        if error.field == "languages":
            self.add_error("other_languages", error.message)
        else:
            super().add_domain_error(error)


class OfferForm(DomainErrorsMixin, forms.Form):
    """What someone offers to do for neighbours; anyone can be a helper."""

    help_types = forms.MultipleChoiceField(
        label=_("Waarmee wil je helpen?"),
        choices=HelpType.choices,
        widget=forms.CheckboxSelectMultiple,
        # Say it the way the service would: one message for one mistake.
        error_messages={"required": AidError.HELP_TYPES_EMPTY.message},
    )
    radius_m = forms.TypedChoiceField(
        label=_("Hoe ver wil je gaan?"), choices=RADIUS_CHOICES, coerce=int, initial=1000
    )
    capacity = forms.TypedChoiceField(
        label=_("Hoeveel mensen tegelijk?"),
        choices=[(n, str(n)) for n in range(1, MAX_CAPACITY + 1)],
        coerce=int,
        initial=1,
    )
    active = forms.BooleanField(
        label=_("Ik kan nu helpen"),
        required=False,
        initial=True,
        help_text=_("Vink uit om even niet gevraagd te worden; je aanbod blijft bewaard."),
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        radius = self.initial.get("radius_m")
        # An offer saved elsewhere (a phone call) may have a distance between the steps.
        if radius and radius not in dict(RADIUS_CHOICES):
            self.fields["radius_m"].choices = sorted(
                [*RADIUS_CHOICES, (radius, _("%(metres)s meter") % {"metres": radius})]
            )

    @staticmethod
    def initial_for(offer: Offer | None) -> dict:
        if offer is None:
            return {}
        return {
            "help_types": [row.help_type for row in offer.help_types.all()],
            "radius_m": offer.radius_m,
            "capacity": offer.capacity,
            "active": offer.active,
        }


class BridgingForm(forms.Form):
    """How much new ties count in the ranking: a plain select, so it works without a script."""

    bridging = forms.ChoiceField(
        label=_("Voorrang aan nieuwe contacten"),
        choices=BRIDGING_CHOICES,
        required=False,
        initial=BRIDGING_DEFAULT,
        help_text=_("Hoe hoger, hoe meer helpers die de persoon nog niet kent naar boven komen."),
    )

    def weights(self) -> Weights:
        value = self.cleaned_data.get("bridging") if self.is_valid() else ""
        return Weights(bridging=float(value or BRIDGING_DEFAULT))


class HelperPickForm(forms.Form):
    """A helper chosen from the suggestions (a button per row, so no script is needed)."""

    helper = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


class ProposeForm(HelperPickForm):
    approve = forms.BooleanField(required=False, widget=forms.HiddenInput)


class MatchCloseForm(DomainErrorsMixin, forms.Form):
    outcome = forms.ChoiceField(
        label=_("Hoe is het gegaan?"),
        choices=[("done", _("Gelukt")), ("failed", _("Niet gelukt"))],
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=_("Waarom niet?"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Nodig als het niet gelukt is. De vraag gaat dan terug naar open."),
    )

    def clean(self) -> dict:
        data = super().clean()
        if data.get("outcome") == "failed" and not data.get("reason", "").strip():
            self.add_error("reason", AidError.REASON_MISSING.message)
        return data


class NoteForm(DomainErrorsMixin, forms.Form):
    text = forms.CharField(
        label=_("Notitie"),
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": AidError.NOTE_EMPTY.message},
    )


class RespondForm(forms.Form):
    accept = forms.TypedChoiceField(
        choices=[("1", _("ja")), ("0", _("nee"))], coerce=lambda value: value == "1"
    )


class VetForm(forms.Form):
    vetted = forms.TypedChoiceField(
        choices=[("1", _("ja")), ("0", _("nee"))], coerce=lambda value: value == "1"
    )


class RequestFilterForm(forms.Form):
    show = forms.ChoiceField(
        label=_("Welke vragen"),
        required=False,
        choices=[
            ("open", _("open")),
            ("unmet", _("te lang zonder helper")),
            ("matched", _("gekoppeld")),
        ],
    )
    help_type = forms.ChoiceField(
        label=_("Soort hulp"),
        required=False,
        choices=[("", _("alle soorten")), *HelpType.choices],
    )


class OfferFilterForm(forms.Form):
    help_type = forms.ChoiceField(
        label=_("Soort hulp"),
        required=False,
        choices=[("", _("alle soorten")), *HelpType.choices],
    )
