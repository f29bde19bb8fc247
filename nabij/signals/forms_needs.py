"""Forms of the unmet needs pages: a need noted by hand, and the period the tables cover.
They parse what people typed; the services decide whether it is acceptable."""

from datetime import date

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from nabij.community.forms import DomainErrorsMixin
from nabij.community.models import Group, Place
from nabij.signals.choices import NeedType
from nabij.signals.errors import SignalError
from nabij.signals.services.needs import NOTE_LIMIT, PEOPLE_MAX, SECTOR_LIMIT


def date_input() -> forms.DateInput:
    """A date picker; its value is written as 2026-11-21, which every browser reads."""
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class NeedForm(DomainErrorsMixin, forms.Form):
    need_type = forms.ChoiceField(
        label=_("Wat was er nodig?"),
        choices=[("", _("Kies een soort nood")), *NeedType.choices],
        error_messages={"required": SignalError.NEED_TYPE_UNKNOWN.message},
    )
    noted_on = forms.DateField(
        label=_("Wanneer zag je de nood?"),
        widget=date_input(),
        help_text=_("Vandaag of een dag in het voorbije jaar."),
        error_messages={"required": SignalError.DATE_MISSING.message},
    )
    people = forms.IntegerField(
        label=_("Over hoeveel mensen gaat het?"),
        min_value=1,
        max_value=PEOPLE_MAX,
        initial=1,
        help_text=_("Een gezin van vier met dezelfde nood: vul 4 in."),
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
        error_messages={
            "required": SignalError.PEOPLE_INVALID.message,
            "invalid": SignalError.PEOPLE_INVALID.message,
            "min_value": SignalError.PEOPLE_INVALID.message,
            "max_value": SignalError.PEOPLE_INVALID.message,
        },
    )
    sector = forms.CharField(
        label=_("Buurt of straat (niet verplicht)"),
        required=False,
        max_length=SECTOR_LIMIT,
        help_text=_("Alleen de straat of de buurt, geen huisnummer."),
    )
    group = forms.ModelChoiceField(
        label=_("Groep (niet verplicht)"),
        queryset=Group.objects.none(),
        required=False,
        empty_label=_("Geen groep"),
    )
    note = forms.CharField(
        label=_("Wat er nodig was (niet verplicht)"),
        required=False,
        max_length=NOTE_LIMIT,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Beschrijf de nood, nooit de persoon: geen namen, geen adres, geen "
            "telefoonnummer. Wat toch lijkt op een naam of een nummer, haalt Nabij weg."
        ),
    )

    def __init__(self, *args, place: Place, **kwargs) -> None:
        kwargs.setdefault("initial", {"noted_on": timezone.localdate(), "people": 1})
        super().__init__(*args, **kwargs)
        self.fields["group"].queryset = Group.objects.filter(place=place)


class PeriodForm(DomainErrorsMixin, forms.Form):
    """Which needs the tables count, by the day they were seen (a GET form)."""

    period_from = forms.DateField(label=_("Van"), required=False, widget=date_input())
    period_until = forms.DateField(label=_("Tot en met"), required=False, widget=date_input())

    def clean(self):
        data = super().clean()
        start, end = data.get("period_from"), data.get("period_until")
        if start and end and end < start:
            self.add_error("period_until", SignalError.DATES_REVERSED.message)
        return data

    def period(self) -> tuple[date, date]:
        """The chosen days, or the twelve whole months up to today."""
        today = timezone.localdate()
        data = self.cleaned_data if self.is_bound and self.is_valid() else {}
        end = data.get("period_until") or today
        start = data.get("period_from") or year_before(end)
        return (start, end) if start <= end else (year_before(end), end)


def year_before(day: date) -> date:
    """The first day of the month eleven months earlier: twelve whole months to `day`."""
    months = day.year * 12 + day.month - 1 - 11
    return date(months // 12, months % 12 + 1, 1)
