from django.utils.translation import gettext_lazy as _

from nabij.errors import ErrorCode


class SharingError(ErrorCode):
    """Why a sharing service refuses; nothing is written when one is raised."""

    NAME_EMPTY = "name_empty", _("Vul een naam in voor het voorwerp.")
    TEXT_TOO_LONG = "text_too_long", _("Deze tekst is te lang (hoogstens %(limit)s tekens).")
    CATEGORY_UNKNOWN = "category_unknown", _("Kies een soort voorwerp.")
    CONDITION_UNKNOWN = "condition_unknown", _("Kies in welke staat het voorwerp is.")
    OWNER_MISSING = (
        "owner_missing",
        _("Een voorwerp is van één persoon of van één organisatie: kies er precies één."),
    )
    ORGANISATION_ELSEWHERE = (
        "organisation_elsewhere",
        _("Deze organisatie werkt niet op deze plek."),
    )
    DEPOSIT_INVALID = (
        "deposit_invalid",
        _("De waarborg is in euro of in een buurtmunt van deze plek, en meer dan nul."),
    )
    RETIRED = "retired", _("Dit voorwerp wordt niet meer uitgeleend.")
    OTHER_PLACE = "other_place", _("Dit voorwerp hoort bij een andere plek.")
    ENDS_BEFORE_START = (
        "ends_before_start",
        _("Het einde van de reservatie moet na het begin komen."),
    )
    IN_THE_PAST = (
        "in_the_past",
        _("Deze reservatie ligt in het verleden. Kies vandaag of een latere dag."),
    )
    TOO_LONG = (
        "too_long",
        _("Je kunt een voorwerp hoogstens %(days)s dagen na elkaar reserveren."),
    )
    OVERLAP = (
        "overlap",
        _(
            "Het voorwerp is in die periode al gereserveerd of uitgeleend. Kies andere dagen, "
            "of zet je op de wachtlijst."
        ),
    )
    NOT_YOURS = (
        "not_yours",
        _("Dit kan alleen de persoon zelf, de eigenaar of een werker van deze plek."),
    )
    RESERVATION_CLOSED = (
        "reservation_closed",
        _("Deze reservatie loopt niet meer: ze is al opgehaald, afgelopen of geannuleerd."),
    )
    WRONG_ITEM = "wrong_item", _("Deze reservatie is voor een ander voorwerp.")
    ALREADY_OUT = (
        "already_out",
        _("Dit voorwerp is al uitgeleend. Neem het eerst terug voor je het opnieuw uitleent."),
    )
    NOT_LENT = "not_lent", _("Dit voorwerp is niet uitgeleend, dus je kunt het niet terugnemen.")
    DUE_BEFORE_NOW = "due_before_now", _("De dag van terugbrengen moet na vandaag komen.")
    ALREADY_WAITING = "already_waiting", _("Deze persoon staat al op de wachtlijst.")
    NOT_WAITING = "not_waiting", _("Deze persoon staat niet meer op de wachtlijst.")
    FREE_NOW = (
        "free_now",
        _("Dit voorwerp is vrij en niet gereserveerd: reserveer het meteen."),
    )
    PHOTO_NOT_IMAGE = (
        "photo_not_image",
        _("Dit bestand is geen foto. Kies een foto (JPEG, PNG, WebP of GIF)."),
    )
    PHOTO_TOO_LARGE = (
        "photo_too_large",
        _("Deze foto is te groot: hoogstens %(limit)s MB."),
    )
    PHOTO_TOO_MANY = "photo_too_many", _("Een voorwerp heeft hoogstens %(limit)s foto's.")
