"""Forms of the pages that run a currency: start one, open a partner's account, override
an account's limits, reverse a booking, book demurrage, and redeem a voucher into one's
own account. Like nabij.ledger.forms, they parse; the services decide."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from nabij.community.models import Organisation
from nabij.errors import DomainError
from nabij.ledger.amounts import limit_to_minor, to_units
from nabij.ledger.choices import CurrencyMode
from nabij.ledger.errors import LedgerError
from nabij.ledger.forms import NUMBER, LedgerForm, MappedForm, RedeemForm
from nabij.ledger.models import Account, Currency

MINOR_UNITS = [
    (0, _("hele munten (1)")),
    (1, _("1 cijfer na de komma (0,1)")),
    (2, _("2 cijfers na de komma (0,01)")),
    (3, _("3 cijfers na de komma (0,001)")),
    (4, _("4 cijfers na de komma (0,0001)")),
]


def _optional_number(label, help_text, *, max_length: int = 20, **kwargs) -> forms.CharField:
    """A number that may be left empty (no euro rate, no demurrage, no limit)."""
    return forms.CharField(
        label=label,
        required=False,
        max_length=max_length,
        widget=forms.TextInput(attrs=NUMBER),
        help_text=help_text,
        **kwargs,
    )


class CurrencyForm(MappedForm):
    """An admin starts a currency for the place."""

    FIELDS = {"amount": None, "limit": None}

    name = forms.CharField(
        label=_("Naam van de munt"),
        max_length=60,
        error_messages={"required": LedgerError.NAME_EMPTY.message},
        help_text=_("Bijvoorbeeld Toreke."),
    )
    symbol = forms.CharField(
        label=_("Teken of afkorting"),
        max_length=8,
        error_messages={
            "required": LedgerError.SYMBOL_INVALID.message,
            "max_length": LedgerError.SYMBOL_INVALID.message,
        },
        help_text=_("Kort, want het staat achter elk bedrag: bijvoorbeeld T."),
    )
    mode = forms.ChoiceField(
        label=_("Hoe ontstaat de munt?"),
        choices=CurrencyMode.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": LedgerError.MODE_UNKNOWN.message,
            "invalid_choice": LedgerError.MODE_UNKNOWN.message,
        },
    )
    minor_units = forms.TypedChoiceField(
        label=_("Kleinste eenheid"),
        choices=MINOR_UNITS,
        coerce=int,
        initial=0,
        error_messages={
            "required": LedgerError.MINOR_UNITS_INVALID.message,
            "invalid_choice": LedgerError.MINOR_UNITS_INVALID.message,
        },
    )
    units_per_euro = _optional_number(
        _("Munten per euro (mag leeg)"),
        _("Bijvoorbeeld 10: tien munten zijn één euro. Leeg: nooit naar euro."),
    )
    demurrage_percent = _optional_number(
        _("Muntbijdrage in procent (mag leeg)"),
        _(
            "Bijvoorbeeld 2: elke periode gaat 2 procent van elk positief saldo naar het "
            "buurtfonds. Leeg: geen muntbijdrage."
        ),
        max_length=10,
    )
    demurrage_period_days = forms.IntegerField(
        label=_("Muntbijdrage om de zoveel dagen"),
        initial=30,
        error_messages={
            "required": LedgerError.DEMURRAGE_INVALID.message,
            "invalid": LedgerError.DEMURRAGE_INVALID.message,
        },
        widget=forms.TextInput(attrs={"inputmode": "numeric"}),
    )
    default_min_balance = _optional_number(
        _("Laagste saldo van een nieuwe rekening"),
        _("0: niemand gaat onder nul. Bij wederzijds krediet bijvoorbeeld -10."),
        initial="0",
    )
    default_max_balance = _optional_number(
        _("Hoogste saldo van een nieuwe rekening (mag leeg)"),
        _("Leeg: geen bovengrens."),
    )


class OrganisationChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Organisation) -> str:
        return obj.name


class AccountOpenForm(MappedForm):
    """Staff open the account of a partner organisation: a shop, an earning partner."""

    FIELDS = {"member": "organisation"}

    organisation = OrganisationChoiceField(
        label=_("Welke organisatie of zaak"),
        queryset=Organisation.objects.none(),
        error_messages={
            "required": LedgerError.OWNER_INVALID.message,
            "invalid_choice": LedgerError.OWNER_NOT_HERE.message,
        },
    )
    pays_out = forms.BooleanField(
        label=_("Betaalt munten uit voor buurtwerk (verdienpartner)"), required=False
    )
    accepts = forms.BooleanField(
        label=_("Aanvaardt de munt als betaling (winkel of zaak)"), required=False
    )

    def __init__(self, *args, organisations, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations


def _limit_text(minor: int | None, currency: Currency) -> str:
    return "" if minor is None else str(to_units(minor, currency=currency))


class LimitForm(MappedForm):
    """An admin sets an account's limits, with a reason for the log."""

    FIELDS = {"limit": None, "amount": None}

    min_balance = _optional_number(
        _("Laagste saldo (mag leeg)"),
        _("Leeg: geen ondergrens."),
    )
    max_balance = _optional_number(
        _("Hoogste saldo (mag leeg)"),
        _("Leeg: geen bovengrens."),
    )
    reason = forms.CharField(
        label=_("Waarom?"),
        max_length=300,
        error_messages={"required": LedgerError.REASON_EMPTY.message},
        help_text=_("Dit komt in het logboek, met je naam en de datum."),
    )

    def __init__(self, *args, account: Account, **kwargs) -> None:
        self.currency = account.currency
        kwargs.setdefault(
            "initial",
            {
                "min_balance": _limit_text(account.min_balance, self.currency),
                "max_balance": _limit_text(account.max_balance, self.currency),
            },
        )
        super().__init__(*args, **kwargs)

    def _limit(self, name: str) -> str:
        # Read here only to place a wrong number next to its own field; the service
        # reads it again and decides.
        text = self.cleaned_data[name]
        try:
            limit_to_minor(text, currency=self.currency)
        except DomainError as error:
            raise ValidationError(error.message) from None
        return text

    def clean_min_balance(self) -> str:
        return self._limit("min_balance")

    def clean_max_balance(self) -> str:
        return self._limit("max_balance")


class ReverseForm(LedgerForm):
    """Staff reverse a booked transfer; the reason becomes the reversal's memo."""

    FIELDS = {"memo": "reason", "transfer": None}

    reason = forms.CharField(
        label=_("Waarom draai je deze boeking terug?"),
        max_length=200,
        error_messages={"required": LedgerError.REASON_EMPTY.message},
        help_text=_("Bijvoorbeeld: per vergissing twee keer aangerekend."),
    )


class DemurrageForm(MappedForm):
    """Book the demurrage of the period the preview showed."""

    FIELDS = {"currency": None}

    period = forms.IntegerField(widget=forms.HiddenInput, min_value=0)


class CurrencyAccountField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Account) -> str:
        return f"{obj.currency.name} ({obj.currency.symbol})"


class MyVoucherForm(RedeemForm):
    """A member redeems a paper voucher into their own account."""

    def __init__(self, *args, accounts, **kwargs) -> None:
        super().__init__(*args, accounts=accounts, **kwargs)
        field = CurrencyAccountField(
            label=_("Op je rekening in"), queryset=accounts, empty_label=None
        )
        if len(accounts) == 1:
            field.widget = forms.HiddenInput()
            field.initial = accounts[0].pk
        self.fields["to_account"] = field
        self.order_fields(["to_account", "code"])
