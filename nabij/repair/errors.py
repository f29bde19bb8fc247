from django.utils.translation import gettext_lazy as _

from nabij.errors import ErrorCode


class RepairError(ErrorCode):
    """Why a repair service refuses; nothing is recorded when one is raised."""

    NOT_A_REPAIR_CAFE = (
        "not_a_repair_cafe",
        _("Deze activiteit is geen repair café: hier noteer je geen voorwerpen."),
    )
    EVENT_OTHER_PLACE = "event_other_place", _("Deze activiteit hoort bij een andere plek.")
    ITEM_OTHER_PLACE = "item_other_place", _("Dit voorwerp werd op een andere plek binnengebracht.")
    SESSION_NOT_STARTED = (
        "session_not_started",
        _("Deze sessie is nog niet begonnen. Noteer voorwerpen op de dag zelf."),
    )
    WEIGHT_NOT_POSITIVE = (
        "weight_not_positive",
        _("Het gewicht moet meer dan 0 gram zijn. Schat het als je geen weegschaal hebt."),
    )
    WEIGHT_TOO_LARGE = (
        "weight_too_large",
        _("Dat is zwaarder dan %(limit)s kg. Kijk het gewicht na: het is in gram."),
    )
    CATEGORY_UNKNOWN = "category_unknown", _("Kies wat voor voorwerp het is.")
    DESCRIPTION_EMPTY = "description_empty", _("Schrijf kort wat het is, zoals “broodrooster”.")
    DESCRIPTION_TOO_LONG = (
        "description_too_long",
        _("De omschrijving mag hoogstens %(limit)s tekens lang zijn."),
    )
    NOTE_TOO_LONG = "note_too_long", _("De notitie mag hoogstens %(limit)s tekens lang zijn.")
    OUTCOME_UNKNOWN = "outcome_unknown", _("Kies hoe het afliep.")
    OWNER_NOT_HERE = "owner_not_here", _("Deze persoon hoort niet bij deze plek.")
    FIXER_NOT_HERE = (
        "fixer_not_here",
        _("Wie repareerde moet bij deze plek horen. Kies iemand uit de lijst."),
    )
    PERIOD_INVALID = "period_invalid", _("De einddatum moet na de begindatum liggen.")
