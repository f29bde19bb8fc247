"""Forms of the outreach pages: which list to show, and how a call went."""

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from nabij.aid.choices import CallOutcome, HelpType, Urgency
from nabij.aid.outreach import DEFAULT_DAYS, MAX_DAYS, NOTE_LIMIT
from nabij.aid.outreach_errors import OutreachError
from nabij.community.forms import DomainErrorsMixin
from nabij.errors import DomainError


class CallListForm(forms.Form):
    days = forms.IntegerField(
        label=_("Niet gesproken sinds hoeveel dagen?"),
        min_value=1,
        max_value=MAX_DAYS,
        required=False,
        initial=DEFAULT_DAYS,
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Said the way the service says it, in the language of this request.
        message = OutreachError.DAYS_INVALID.message % {"limit": MAX_DAYS}
        for code in ("min_value", "max_value", "invalid"):
            self.fields["days"].error_messages[code] = message

    def days_or_default(self) -> int:
        if self.is_valid() and self.cleaned_data.get("days"):
            return self.cleaned_data["days"]
        return DEFAULT_DAYS


class CallForm(DomainErrorsMixin, forms.Form):
    outcome = forms.ChoiceField(
        label=_("Hoe verliep het gesprek?"),
        choices=CallOutcome.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": OutreachError.OUTCOME_UNKNOWN.message,
            "invalid_choice": OutreachError.OUTCOME_UNKNOWN.message,
        },
    )
    note = forms.CharField(
        label=_("Notitie"),
        required=False,
        max_length=NOTE_LIMIT,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Alleen wat een collega moet weten. Geen gegevens over gezondheid of geloof."),
    )
    make_request = forms.BooleanField(
        label=_("Maak een hulpvraag voor deze persoon"), required=False
    )
    help_type = forms.ChoiceField(
        label=_("Welke hulp is nodig?"),
        choices=[("", "—"), *HelpType.choices],
        required=False,
    )
    urgency = forms.TypedChoiceField(
        label=_("Hoe dringend?"),
        choices=Urgency.choices,
        coerce=int,
        initial=Urgency.NORMAL,
    )
    home_visit = forms.BooleanField(label=_("Bij de persoon thuis"), required=False)
    recurring = forms.BooleanField(label=_("Hulp die terugkomt"), required=False)
    make_offer = forms.BooleanField(
        label=_("Noteer dat deze persoon zelf wil helpen"), required=False
    )
    offer_help_types = forms.MultipleChoiceField(
        label=_("Waarmee wil de persoon helpen?"),
        choices=HelpType.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    # Where a service's refusal about one of its fields belongs on this form.
    FIELD_OF = {"help_types": "offer_help_types"}

    def request_details(self) -> dict[str, Any] | None:
        if not self.cleaned_data.get("make_request"):
            return None
        data = self.cleaned_data
        return {
            "help_type": data.get("help_type", ""),
            "urgency": data["urgency"],
            "home_visit": data.get("home_visit", False),
            "recurring": data.get("recurring", False),
        }

    def offer_details(self) -> dict[str, Any] | None:
        if not self.cleaned_data.get("make_offer"):
            return None
        return {"help_types": self.cleaned_data.get("offer_help_types", [])}

    def add_domain_error(self, error: DomainError) -> None:
        field = self.FIELD_OF.get(error.field or "", error.field)
        self.add_error(field if field in self.fields else None, error.message)
