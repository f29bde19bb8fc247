"""Forms of the fund's staff and committee pages. They parse what people typed; the fund
services decide whether it is acceptable, and their refusals appear at the field concerned."""

from django import forms
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from nabij.community.forms import DomainErrorsMixin
from nabij.errors import DomainError
from nabij.fund.amounts import euros
from nabij.fund.choices import (
    Category,
    DonationChannel,
    HouseholdPeriod,
    Outcome,
    PayoutKind,
    ReasonCode,
)
from nabij.fund.errors import FundError
from nabij.fund.models import Criterion, Pledge

# Amounts are text, so "12,50" reaches the service as written and its message is the one
# a person reads.
AMOUNT_REQUIRED = {"required": FundError.AMOUNT_INVALID.message}
EURO = {"inputmode": "decimal", "autocomplete": "off"}
DATE = {"type": "date"}


def date_input() -> forms.DateInput:
    """A date picker. Its value is always written as 2026-11-21: a browser leaves a date
    field empty when it gets the Dutch 21-11-2026."""
    return forms.DateInput(attrs=DATE, format="%Y-%m-%d")


EURO_HELP = _("In euro, bijvoorbeeld 25 of 12,50.")


def euro_field(label, **kwargs) -> forms.CharField:
    kwargs.setdefault("help_text", EURO_HELP)
    return forms.CharField(
        label=label,
        max_length=20,
        error_messages=AMOUNT_REQUIRED if kwargs.get("required", True) else {},
        widget=forms.TextInput(attrs=EURO),
        **kwargs,
    )


class FundForm(DomainErrorsMixin, forms.Form):
    """A service's field names map onto these forms' own (see `FIELDS`)."""

    FIELDS: dict[str, str] = {}

    def add_domain_error(self, error: DomainError) -> None:
        field = self.FIELDS.get(error.field, error.field) if error.field else None
        self.add_error(field if field in self.fields else None, error.message)


class FundNewForm(FundForm):
    name = forms.CharField(
        label=_("Naam van het fonds"),
        max_length=120,
        error_messages={"required": FundError.NAME_EMPTY.message},
    )
    description = forms.CharField(
        label=_("Waarvoor dient het fonds?"), required=False, widget=forms.Textarea
    )


class FundEditForm(FundNewForm):
    pass


class BudgetChangeForm(FundForm):
    amount = euro_field(_("Nieuw budget voor deze periode"))


class BudgetForm(FundForm):
    starts_on = forms.DateField(label=_("Van"), widget=date_input())
    ends_on = forms.DateField(label=_("Tot en met"), widget=date_input())
    amount = euro_field(_("Budget voor deze periode"))


