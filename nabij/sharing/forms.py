"""Forms of the sharing pages: they parse what people typed; the services decide."""

from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from nabij.community.forms import DomainErrorsMixin
from nabij.errors import DomainError
from nabij.ledger.amounts import parse_decimal, to_minor, to_units
from nabij.ledger.models import Currency
from nabij.sharing.choices import Category, Condition
from nabij.sharing.errors import SharingError
from nabij.sharing.models import Item, Reservation

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
EURO = "euro"
NO_DEPOSIT = ""


def day_start(day: date) -> datetime:
    """Local midnight at the start of a day."""
    return timezone.make_aware(datetime.combine(day, time.min))


class MappedForm(DomainErrorsMixin, forms.Form):
    """A service's field names mapped onto this form's (unknown: above the form)."""

    FIELDS: dict[str, str] = {}

    def add_domain_error(self, error: DomainError) -> None:
        field = self.FIELDS.get(error.field or "", error.field)
        self.add_error(field if field in self.fields else None, error.message)


class CatalogueFilter(forms.Form):
    q = forms.CharField(label=_("Zoek op naam"), required=False, max_length=100)
    category = forms.ChoiceField(
        label=_("Soort"), required=False, choices=[("", _("alle soorten")), *Category.choices]
    )
    free = forms.BooleanField(label=_("Alleen wat nu vrij is"), required=False)


class ReserveForm(MappedForm):
    """Whole days: from the first day up to and including the last."""

    FIELDS = {"starts_at": "starts_on", "ends_at": "ends_on"}

    starts_on = forms.DateField(label=_("Van"), widget=DATE)
    ends_on = forms.DateField(label=_("Tot en met"), widget=DATE)

    def period(self) -> tuple[datetime, datetime]:
        data = self.cleaned_data
        return day_start(data["starts_on"]), day_start(data["ends_on"] + timedelta(days=1))


class ItemForm(MappedForm):
    FIELDS = {"deposit": "deposit_amount", "owner": None}

    name = forms.CharField(label=_("Naam"), max_length=120)
    category = forms.ChoiceField(label=_("Soort"), choices=Category.choices)
    condition = forms.ChoiceField(label=_("Staat"), choices=Condition.choices)
    description = forms.CharField(
        label=_("Beschrijving"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    rules = forms.CharField(
        label=_("Afspraken"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Bijvoorbeeld: proper terugbrengen, batterij opladen, niet doorlenen."),
    )
    pickup_location = forms.CharField(label=_("Ophalen bij"), required=False, max_length=200)
    deposit_kind = forms.ChoiceField(label=_("Waarborg"), required=False, widget=forms.RadioSelect)
    deposit_amount = forms.CharField(
        label=_("Bedrag van de waarborg"),
        required=False,
        max_length=30,
        widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
    )
    photo = forms.FileField(label=_("Foto"), required=False)
    photo_alt = forms.CharField(label=_("Wat staat er op de foto?"), required=False, max_length=200)

    def __init__(
        self, *args, currencies: list[Currency], with_photo: bool = True, **kwargs
    ) -> None:
        super().__init__(*args, **kwargs)
        if not with_photo:
            # Editing: photos are added on their own page.
            del self.fields["photo"], self.fields["photo_alt"]
        self.currencies = {str(c.pk): c for c in currencies}
        self.fields["deposit_kind"].choices = [
            (NO_DEPOSIT, _("geen waarborg")),
            (EURO, _("in euro")),
            *((pk, c.name) for pk, c in self.currencies.items()),
        ]

    def clean(self) -> dict:
        data = super().clean()
        data["deposit_cents"] = data["deposit_currency"] = data["deposit_units"] = None
        kind, amount = data.get("deposit_kind") or NO_DEPOSIT, data.get("deposit_amount", "")
        if kind == NO_DEPOSIT:
            return data
        try:
            if kind == EURO:
                cents = parse_decimal(amount) * 100
                if cents <= 0 or cents != cents.to_integral_value():
                    raise DomainError(SharingError.DEPOSIT_INVALID)
                data["deposit_cents"] = int(cents)
            else:
                currency = self.currencies[kind]
                data["deposit_currency"] = currency
                data["deposit_units"] = to_minor(amount, currency=currency)
        except (DomainError, KeyError, ArithmeticError):
            self.add_error("deposit_amount", SharingError.DEPOSIT_INVALID.message)
        return data

    def item_fields(self) -> dict:
        data = self.cleaned_data
        keys = ("name", "category", "condition", "description", "rules", "pickup_location")
        deposit = ("deposit_cents", "deposit_currency", "deposit_units")
        return {key: data[key] for key in (*keys, *deposit)}


def _typed(amount: Decimal) -> str:
    # "12,50" as a Dutch speaker types it, never with a thousands dot the parser refuses.
    return f"{amount:f}".replace(".", ",")


def item_initial(item: Item) -> dict:
    """An item as ItemForm's fields, to edit it; the deposit as the person typed it."""
    initial = {
        "name": item.name,
        "category": item.category,
        "condition": item.condition,
        "description": item.description,
        "rules": item.rules,
        "pickup_location": item.pickup_location,
        "deposit_kind": NO_DEPOSIT,
        "deposit_amount": "",
    }
    if item.deposit_cents is not None:
        initial["deposit_kind"] = EURO
        initial["deposit_amount"] = _typed(Decimal(item.deposit_cents).scaleb(-2))
    elif item.deposit_currency is not None and item.deposit_units is not None:
        currency = item.deposit_currency
        initial["deposit_kind"] = str(currency.pk)
        initial["deposit_amount"] = _typed(to_units(item.deposit_units, currency=currency))
    return initial


class PhotoForm(MappedForm):
    photo = forms.FileField(label=_("Foto"))
    alt = forms.CharField(label=_("Wat staat er op de foto?"), required=False, max_length=200)


class HandOutForm(MappedForm):
    """Hand out on a reservation: the reservation is chosen by the button pressed."""

    reservation = forms.ModelChoiceField(
        queryset=Reservation.objects.none(), widget=forms.HiddenInput
    )
    deposit_held = forms.BooleanField(label=_("Waarborg ontvangen"), required=False)

    def __init__(self, *args, reservations, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["reservation"].queryset = reservations


class LendForm(MappedForm):
    """Hand out directly to someone, until a day."""

    FIELDS = {"due_at": "due_on", "starts_at": "due_on"}

    due_on = forms.DateField(label=_("Terugbrengen op"), widget=DATE)
    deposit_held = forms.BooleanField(label=_("Waarborg ontvangen"), required=False)

    def due_at(self) -> datetime:
        # Back by the end of that day.
        return day_start(self.cleaned_data["due_on"] + timedelta(days=1))


class ReturnForm(MappedForm):
    condition = forms.ChoiceField(
        label=_("In welke staat komt het terug?"),
        choices=Condition.choices,
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=_("Opmerking"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
