"""Forms of the practice bank: recording a practice, its contacts, links and attachments,
an import, and the filters of a list. They parse what people typed; the services decide
whether it is acceptable."""

from django import forms
from django.utils.translation import gettext_lazy as _

from nabij.community.choices import Bond, CommunityKind, Domain
from nabij.community.forms import DomainErrorsMixin
from nabij.community.models import Place
from nabij.practices.choices import Level, Mandate, Solidarity, Visibility
from nabij.practices.errors import PracticeError
from nabij.practices.selectors.practices import PracticeFilters
from nabij.practices.services.practices import (
    CONTACT_NAME_LIMIT,
    CONTACT_ROLE_LIMIT,
    DESCRIPTION_LIMIT,
    LINK_TITLE_LIMIT,
    NAME_LIMIT,
    PHONE_LIMIT,
    URL_LIMIT,
)

REQUIRED = {"required": PracticeError.TEXT_EMPTY.message}
CHOOSE = {
    "required": PracticeError.CHOICE_UNKNOWN.message,
    "invalid_choice": PracticeError.CHOICE_UNKNOWN.message,
}
NO_BOND = ("", _("zeg ik liever niet / weet ik niet"))
ANY = ("", _("alle"))


class PracticeForm(DomainErrorsMixin, forms.Form):
    name = forms.CharField(
        label=_("Naam"),
        max_length=NAME_LIMIT,
        error_messages=REQUIRED,
        help_text=_(
            "De naam waaronder mensen de praktijk kennen, "
            "bijvoorbeeld: Repair café in het buurthuis."
        ),
    )
    description = forms.CharField(
        label=_("Beschrijving"),
        max_length=DESCRIPTION_LIMIT,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages=REQUIRED,
        help_text=_("Wat gebeurt er, voor wie, en wie doet mee?"),
    )
    domain = forms.ChoiceField(
        label=_("Levensdomein"),
        choices=Domain.choices,
        widget=forms.RadioSelect,
        error_messages=CHOOSE,
        help_text=_("In welk deel van het leven speelt de praktijk?"),
    )
    organisations = forms.CharField(
        label=_("Betrokken organisaties (niet verplicht)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Eén organisatie per regel."),
    )
    level = forms.ChoiceField(
        label=_("Niveau"),
        choices=Level.choices,
        widget=forms.RadioSelect,
        error_messages=CHOOSE,
    )
    solidarity = forms.ChoiceField(
        label=_("Directe of indirecte solidariteit"),
        choices=Solidarity.choices,
        widget=forms.RadioSelect,
        error_messages=CHOOSE,
        help_text=_(
            "Direct: mensen helpen elkaar zelf. Indirect: de overheid organiseert het, "
            "als een recht."
        ),
    )
    community_kind = forms.ChoiceField(
        label=_("Soort gemeenschap"),
        choices=CommunityKind.choices,
        widget=forms.RadioSelect,
        error_messages=CHOOSE,
        help_text=_("Licht: losse banden, mensen komen en gaan. Hecht: een groep die iets deelt."),
    )
    bond = forms.ChoiceField(
        label=_("Wat bindt de gemeenschap? (niet verplicht)"),
        choices=[NO_BOND, *Bond.choices],
        required=False,
        error_messages=CHOOSE,
        help_text=_(
            "Bij een lichte gemeenschap: een ontmoetingsplek of een uitwisselingsnetwerk. "
            "Bij een hechte: een identiteit, waarden, een ervaring, een agenda, gedeelde "
            "goederen of een project."
        ),
    )
    mandates = forms.MultipleChoiceField(
        label=_("Welke opdracht van het sociaal werk dient de praktijk? (niet verplicht)"),
        choices=Mandate.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages=CHOOSE,
    )
    other_places = forms.ModelMultipleChoiceField(
        label=_("Loopt ook op deze plekken (niet verplicht)"),
        queryset=Place.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    visibility = forms.ChoiceField(
        label=_("Wie mag de praktijk zien?"),
        choices=Visibility.choices,
        widget=forms.RadioSelect,
        initial=Visibility.INTERNAL,
        error_messages=CHOOSE,
        help_text=_(
            "Publiek: iedereen ziet ze in de open catalogus, zonder de contactpersonen en "
            "bijlagen die je niet openbaar maakt."
        ),
    )

    def __init__(self, *args, place: Place, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["other_places"].queryset = Place.objects.exclude(pk=place.pk).order_by(
            "name", "pk"
        )

    def facets(self) -> dict:
        return dict(self.cleaned_data)


class ContactForm(DomainErrorsMixin, forms.Form):
    name = forms.CharField(label=_("Naam"), max_length=CONTACT_NAME_LIMIT, error_messages=REQUIRED)
    role = forms.CharField(
        label=_("Rol (niet verplicht)"),
        max_length=CONTACT_ROLE_LIMIT,
        required=False,
        help_text=_("Bijvoorbeeld: buurtwerker, coördinator, vrijwilliger."),
    )
    email = forms.CharField(label=_("E-mail (niet verplicht)"), max_length=254, required=False)
    phone = forms.CharField(
        label=_("Telefoon (niet verplicht)"), max_length=PHONE_LIMIT, required=False
    )
    public = forms.BooleanField(
        label=_("Tonen in de open catalogus"),
        required=False,
        help_text=_("Alleen als de persoon dat goed vindt, en alleen als de praktijk publiek is."),
    )


class LinkForm(DomainErrorsMixin, forms.Form):
    url = forms.CharField(
        label=_("Webadres"),
        max_length=URL_LIMIT,
        error_messages=REQUIRED,
        help_text=_("Begint met https:// of http://"),
    )
    title = forms.CharField(
        label=_("Titel (niet verplicht)"), max_length=LINK_TITLE_LIMIT, required=False
    )


class AttachmentForm(DomainErrorsMixin, forms.Form):
    file = forms.FileField(
        label=_("Bestand"),
        error_messages={
            "required": PracticeError.ATTACHMENT_EMPTY.message,
            "empty": PracticeError.ATTACHMENT_EMPTY.message,
        },
        help_text=_(
            "Een PDF, een foto (JPEG of PNG), een tekst (DOCX, ODT of TXT); hoogstens 10 MB."
        ),
    )
    public = forms.BooleanField(
        label=_("Tonen in de open catalogus"),
        required=False,
        help_text=_("Alleen zichtbaar als de praktijk publiek is."),
    )


class ImportForm(DomainErrorsMixin, forms.Form):
    file = forms.FileField(
        label=_("Bestand (JSON of CSV)"),
        error_messages={
            "required": PracticeError.IMPORT_EMPTY.message,
            "empty": PracticeError.IMPORT_EMPTY.message,
        },
        help_text=_("Een uitvoer van een praktijkenbank van Nabij, eventueel aangevuld."),
    )


def _choices(choices) -> list:
    return [ANY, *choices]


class FilterForm(forms.Form):
    """The search and filters of a list, as GET parameters; a wrong value is ignored."""

    q = forms.CharField(label=_("Zoeken"), required=False, max_length=200)
    domain = forms.ChoiceField(
        label=_("Levensdomein"), choices=_choices(Domain.choices), required=False
    )
    level = forms.ChoiceField(label=_("Niveau"), choices=_choices(Level.choices), required=False)
    solidarity = forms.ChoiceField(
        label=_("Solidariteit"), choices=_choices(Solidarity.choices), required=False
    )
    community_kind = forms.ChoiceField(
        label=_("Soort gemeenschap"), choices=_choices(CommunityKind.choices), required=False
    )
    bond = forms.ChoiceField(label=_("Wat bindt"), choices=_choices(Bond.choices), required=False)
    mandate = forms.ChoiceField(
        label=_("Opdracht"), choices=_choices(Mandate.choices), required=False
    )
    runs_in = forms.ModelChoiceField(
        label=_("Plek"),
        queryset=Place.objects.order_by("name", "pk"),
        required=False,
        empty_label=ANY[1],
        to_field_name="slug",
    )
    organisation = forms.CharField(label=_("Organisatie"), required=False, max_length=200)
    visibility = forms.ChoiceField(
        label=_("Zichtbaarheid"), choices=_choices(Visibility.choices), required=False
    )

    def __init__(self, *args, staff: bool, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if not staff:
            # The open catalogue holds only public practices.
            del self.fields["visibility"]

    def filters(self) -> tuple[str, PracticeFilters]:
        """The search and the filters that are valid; a wrong one is left out."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        values = {
            key: data.get(key) or ""
            for key in (
                "domain",
                "level",
                "solidarity",
                "community_kind",
                "bond",
                "mandate",
                "organisation",
                "visibility",
            )
            if key in self.fields
        }
        return data.get("q") or "", PracticeFilters(runs_in=data.get("runs_in"), **values)
