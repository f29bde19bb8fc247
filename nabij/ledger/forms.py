"""Forms of the currency pages. They parse what people typed; the ledger services decide
whether it is acceptable, and their refusals are shown next to the field they concern.

Every form that moves money carries an idempotency key, drawn when the form is drawn: a
double submit, or a retry after a lost connection, sends the same key, and the ledger
books it once.
"""

import uuid
from datetime import timedelta

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from nabij.community.forms import DomainErrorsMixin
from nabij.errors import DomainError
from nabij.ledger.amounts import format_amount
from nabij.ledger.errors import LedgerError
from nabij.ledger.models import Account, Currency

# The amount fields are text, so that "2,50" reaches the ledger as written and its
# messages (too fine, not positive, not a number) are the ones a person reads.
AMOUNT_REQUIRED = {"required": LedgerError.AMOUNT_INVALID.message}
STATEMENT_DAYS = 90


def new_key() -> str:
    return uuid.uuid4().hex


class AccountChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Account) -> str:
        return str(obj)


class MappedForm(DomainErrorsMixin, forms.Form):
    """A form whose ledger refusals are placed on its own fields (`FIELDS` maps a
    service's field name to the form's; unknown or hidden: above the form)."""

    FIELDS: dict[str, str | None] = {}

    def add_domain_error(self, error: DomainError) -> None:
        field = self.FIELDS.get(error.field, error.field) if error.field else None
        if field not in self.fields or self.fields[field].widget.is_hidden:
            field = None
        self.add_error(field, error.message)


class LedgerForm(MappedForm):
    """A form that moves money: a hidden idempotency key, drawn with the form."""

    idempotency_key = forms.CharField(
        widget=forms.HiddenInput, initial=new_key, required=False, max_length=80
    )

    @property
    def key(self) -> str:
        return self.cleaned_data.get("idempotency_key", "")

    def add_domain_error(self, error: DomainError) -> None:
        super().add_domain_error(error)
        if error.code in (LedgerError.KEY_REUSED, LedgerError.KEY_MISSING):
            # The next try is a new request: it gets a new key.
            self.data = self.data.copy()
            self.data[self.add_prefix("idempotency_key")] = new_key()


# An amount is typed as text (decimal comma or point), with the phone's number keys.
NUMBER = {"inputmode": "decimal", "autocomplete": "off"}


def _amount_field(label, currency: Currency | None, **kwargs) -> forms.CharField:
    return forms.CharField(
        label=label,
        max_length=30,
        error_messages=AMOUNT_REQUIRED,
        widget=forms.TextInput(attrs=NUMBER),
        help_text=currency_help(currency),
        **kwargs,
    )


def currency_help(currency: Currency | None) -> str:
    if currency is None:
        return ""
    if currency.minor_units:
        return _("In %(name)s (%(symbol)s), bijvoorbeeld 12 of 2,50.") % {
            "name": currency.name,
            "symbol": currency.symbol,
        }
    return _("In %(name)s (%(symbol)s), in hele munten, bijvoorbeeld 12.") % {
        "name": currency.name,
        "symbol": currency.symbol,
    }


