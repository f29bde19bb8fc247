"""The filters of the insight pages: a period, a group, and the attribute that bonding
and bridging is measured on. A GET form, so a chosen view is a link that can be shared.

The form parses; the selectors decide what is acceptable (a period that ends before it
starts, an attribute too few people consented to) and their refusals land on the field.
"""

from datetime import date, timedelta

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from nabij.community.forms import DomainErrorsMixin
from nabij.community.models import Group, Place
from nabij.insight.choices import PlainAttribute
from nabij.insight.errors import InsightError
from nabij.insight.selectors import AttributeChoice, Period, period_from, period_recent

DATE_INPUT = {"type": "date"}
DAY_MESSAGES = {"invalid": InsightError.DAY_INVALID.message}
DEFAULT_ATTRIBUTE = PlainAttribute.LANGUAGE.value
# With only an end, the period is the year up to it; with only a start, up to today.
ONE_YEAR = timedelta(days=365)


class PeriodFilterForm(DomainErrorsMixin, forms.Form):
    start = forms.DateField(
        label=_("Van"),
        required=False,
        widget=forms.DateInput(attrs=DATE_INPUT),
        error_messages=DAY_MESSAGES,
    )
    end = forms.DateField(
        label=_("Tot en met"),
        required=False,
        widget=forms.DateInput(attrs=DATE_INPUT),
        error_messages=DAY_MESSAGES,
        help_text=_("We tellen in hele maanden."),
    )

    def period(self, *, today: date | None = None) -> Period:
        """The chosen whole months; the last twelve when none were chosen. Call only on a
        valid or unbound form; raises the selector's DomainError for an end before the
        start."""
        data = self.cleaned_data if self.is_bound else {}
        start, end = data.get("start"), data.get("end")
        if start is None and end is None:
            return period_recent(today=today)
        today = today or timezone.localdate()
        if start is None:
            start = end - ONE_YEAR
        if end is None:
            end = max(start, today)
        return period_from(start=start, end=end)


class InsightFilterForm(PeriodFilterForm):
    group = forms.ModelChoiceField(
        label=_("Groep"),
        queryset=Group.objects.none(),
        required=False,
        empty_label=_("alle bewoners"),
        help_text=_("Geldt voor wie geeft en ontvangt."),
    )
    # Text, not a fixed choice: an attribute nobody consented to is refused by the
    # selector with its own message, not with a generic "not a valid choice".
    attribute = forms.CharField(
        label=_("Kenmerk voor verbinden en overbruggen"), required=False, max_length=30
    )

    def __init__(self, *args, place: Place, attributes: tuple[AttributeChoice, ...], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["group"].queryset = Group.objects.filter(place=place).order_by("name", "pk")
        self.fields["attribute"].widget = forms.Select(
            choices=[(choice.key, choice.label) for choice in attributes]
        )

    @property
    def chosen_group(self) -> Group | None:
        return self.cleaned_data.get("group") if self.is_bound else None

    @property
    def chosen_attribute(self) -> str:
        chosen = self.cleaned_data.get("attribute") if self.is_bound else None
        return chosen or DEFAULT_ATTRIBUTE


class FourFilterForm(forms.Form):
    """Whose vulnerable members the network-of-four list shows."""

    MINE, PLACE = "mine", "place"
    scope = forms.ChoiceField(
        label=_("Wie tonen"),
        required=False,
        choices=[(MINE, _("de mensen die ik opvolg")), (PLACE, _("iedereen van deze plek"))],
        widget=forms.RadioSelect,
        initial=MINE,
    )

    @property
    def whole_place(self) -> bool:
        return self.is_valid() and self.cleaned_data.get("scope") == self.PLACE
