from django.utils.translation import gettext_lazy as _

from nabij.errors import ErrorCode


class LedgerError(ErrorCode):
    """Why a ledger service refuses; nothing is booked when one is raised."""

    AMOUNT_INVALID = (
        "amount_invalid",
        _("Dit bedrag klopt niet. Schrijf een getal, zoals 12 of 2,50."),
    )
    AMOUNT_NOT_POSITIVE = "amount_not_positive", _("Het bedrag moet groter zijn dan nul.")
    AMOUNT_TOO_PRECISE = (
        "amount_too_precise",
        _("Dit bedrag is te fijn: de kleinste eenheid van %(currency)s is %(smallest)s."),
    )
    AMOUNT_TOO_LARGE = "amount_too_large", _("Dit bedrag is te groot.")
    SAME_ACCOUNT = (
        "same_account",
        _("Iemand kan niet aan zichzelf betalen. Kies een andere rekening."),
    )
    OTHER_PLACE = "other_place", _("Deze munt of rekening hoort bij een andere plek.")
    OTHER_CURRENCY = "other_currency", _("Deze rekening is in een andere munt.")
    BELOW_MINIMUM = (
        "below_minimum",
        _("Dat kan niet: het saldo van %(account)s zou onder %(limit)s zakken."),
    )
    ABOVE_MAXIMUM = (
        "above_maximum",
        _("Dat kan niet: het saldo van %(account)s zou boven %(limit)s komen."),
    )
    KEY_MISSING = (
        "key_missing",
        _("Deze opdracht heeft geen kenmerk. Laad de pagina opnieuw en probeer nog eens."),
    )
    KEY_REUSED = (
        "key_reused",
        _("Deze opdracht werd al gegeven, met andere gegevens. Laad de pagina opnieuw."),
    )
    MEMO_TOO_LONG = "memo_too_long", _("De omschrijving mag hoogstens %(limit)s tekens lang zijn.")
    NOT_YOUR_ACCOUNT = (
        "not_your_account",
        _("Je kunt alleen betalen van je eigen rekening."),
    )
    NOT_YOUR_ORGANISATION = (
        "not_your_organisation",
        _(
            "Deze rekening is van een andere zaak of organisatie. Je kunt alleen de rekening "
            "gebruiken van de zaak of organisatie waarvoor je werkt."
        ),
    )
    NOT_COMMITTED = "not_committed", _("Alleen een geboekte betaling kan teruggedraaid worden.")
    REVERSAL_OF_REVERSAL = (
        "reversal_of_reversal",
        _("Een terugboeking draai je niet terug. Boek de betaling opnieuw."),
    )
    HAS_OWN_UNDO = (
        "has_own_undo",
        _("Deze boeking hoort bij papieren bonnen of een afrekening en kan zo niet terug."),
    )
    NOT_ISSUED = (
        "not_issued",
        _("Deze munt wordt niet uitgegeven: ze ontstaat wanneer mensen elkaar betalen."),
    )
    NO_DEMURRAGE = "no_demurrage", _("Deze munt heeft geen muntbijdrage.")
    PERIOD_CHANGED = (
        "period_changed",
        _("Intussen is een nieuwe periode begonnen. Bekijk de nieuwe cijfers en bevestig opnieuw."),
    )
    NAME_EMPTY = "name_empty", _("Vul een naam in.")
    NAME_TAKEN = "name_taken", _("Er is op deze plek al een munt met deze naam.")
    SYMBOL_INVALID = "symbol_invalid", _("Kies een teken of afkorting van 1 tot 8 tekens.")
    MINOR_UNITS_INVALID = (
        "minor_units_invalid",
        _("Kies hoeveel cijfers na de komma: 0 tot 4."),
    )
    MODE_UNKNOWN = "mode_unknown", _("Kies hoe de munt ontstaat.")
    RATE_INVALID = "rate_invalid", _("De wisselkoers moet groter zijn dan nul.")
    DEMURRAGE_INVALID = (
        "demurrage_invalid",
        _("De muntbijdrage is een percentage tussen 0 en 100, elke 1 of meer dagen."),
    )
    LIMITS_INVALID = (
        "limits_invalid",
        _("De ondergrens mag niet boven nul liggen en de bovengrens niet onder nul."),
    )
    LIMITS_EXCLUDE_BALANCE = (
        "limits_exclude_balance",
        _("Het saldo van %(account)s is nu %(balance)s: de grenzen moeten dat saldo toelaten."),
    )
    REASON_EMPTY = "reason_empty", _("Schrijf waarom.")
    OWNER_INVALID = (
        "owner_invalid",
        _("Een rekening is van één bewoner of van één organisatie."),
    )
    OWNER_NOT_HERE = "owner_not_here", _("Deze bewoner of organisatie hoort niet bij deze plek.")
    NOT_A_PAYER = (
        "not_a_payer",
        _("Deze organisatie betaalt geen munten uit voor buurtwerk."),
    )
    NOT_A_SHOP = (
        "not_a_shop",
        _("Deze rekening is niet van een winkel of zaak die munten aanvaardt."),
    )
    ACCOUNT_CODE_UNKNOWN = (
        "account_code_unknown",
        _("Deze QR-code kennen we niet. Vraag de bewoner om de kaart nog eens te tonen."),
    )
    CARD_REPLACED = (
        "card_replaced",
        _(
            "Deze kaart werd vervangen en werkt niet meer. Vraag naar de nieuwe kaart, of "
            "stuur de bewoner naar een werker."
        ),
    )
    CARD_NOT_A_MEMBER = "card_not_a_member", _("Alleen een bewoner heeft een betaalkaart.")
    VOUCHER_UNKNOWN = "voucher_unknown", _("Deze bon kennen we niet. Kijk de code na.")
    VOUCHER_REDEEMED = "voucher_redeemed", _("Deze bon is al ingewisseld.")
    VOUCHER_CANCELLED = (
        "voucher_cancelled",
        _("Deze bon is ongeldig: de reeks werd ingetrokken omdat ze verloren was."),
    )
    COUNT_INVALID = "count_invalid", _("Kies tussen 1 en %(limit)s bonnen.")
    BATCH_CANCELLED = "batch_cancelled", _("Deze reeks bonnen is al ingetrokken.")
    BATCH_ALL_REDEEMED = (
        "batch_all_redeemed",
        _("Alle bonnen van deze reeks zijn al ingewisseld: er valt niets in te trekken."),
    )
    TITLE_EMPTY = "title_empty", _("Schrijf wat er moet gebeuren.")
    HOURS_INVALID = (
        "hours_invalid",
        _("Schrijf hoeveel uur het werk duurt, meer dan 0 en hoogstens 24."),
    )
    TASK_NOT_OPEN = "task_not_open", _("Deze taak is niet meer open.")
    NO_EURO_RATE = "no_euro_rate", _("Deze munt heeft geen wisselkoers naar euro.")
    NOTHING_TO_SETTLE = "nothing_to_settle", _("Er staat niets op deze rekening om af te rekenen.")