class DonationForm(FundForm):
    amount = euro_field(_("Bedrag"))
    received_on = forms.DateField(
        label=_("Ontvangen op"), widget=date_input(), initial=timezone.localdate
    )
    donor_name = forms.CharField(
        label=_("Naam van de gever"),
        max_length=120,
        required=False,
        help_text=_("Leeg laten voor een anonieme gift. Namen worden nooit gepubliceerd."),
    )
    channel = forms.ChoiceField(
        label=_("Hoe kwam de gift binnen?"), choices=DonationChannel.choices
    )
    pledge = forms.ModelChoiceField(
        label=_("Hoort bij een vaste maandelijkse gift"),
        queryset=Pledge.objects.none(),
        required=False,
        empty_label=_("nee, een losse gift"),
        help_text=_("Kies de vaste gift als dit de gift van een maand is."),
    )
    note = forms.CharField(label=_("Opmerking"), max_length=300, required=False)

    def __init__(self, *args, fund=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if fund is not None:
            self.fields["pledge"].queryset = Pledge.objects.filter(fund=fund)
        self.fields["pledge"].label_from_instance = pledge_label


def pledge_label(pledge: Pledge) -> str:
    values = {
        "name": pledge.donor_name or _("anoniem"),
        "amount": euros(pledge.monthly_cents),
        "end": date_format(pledge.ends_on, "SHORT_DATE_FORMAT") if pledge.ends_on else "",
    }
    if pledge.ends_on is not None:
        return _("%(name)s, %(amount)s per maand, tot en met %(end)s") % values
    return _("%(name)s, %(amount)s per maand") % values


class PledgeStopForm(FundForm):
    last_day = forms.DateField(
        label=_("Laatste dag"),
        widget=date_input(),
        initial=timezone.localdate,
        help_text=_("Giften na deze dag horen niet meer bij deze vaste gift."),
    )


class PledgeForm(FundForm):
    FIELDS = {"monthly_amount": "monthly_amount"}
    monthly_amount = euro_field(_("Bedrag per maand"))
    donor_name = forms.CharField(
        label=_("Naam van de gever"),
        max_length=120,
        required=False,
        help_text=_("Leeg laten voor een anonieme gift."),
    )
    starts_on = forms.DateField(label=_("Vanaf"), widget=date_input(), initial=timezone.localdate)
    ends_on = forms.DateField(label=_("Tot en met"), widget=date_input(), required=False)


class CriterionForm(FundForm):
    code = forms.CharField(
        label=_("Code"),
        max_length=40,
        help_text=_("Kort en vast, zoals voeding of energie: blijft over alle versies heen."),
    )
    title = forms.CharField(label=_("Titel"), max_length=120)
    category = forms.ChoiceField(label=_("Soort hulp"), choices=Category.choices)
    gives = forms.CharField(label=_("Wat het fonds geeft"), widget=forms.Textarea)
    for_whom = forms.CharField(label=_("Voor wie"), widget=forms.Textarea)
    max_amount = euro_field(_("Hoogstens per aanvraag"))
    household_max = euro_field(
        _("Hoogstens per gezin"), required=False, help_text=_("Niet verplicht.")
    )
    household_period = forms.ChoiceField(
        label=_("Per"),
        choices=[("", _("geen maximum per gezin")), *HouseholdPeriod.choices],
        required=False,
    )
    valid_from = forms.DateField(
        label=_("Geldt vanaf"), widget=date_input(), initial=timezone.localdate
    )
    valid_until = forms.DateField(label=_("Geldt tot en met"), widget=date_input(), required=False)


class CriterionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Criterion) -> str:
        return _("%(title)s (versie %(version)s, hoogstens %(max)s)") % {
            "title": obj.title,
            "version": obj.version,
            "max": euros(obj.max_amount_cents),
        }


class ApplicationForm(FundForm):
    criterion = CriterionChoiceField(label=_("Criterium"), queryset=Criterion.objects.none())
    amount = euro_field(_("Gevraagd bedrag"))
    household_size = forms.IntegerField(
        label=_("Aantal mensen in het gezin"), required=False, min_value=1, max_value=40
    )
    situation = forms.CharField(
        label=_("Situatie"),
        widget=forms.Textarea,
        help_text=_(
            "In je eigen woorden en zonder naam: het comité leest dit, maar ziet niet over "
            "wie het gaat."
        ),
    )

    def __init__(self, *args, criteria=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if criteria is not None:
            self.fields["criterion"].queryset = criteria


class ProposalForm(FundForm):
    outcome = forms.ChoiceField(
        label=_("Welke beslissing stel je voor?"),
        choices=Outcome.choices,
        widget=forms.RadioSelect,
    )
    criterion = CriterionChoiceField(
        label=_("Criterium dat je toepast"), queryset=Criterion.objects.none(), required=False
    )
    amount = euro_field(
        _("Toegekend bedrag bij deels toekennen"),
        required=False,
        help_text=_("Alleen bij deels toekennen. Bij toekennen geldt het gevraagde bedrag."),
    )
    reason_code = forms.ChoiceField(
        label=_("Reden in het kort"),
        choices=[("", _("geen: volledig toegekend")), *ReasonCode.choices],
        required=False,
        help_text=_("Verplicht bij weigeren of deels toekennen. Komt zonder namen in het verslag."),
    )
    reason = forms.CharField(
        label=_("Motivering: waarom?"),
        widget=forms.Textarea,
        required=False,
        help_text=_("Schrijf kort waarom, in gewone woorden. Geen namen."),
    )

    def __init__(self, *args, criteria=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if criteria is not None:
            self.fields["criterion"].queryset = criteria


class SendBackForm(FundForm):
    note = forms.CharField(label=_("Waarom stuur je het terug?"), widget=forms.Textarea)


class PayoutForm(FundForm):
    kind = forms.ChoiceField(label=_("Hoe geef je de hulp?"), choices=PayoutKind.choices)
    amount = euro_field(_("Bedrag of waarde"))
    paid_on = forms.DateField(
        label=_("Gegeven op"), widget=date_input(), initial=timezone.localdate
    )
    description = forms.CharField(
        label=_("Omschrijving"),
        max_length=300,
        required=False,
        help_text=_("Verplicht bij hulp in natura."),
    )


class SeatForm(FundForm):
    member = forms.IntegerField(widget=forms.HiddenInput)
