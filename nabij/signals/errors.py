from django.utils.translation import gettext_lazy as _

from nabij.errors import ErrorCode


class SignalError(ErrorCode):
    """Why a signals service refuses; nothing is changed when one is raised.

    One section per part of the app; add a code to the section of the part you change."""

    # --- shared ---
    TEXT_EMPTY = "text_empty", _("Vul dit in.")
    TEXT_TOO_LONG = "text_too_long", _("Deze tekst is te lang.")
    OTHER_PLACE = "other_place", _("Dit hoort bij een andere plek.")
    DATE_IN_FUTURE = "date_in_future", _("Deze datum ligt in de toekomst.")
    DATES_REVERSED = "dates_reversed", _("De einddatum ligt voor de begindatum.")

    # --- surveys (builder) ---
    NO_LANGUAGES = "no_languages", _("Kies minstens één taal voor de vragenlijst.")
    LANGUAGE_UNKNOWN = "language_unknown", _("Deze taal kent Nabij niet.")
    TRANSLATION_MISSING = (
        "translation_missing",
        _("Deze tekst ontbreekt nog in het %(language)s."),
    )
    NO_QUESTIONS = (
        "no_questions",
        _("Deze vragenlijst heeft nog geen vragen. Voeg er minstens één toe."),
    )
    SKIP_LOOPS = (
        "skip_loops",
        _(
            "Met deze regel kan iemand in een kring blijven draaien. "
            "Laat hem naar een latere vraag springen."
        ),
    )
    NOT_DRAFT = (
        "not_draft",
        _("Deze vragenlijst is al geopend. Vragen veranderen kan alleen zolang ze in opbouw is."),
    )

    # --- answers ---
    SURVEY_CLOSED = (
        "survey_closed",
        _("Deze vragenlijst is afgesloten. Er kunnen geen antwoorden meer bij."),
    )
    SURVEY_NOT_OPEN = "survey_not_open", _("Deze vragenlijst is nog niet open.")
    LINK_FORGED = (
        "link_forged",
        _("Deze link klopt niet. Vraag de juiste link aan wie je hem gaf."),
    )
    LINK_USED = (
        "link_used",
        _("Dit formulier is al verstuurd. Je antwoorden zijn goed aangekomen."),
    )

    # --- results ---

    # --- unmet needs and testimonies ---
    NO_CONSENT = (
        "no_consent",
        _(
            "Noteer eerst hoe en wanneer de persoon toestemming gaf. "
            "Zonder toestemming geen getuigenis."
        ),
    )

    # --- signal reports ---
