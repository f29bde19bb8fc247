"""Forms parse what people typed; the services decide whether it is acceptable."""

from django import forms
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from nabij.community.availability import (
    DAYS_IN_WEEK,
    PARTS_OF_DAY,
    mask_from_slots,
    slots_from_mask,
)
from nabij.community.choices import (
    DAY_PARTS,
    DAYS,
    AgeBand,
    Bond,
    CommunityKind,
    ContactChannel,
    EventKind,
    OrganisationKind,
    RoleKind,
    SensitiveKind,
)
from nabij.community.errors import CommunityError
from nabij.community.languages import language_name
from nabij.community.models import Member
from nabij.community.services import MemberDetails, PrivacyChoice
from nabij.errors import DomainError

# An empty or blank name is refused by the form before the service sees it: say it the
# way the service would, so a person reads one message for one mistake.
NAME_REQUIRED = {"required": CommunityError.NAME_EMPTY.message}


def _split(text: str) -> list[str]:
    # Arabic keyboards type "،" (U+060C) for a comma.
    text = text.replace(";", ",").replace("\u060c", ",")
    return [part.strip() for part in text.split(",") if part.strip()]


def slot_choices() -> list[tuple[str, str]]:
    return [
        (f"{day}-{part}", f"{DAYS[day]} {DAY_PARTS[part]}")
        for day in range(DAYS_IN_WEEK)
        for part in range(PARTS_OF_DAY)
    ]


class DomainErrorsMixin:
    """Put a service's refusal next to the field it concerns."""

    def add_domain_error(self, error: DomainError) -> None:
        field = error.field if error.field in self.fields else None
        self.add_error(field, error.message)


