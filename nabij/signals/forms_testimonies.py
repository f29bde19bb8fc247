"""Forms of the testimony pages: a quote with the person's consent, and a colleague's
review. They parse what people typed; the services decide whether it is acceptable."""

from django import forms
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from nabij.community.forms import DomainErrorsMixin
from nabij.community.languages import language_name
from nabij.signals.choices import ConsentHow, NeedType
from nabij.signals.errors import SignalError
from nabij.signals.forms_needs import date_input
from nabij.signals.services.testimonies import CONTEXT_LIMIT, NOTE_LIMIT, TEXT_LIMIT

NO_CONSENT = {"required": SignalError.NO_CONSENT.message}

# The two steps of the form: see what Nabij takes out, then save.
PREVIEW = "preview"
SAVE = "save"


class TestimonyForm(DomainErrorsMixin, forms.Form):
    text = forms.CharField(
        label=_("Wat zei de persoon?"),
        max_length=TEXT_LIMIT,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "Schrijf de woorden van de persoon zelf. Nabij haalt namen, adressen, "
            "telefoonnummers en andere gegevens weg; je ziet eerst wat."
        ),
        error_messages={"required": SignalError.TEXT_EMPTY.message},
    )
    language = forms.ChoiceField(label=_("In welke taal?"))
    theme = forms.ChoiceField(
        label=_("Waarover gaat het? (niet verplicht)"),
        required=False,
        choices=[("", _("Geen thema")), *NeedType.choices],
    )
    context = forms.CharField(
        label=_("Wie spreekt? (niet verplicht)"),
        required=False,
        max_length=CONTEXT_LIMIT,
        help_text=_("Zonder naam, bijvoorbeeld: moeder van drie kinderen, 40 jaar."),
    )
    consent_how = forms.ChoiceField(
        label=_("Hoe gaf de persoon toestemming?"),
        choices=ConsentHow.choices,
        widget=forms.RadioSelect,
        error_messages=NO_CONSENT,
        help_text=_(
            "Vraag eerst of de woorden gebruikt mogen worden in een signaal aan het beleid, "
            "zonder naam. Zonder toestemming noteer je niets."
        ),
    )
    consent_on = forms.DateField(
        label=_("Wanneer gaf de persoon toestemming?"),
        widget=date_input(),
        error_messages=NO_CONSENT,
    )

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("initial", {"language": "nl"})
        super().__init__(*args, **kwargs)
        shown_in = translation.get_language() or settings.LANGUAGE_CODE
        self.fields["language"].choices = [
            (code, language_name(code, shown_in)) for code in settings.NABIJ_COMMON_LANGUAGES
        ]


class ReviewForm(DomainErrorsMixin, forms.Form):
    decision = forms.ChoiceField(
        label=_("Wat vind je?"),
        choices=[
            ("approve", _("Goed zo: niemand is te herkennen, de getuigenis mag gebruikt worden")),
            ("send_back", _("Terugsturen: er moet nog iets aan veranderen")),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies of de getuigenis goed is of terug moet.")},
    )
    note = forms.CharField(
        label=_("Opmerking (nodig als je terugstuurt)"),
        required=False,
        max_length=NOTE_LIMIT,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    @property
    def approve(self) -> bool:
        return self.cleaned_data["decision"] == "approve"
