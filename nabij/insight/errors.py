from django.utils.translation import gettext_lazy as _

from nabij.errors import ErrorCode


class InsightError(ErrorCode):
    """Why an insight selector or service refuses; nothing is shown or changed then."""

    PERIOD_INVALID = "period_invalid", _("Het einde van de periode moet na het begin komen.")
    ATTRIBUTE_UNKNOWN = (
        "attribute_unknown",
        _("Dit kenmerk kennen we niet. Kies taal, groep of een kenmerk uit de lijst."),
    )
    ATTRIBUTE_NOT_CONSENTED = (
        "attribute_not_consented",
        _(
            "Te weinig mensen gaven toestemming om dit kenmerk te gebruiken, "
            "dus we tonen er geen cijfers over."
        ),
    )
    DAY_INVALID = "day_invalid", _("Deze datum klopt niet. Schrijf hem als JJJJ-MM-DD.")