class MemberForm(DomainErrorsMixin, forms.Form):
    display_name = forms.CharField(
        label=_("Naam"),
        max_length=200,
        error_messages=NAME_REQUIRED,
        help_text=_("Een voornaam of roepnaam is genoeg."),
    )
    roles = forms.MultipleChoiceField(
        label=_("Rol op deze plek"),
        choices=RoleKind.choices,
        widget=forms.CheckboxSelectMultiple,
        initial=[RoleKind.RESIDENT],
    )
    languages = forms.MultipleChoiceField(
        label=_("Talen die de persoon spreekt"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    other_languages = forms.CharField(
        label=_("Andere talen"),
        required=False,
        help_text=_("ISO-codes, gescheiden door komma's, bijvoorbeeld: ti, ku"),
    )
    interface_language = forms.ChoiceField(
        label=_("Taal voor berichten"), choices=settings.LANGUAGES, initial="nl"
    )
    contact_channel = forms.ChoiceField(
        label=_("Hoe bereiken we deze persoon?"),
        choices=ContactChannel.choices,
        widget=forms.RadioSelect,
        initial=ContactChannel.VIA_WORKER,
    )
    phone = forms.CharField(label=_("Telefoon"), required=False, max_length=40)
    email = forms.CharField(label=_("E-mail"), required=False, max_length=254)
    sector = forms.CharField(
        label=_("Buurt of straat"),
        required=False,
        max_length=200,
        help_text=_("Geen adres: een straat of een deel van de wijk is genoeg."),
    )
    skills = forms.CharField(
        label=_("Wat kan of doet de persoon graag?"),
        required=False,
        help_text=_("Gescheiden door komma's, bijvoorbeeld: koken, fietsen herstellen"),
    )
    availability = forms.MultipleChoiceField(
        label=_("Wanneer heeft de persoon tijd?"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    age_band = forms.ChoiceField(label=_("Leeftijd"), choices=AgeBand.choices, required=False)
    vulnerable = forms.BooleanField(
        label=_("Kwetsbaar: deze persoon vraagt zelf niet snel hulp"),
        required=False,
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        language = translation.get_language() or settings.LANGUAGE_CODE
        self.fields["languages"].choices = [
            (code, language_name(code, language)) for code in settings.NABIJ_COMMON_LANGUAGES
        ]
        self.fields["availability"].choices = slot_choices()

    @classmethod
    def initial_for(cls, member: Member, roles: frozenset[str]) -> dict:
        codes = [language.code for language in member.languages.all()]
        common = set(settings.NABIJ_COMMON_LANGUAGES)
        return {
            "display_name": member.display_name,
            "roles": sorted(roles),
            "languages": [code for code in codes if code in common],
            "other_languages": ", ".join(code for code in codes if code not in common),
            "interface_language": member.interface_language,
            "contact_channel": member.contact_channel,
            "phone": member.phone,
            "email": member.email,
            "sector": member.sector,
            "skills": ", ".join(member.skills),
            "availability": [f"{d}-{p}" for d, p in slots_from_mask(member.availability)],
            "age_band": member.age_band,
            "vulnerable": member.vulnerable,
        }

    def details(self) -> MemberDetails:
        data = self.cleaned_data
        slots = [tuple(int(n) for n in value.split("-")) for value in data["availability"]]
        return MemberDetails(
            display_name=data["display_name"],
            languages=tuple(data["languages"]) + tuple(_split(data["other_languages"])),
            contact_channel=data["contact_channel"],
            phone=data["phone"],
            email=data["email"],
            sector=data["sector"],
            skills=tuple(_split(data["skills"])),
            availability=mask_from_slots(slots),
            age_band=data["age_band"],
            vulnerable=data["vulnerable"],
            interface_language=data["interface_language"],
        )

    def add_domain_error(self, error: DomainError) -> None:
        if error.field == "languages":
            self.add_error("other_languages", error.message)
        else:
            super().add_domain_error(error)


class PrivacyForm(DomainErrorsMixin, forms.Form):
    """Per kind: the consent, and a new value; stored values are never shown back."""

    def __init__(self, *args, status=(), **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.status = {item.kind: item for item in status}
        for kind, label in SensitiveKind.choices:
            item = self.status.get(kind)
            self.fields[f"{kind}__consent"] = forms.BooleanField(
                label=_("De persoon geeft toestemming"),
                required=False,
                initial=bool(item and item.consent),
            )
            self.fields[kind] = forms.CharField(label=label, required=False, max_length=400)
            self.fields[f"{kind}__clear"] = forms.BooleanField(
                label=_("Wis wat bewaard is"), required=False
            )

    def sections(self) -> list[dict]:
        return [
            {
                "kind": kind,
                "label": label,
                "status": self.status.get(kind),
                "consent": self[f"{kind}__consent"],
                "value": self[kind],
                "clear": self[f"{kind}__clear"],
            }
            for kind, label in SensitiveKind.choices
        ]

    def choices(self) -> dict[str, PrivacyChoice]:
        data = self.cleaned_data
        return {
            kind: PrivacyChoice(
                consent=data[f"{kind}__consent"],
                value=data[kind],
                clear=data[f"{kind}__clear"],
            )
            for kind in SensitiveKind.values
        }


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Zoek"), required=False, max_length=100)
    language = forms.ChoiceField(label=_("Taal"), required=False)
    role = forms.ChoiceField(
        label=_("Rol"), required=False, choices=[("", _("alle rollen")), *RoleKind.choices]
    )
    sector = forms.ChoiceField(label=_("Buurt of straat"), required=False)
    vulnerable = forms.ChoiceField(
        label=_("Kwetsbaar"),
        required=False,
        choices=[("", _("iedereen")), ("yes", _("alleen kwetsbaar")), ("no", _("niet kwetsbaar"))],
    )

    def __init__(self, *args, sectors=(), **kwargs) -> None:
        super().__init__(*args, **kwargs)
        language = translation.get_language() or settings.LANGUAGE_CODE
        self.fields["language"].choices = [("", _("alle talen"))] + [
            (code, language_name(code, language)) for code in settings.NABIJ_COMMON_LANGUAGES
        ]
        self.fields["sector"].choices = [("", _("overal"))] + [(s, s) for s in sectors]


class GroupForm(DomainErrorsMixin, forms.Form):
    name = forms.CharField(label=_("Naam"), max_length=200, error_messages=NAME_REQUIRED)
    kind = forms.ChoiceField(
        label=_("Soort gemeenschap"), choices=CommunityKind.choices, widget=forms.RadioSelect
    )
    bond = forms.ChoiceField(label=_("Wat verbindt de mensen?"), choices=Bond.choices)
    description = forms.CharField(label=_("Beschrijving"), required=False, widget=forms.Textarea)


class OrganisationForm(DomainErrorsMixin, forms.Form):
    name = forms.CharField(label=_("Naam"), max_length=200, error_messages=NAME_REQUIRED)
    kind = forms.ChoiceField(label=_("Soort"), choices=OrganisationKind.choices)


class MemberPickForm(DomainErrorsMixin, forms.Form):
    """One person chosen from a search result (a list of buttons, so no script is needed)."""

    member = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


class EventForm(DomainErrorsMixin, forms.Form):
    title = forms.CharField(label=_("Titel"), max_length=200, error_messages=NAME_REQUIRED)
    kind = forms.ChoiceField(label=_("Soort"), choices=EventKind.choices)
    starts_at = forms.DateTimeField(
        label=_("Begint"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"})
    )
    ends_at = forms.DateTimeField(
        label=_("Eindigt"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"})
    )
    location = forms.CharField(label=_("Waar"), required=False, max_length=200)
