"""Forms parse what people typed; the services decide whether it is acceptable."""

from datetime import date

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from nabij.community.forms import DomainErrorsMixin
from nabij.repair.choices import RECORDED_OUTCOMES, ItemCategory
from nabij.repair.errors import RepairError
from nabij.repair.models import DESCRIPTION_LIMIT, NOTE_LIMIT

NUMBER = {"inputmode": "numeric", "autocomplete": "off"}
LOCAL_DATE = {"type": "date"}
LOCAL_TIME = {"type": "datetime-local"}


class IntakeForm(DomainErrorsMixin, forms.Form):
    """At the door: what it is, roughly how heavy, and (only if they are registered) whose."""

    category = forms.ChoiceField(
        label=_("Wat voor voorwerp?"),
        choices=ItemCategory.choices,
        widget=forms.RadioSelect,
        error_messages={"required": RepairError.CATEGORY_UNKNOWN.message},
    )
    description = forms.CharField(
        label=_("Wat is het?"),
        max_length=DESCRIPTION_LIMIT * 2,
        help_text=_("Kort, zoals “broodrooster” of “jas met kapotte rits”."),
        error_messages={"required": RepairError.DESCRIPTION_EMPTY.message},
    )
    weight_grams = forms.IntegerField(
        label=_("Gewicht in gram (schatting)"),
        help_text=_("Een gsm weegt ongeveer 200 gram, een broodrooster 1500, een fiets 15000."),
        widget=forms.TextInput(attrs=NUMBER),
        error_messages={
            "required": RepairError.WEIGHT_NOT_POSITIVE.message,
            "invalid": _("Schrijf het gewicht als een getal in gram, zoals 1500."),
        },
    )
    owner = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=1)
    note = forms.CharField(
        label=_("Notitie (mag leeg)"),
        required=False,
        max_length=NOTE_LIMIT * 2,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class OutcomeForm(DomainErrorsMixin, forms.Form):
    outcome = forms.ChoiceField(
        label=_("Hoe liep het af?"),
        choices=[(o.value, o.label) for o in RECORDED_OUTCOMES],
        widget=forms.RadioSelect,
        error_messages={"required": RepairError.OUTCOME_UNKNOWN.message},
    )
    fixer = forms.ModelChoiceField(
        label=_("Wie repareerde?"),
        queryset=None,
        error_messages={
            "required": RepairError.FIXER_NOT_HERE.message,
            "invalid_choice": RepairError.FIXER_NOT_HERE.message,
        },
    )
    note = forms.CharField(
        label=_("Notitie (mag leeg)"),
        required=False,
        max_length=NOTE_LIMIT * 2,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Bijvoorbeeld: welk onderdeel de persoon meebrengt als die terugkomt."),
    )

    def __init__(self, *args, fixers, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["fixer"].queryset = fixers


class SessionForm(DomainErrorsMixin, forms.Form):
    title = forms.CharField(label=_("Titel"), max_length=200, initial=_("Repair café"))
    starts_at = forms.DateTimeField(label=_("Begint"), widget=forms.DateTimeInput(LOCAL_TIME))
    ends_at = forms.DateTimeField(label=_("Eindigt"), widget=forms.DateTimeInput(LOCAL_TIME))
    location = forms.CharField(label=_("Waar"), required=False, max_length=200)


class PeriodForm(forms.Form):
    """Which sessions the totals cover, by the day they were held (a GET form)."""

    start = forms.DateField(label=_("Van"), required=False, widget=forms.DateInput(LOCAL_DATE))
    end = forms.DateField(label=_("Tot en met"), required=False, widget=forms.DateInput(LOCAL_DATE))

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if start and end and end < start:
            self.add_error("end", RepairError.PERIOD_INVALID.message)
        return data

    def period(self) -> tuple[date, date]:
        """The chosen days, or the last twelve months up to today."""
        today = timezone.localdate()
        data = self.cleaned_data if self.is_bound and self.is_valid() else {}
        end = data.get("end") or today
        return data.get("start") or year_before(end), end


def year_before(day: date) -> date:
    """The first day of the month eleven months earlier: twelve whole months to `day`."""
    months = day.year * 12 + day.month - 1 - 11
    return date(months // 12, months % 12 + 1, 1)
