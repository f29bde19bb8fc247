"""Why recording an outreach call is refused; the message says what to do instead."""

from django.utils.translation import gettext_lazy as _

from nabij.errors import ErrorCode


class OutreachError(ErrorCode):
    OUTCOME_UNKNOWN = "outcome_unknown", _("Kies hoe het gesprek verliep.")
    REQUEST_WITHOUT_NEED = (
        "request_without_need",
        _("Een hulpvraag hoort bij een gesprek waarin een nood naar boven kwam."),
    )
    OFFER_WITHOUT_HELP = (
        "offer_without_help",
        _("Een aanbod hoort bij een gesprek waarin de persoon zelf wil helpen."),
    )
    NOTE_TOO_LONG = "note_too_long", _("Deze notitie is te lang (hoogstens %(limit)s tekens).")
    DAYS_INVALID = "days_invalid", _("Kies een aantal dagen tussen 1 en %(limit)s.")
