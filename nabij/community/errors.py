from django.utils.translation import gettext_lazy as _

from nabij.errors import ErrorCode


class CommunityError(ErrorCode):
    NAME_EMPTY = "name_empty", _("Vul een naam in.")
    NAME_TOO_LONG = "name_too_long", _("Een naam mag hoogstens %(limit)s tekens lang zijn.")
    LANGUAGE_UNKNOWN = (
        "language_unknown",
        _("Deze taalcode kennen we niet: %(language)s. Gebruik een ISO-code zoals nl, ar of zgh."),
    )
    CHANNEL_NEEDS_PHONE = (
        "channel_needs_phone",
        _("Vul een telefoonnummer in, of kies een ander contactkanaal."),
    )
    CHANNEL_NEEDS_EMAIL = (
        "channel_needs_email",
        _("Vul een e-mailadres in, of kies een ander contactkanaal."),
    )
    PHONE_INVALID = "phone_invalid", _("Dit telefoonnummer klopt niet.")
    EMAIL_INVALID = "email_invalid", _("Dit e-mailadres klopt niet.")
    AVAILABILITY_INVALID = "availability_invalid", _("Deze beschikbaarheid klopt niet.")
    ROLE_UNKNOWN = "role_unknown", _("Deze rol bestaat niet.")
    ROLES_EMPTY = "roles_empty", _("Kies minstens één rol.")
    ADMIN_ONLY = "admin_only", _("Alleen een beheerder kan iemand beheerder maken of dat afnemen.")
    NOT_YOUR_PLACE = "not_your_place", _("Je werkt niet op deze plek, dus je kunt hier niets doen.")
    HOME_PLACE_ONLY = (
        "home_place_only",
        _("Dit kan alleen een werker van de plek waar deze persoon ingeschreven is."),
    )
    NOT_IN_PLACE = "not_in_place", _("Deze persoon hoort niet bij deze plek.")
    ERASED = "erased", _("De gegevens van deze persoon zijn gewist.")
    CONSENT_MISSING = "consent_missing", _("Zonder toestemming van de persoon bewaren we dit niet.")
    VALUE_EMPTY = "value_empty", _("Vul een waarde in.")
    ORGANISATION_EXISTS = (
        "organisation_exists",
        _("Er werkt al een organisatie met de naam %(name)s op deze plek."),
    )
    ORGANISATION_NOT_HERE = (
        "organisation_not_here",
        _("Deze organisatie werkt niet op deze plek."),
    )
    VALUE_TOO_LONG = "value_too_long", _("Deze tekst is te lang (hoogstens %(limit)s tekens).")
    NOT_A_VOLUNTEER = "not_a_volunteer", _("Deze persoon is geen vrijwilliger op deze plek.")
    SAME_PERSON = "same_person", _("Iemand kan niet zijn eigen buddy zijn.")
    PERIOD_INVALID = "period_invalid", _("Het einde moet na het begin komen.")
    ALREADY_ATTENDED = "already_attended", _("Deze persoon staat al op de aanwezigheidslijst.")
    ALREADY_MEMBER = "already_member", _("Deze persoon hoort al bij deze groep.")
    ALREADY_LINKED = "already_linked", _("Deze vrijwilliger is al buddy van deze persoon.")
    SLUG_TAKEN = "slug_taken", _("Deze korte naam is al in gebruik.")