class PaymentForm(LedgerForm):
    """A shop takes a payment: the code on the member's card, typed or scanned."""

    FIELDS = {
        "payer_code": "payer_code",
        "from_account": "payer_code",
        "shop_account": "shop_account",
        "to_account": "shop_account",
        "currency": "shop_account",
        "amount": "amount",
        "memo": "memo",
    }

    shop_account = AccountChoiceField(
        label=_("Voor welke zaak"), queryset=Account.objects.none(), empty_label=None
    )
    payer_code = forms.CharField(
        label=_("Code van de klant"),
        max_length=40,
        error_messages={"required": LedgerError.ACCOUNT_CODE_UNKNOWN.message},
        help_text=_(
            "Scan de QR-code op de kaart of het scherm van de klant, of typ de code eronder."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters"}),
    )
    amount = forms.CharField()  # replaced in __init__, with the currency in its help
    memo = forms.CharField(label=_("Waarvoor (mag leeg)"), max_length=200, required=False)

    def __init__(self, *args, shops, currency: Currency | None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["shop_account"].queryset = shops
        self.fields["amount"] = _amount_field(_("Bedrag"), currency)
        self.order_fields(["shop_account", "payer_code", "amount", "memo"])


class RedeemForm(LedgerForm):
    """A paper voucher handed in at a shop: its code, typed or scanned."""

    FIELDS = {"code": "code", "to_account": "to_account", "currency": "code"}

    to_account = AccountChoiceField(
        label=_("Op de rekening van"), queryset=Account.objects.none(), empty_label=None
    )
    code = forms.CharField(
        label=_("Code van de bon"),
        max_length=40,
        error_messages={"required": LedgerError.VOUCHER_UNKNOWN.message},
        help_text=_("Scan de QR-code op de bon, of typ de code eronder, bijvoorbeeld 000123-ABCD…"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters"}),
    )

    def __init__(self, *args, accounts, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["to_account"].queryset = accounts
        self.order_fields(["to_account", "code"])


class TaskForm(LedgerForm):
    """An earning partner posts paid neighbourhood work."""

    FIELDS = {"payer": "payer", "amount": "reward", "currency": "payer"}

    payer = AccountChoiceField(
        label=_("Wie betaalt"), queryset=Account.objects.none(), empty_label=None
    )
    title = forms.CharField(
        label=_("Wat moet er gebeuren"),
        max_length=160,
        error_messages={"required": LedgerError.TITLE_EMPTY.message},
    )
    description = forms.CharField(
        label=_("Uitleg (mag leeg)"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    hours = forms.CharField(
        label=_("Hoeveel uur"),
        max_length=10,
        error_messages={"required": LedgerError.HOURS_INVALID.message},
        widget=forms.TextInput(attrs={"inputmode": "decimal"}),
        help_text=_("Bijvoorbeeld 2 of 1,5."),
    )
    reward = forms.CharField()  # replaced in __init__

    def __init__(self, *args, payers, currency: Currency | None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["payer"].queryset = payers
        self.fields["reward"] = _amount_field(_("Vergoeding"), currency)
        self.order_fields(["payer", "title", "description", "hours", "reward"])

    def clean_hours(self) -> str:
        return self.cleaned_data["hours"].replace(",", ".").strip()


class ConfirmForm(LedgerForm):
    """A worker confirms who did a task; the member comes from a name search."""

    member = forms.IntegerField(widget=forms.HiddenInput)


class IssueForm(LedgerForm):
    """Staff bring new units into circulation, e.g. an earning partner's budget."""

    FIELDS = {"to_account": "to_account", "amount": "amount", "memo": "memo"}

    to_account = AccountChoiceField(
        label=_("Naar wie"), queryset=Account.objects.none(), empty_label=None
    )
    amount = forms.CharField()
    memo = forms.CharField(label=_("Waarvoor (mag leeg)"), max_length=200, required=False)

    def __init__(self, *args, accounts, currency: Currency | None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["to_account"].queryset = accounts
        self.fields["amount"] = _amount_field(_("Bedrag"), currency)
        self.order_fields(["to_account", "amount", "memo"])


class BatchForm(LedgerForm):
    """A sheet of paper vouchers: how many, of how much each."""

    FIELDS = {"amount": "denomination", "count": "count", "currency": None}

    count = forms.CharField(
        label=_("Hoeveel bonnen"),
        max_length=6,
        widget=forms.TextInput(attrs={"inputmode": "numeric"}),
        help_text=_("Tien bonnen passen op een blad A4."),
    )
    denomination = forms.CharField()

    def __init__(self, *args, currency: Currency | None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["denomination"] = _amount_field(_("Waarde van één bon"), currency)
        self.order_fields(["count", "denomination"])

    def clean_count(self) -> int | str:
        text = self.cleaned_data["count"].strip()
        # A number the ledger can judge; anything else it refuses with its own words.
        return int(text) if text.isdigit() else text


class BatchCancelForm(LedgerForm):
    FIELDS = {"reason": "reason", "batch": None}

    reason = forms.CharField(
        label=_("Waarom trek je deze reeks in?"),
        max_length=300,
        error_messages={"required": LedgerError.REASON_EMPTY.message},
        help_text=_("Bijvoorbeeld: het blad is verloren bij een verhuis."),
    )


class CardReplaceForm(DomainErrorsMixin, forms.Form):
    """A worker replaces a member's lost card. `replaces` is the card the worker saw, so a
    double submit replaces it once."""

    replaces = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    reason = forms.CharField(
        label=_("Waarom een nieuwe kaart? (mag leeg)"),
        max_length=300,
        required=False,
        help_text=_("Bijvoorbeeld: kaart verloren, of gestolen."),
    )


class ShopBalanceField(AccountChoiceField):
    def label_from_instance(self, obj: Account) -> str:
        return f"{obj} ({format_amount(obj.balance, currency=obj.currency)})"


class SettlementForm(LedgerForm):
    FIELDS = {"shop_account": "shop_account", "currency": None}

    shop_account = ShopBalanceField(
        label=_("Welke zaak"), queryset=Account.objects.none(), empty_label=None
    )

    def __init__(self, *args, shops, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["shop_account"].queryset = shops


class PeriodForm(forms.Form):
    """Which days a statement covers; by default the last three months."""

    start = forms.DateField(
        label=_("Van"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        label=_("Tot en met"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def days(self):
        today = timezone.localdate()
        if self.is_bound and self.is_valid():
            return self.cleaned_data["start"], self.cleaned_data["end"]
        return today - timedelta(days=STATEMENT_DAYS), None


class AccountSearchForm(forms.Form):
    q = forms.CharField(label=_("Zoek op naam"), required=False, max_length=100)
    kind = forms.ChoiceField(
        label=_("Soort rekening"),
        required=False,
        choices=[
            ("", _("alle rekeningen")),
            ("member", _("bewoners")),
            ("organisation", _("partners")),
            ("system", _("rekeningen van de munt zelf")),
        ],
    )
