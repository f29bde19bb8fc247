from django.utils.translation import gettext_lazy as _

from nabij.errors import ErrorCode


class AidError(ErrorCode):
    """Why a mutual-aid service refuses; the message says what to do instead."""

    HELP_TYPE_MISSING = "help_type_missing", _("Kies welke hulp er nodig is.")
    HELP_TYPE_UNKNOWN = "help_type_unknown", _("Deze soort hulp kennen we niet.")
    HELP_TYPES_EMPTY = "help_types_empty", _("Kies minstens één soort hulp die je wilt geven.")
    URGENCY_UNKNOWN = "urgency_unknown", _("Kies hoe dringend het is.")
    CHANNEL_UNKNOWN = "channel_unknown", _("Kies langs welke weg de vraag binnenkwam.")
    SLOTS_INVALID = "slots_invalid", _("Deze momenten in de week kloppen niet.")
    WINDOW_INVALID = "window_invalid", _("De einddatum moet na de begindatum komen.")
    RADIUS_INVALID = (
        "radius_invalid",
        _("Kies een afstand tussen 1 en %(limit)s meter."),
    )
    CAPACITY_INVALID = (
        "capacity_invalid",
        _("Kies voor hoeveel mensen tegelijk: tussen 1 en %(limit)s."),
    )
    CAPACITY_BELOW_OPEN = (
        "capacity_below_open",
        _(
            "Deze helper helpt nu %(open)s mensen. Sluit eerst een koppeling af "
            "voor je het aantal verlaagt."
        ),
    )
    OTHER_PLACE = "other_place", _("Dit hoort bij een andere plek; je kunt het hier niet wijzigen.")
    ONLY_YOUR_OWN_OFFER = (
        "only_your_own_offer",
        _("Je kunt alleen je eigen aanbod aanpassen. Vraag een werker om hulp."),
    )
    REQUEST_NOT_OPEN = "request_not_open", _("Deze vraag is niet meer open.")
    REQUEST_ALREADY_PLACED = (
        "request_already_placed",
        _("Voor deze vraag ligt al een koppeling klaar. Trek die eerst in."),
    )
    SAME_PERSON = "same_person", _("Iemand kan niet zijn eigen helper zijn.")
    NO_OFFER = "no_offer", _("Deze persoon biedt deze soort hulp niet aan.")
    OFFER_PAUSED = "offer_paused", _("Deze helper heeft het aanbod op pauze gezet.")
    OVER_CAPACITY = (
        "over_capacity",
        _("Deze helper helpt al zoveel mensen als afgesproken. Kies iemand anders."),
    )
    VETOED = "vetoed", _("De vrager wil niet meer door deze helper geholpen worden.")
    ALREADY_VETOED = "already_vetoed", _("De vrager heeft deze helper al geweigerd.")
    NO_SHARED_LANGUAGE = (
        "no_shared_language",
        _("De helper spreekt geen enkele taal van de vrager."),
    )
    NOT_VETTED = (
        "not_vetted",
        _("Voor een huisbezoek moet een werker de helper eerst screenen."),
    )
    ALREADY_APPROVED = "already_approved", _("Iemand heeft deze koppeling al goedgekeurd.")
    MATCH_NOT_PROPOSED = (
        "match_not_proposed",
        _("Deze koppeling is geen voorstel meer, dus je kunt ze niet goedkeuren."),
    )
    MATCH_NOT_APPROVED = (
        "match_not_approved",
        _("Op deze koppeling kun je niet meer antwoorden."),
    )
    MATCH_NOT_OPEN = "match_not_open", _("Deze koppeling loopt niet meer.")
    NOT_THE_HELPER = "not_the_helper", _("Alleen de helper zelf kan hierop antwoorden.")
    REASON_MISSING = "reason_missing", _("Schrijf kort waarom het niet gelukt is.")
    NOTE_EMPTY = "note_empty", _("Schrijf eerst een notitie.")
    DAYS_INVALID = "days_invalid", _("Kies een aantal dagen van minstens 1.")
