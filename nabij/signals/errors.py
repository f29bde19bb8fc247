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
            "Laat de regel naar een latere vraag springen."
        ),
    )
    NOT_DRAFT = (
        "not_draft",
        _("Deze vragenlijst is al geopend. Vragen veranderen kan alleen zolang ze in opbouw is."),
    )
    KIND_UNKNOWN = "kind_unknown", _("Kies wat voor vraag het is.")
    CHOICES_TOO_FEW = (
        "choices_too_few",
        _("Geef minstens twee antwoorden om uit te kiezen, één per regel."),
    )
    CHOICES_TOO_MANY = (
        "choices_too_many",
        _("Dat zijn te veel antwoorden. Hou het bij hoogstens %(limit)s."),
    )
    CHOICES_NOT_ALLOWED = (
        "choices_not_allowed",
        _(
            "Antwoorden om uit te kiezen horen alleen bij een keuzevraag. "
            "Maak de lijst leeg of kies een andere soort vraag."
        ),
    )
    CHOICES_UNEVEN = (
        "choices_uneven",
        _("Geef in elke taal evenveel antwoorden, in dezelfde volgorde."),
    )
    CHOICES_CHANGED = (
        "choices_changed",
        _(
            "Deze vragenlijst is al geopend: je kan de antwoorden nog anders verwoorden, "
            "maar er geen bijzetten of weghalen."
        ),
    )
    SCALE_INVALID = (
        "scale_invalid",
        _(
            "Een schaal loopt van een kleiner naar een groter geheel getal, "
            "met hoogstens 10 stappen, zoals van 1 tot 5 of van 0 tot 10."
        ),
    )
    NUMBER_RANGE_REVERSED = (
        "number_range_reversed",
        _("Het grootste getal is kleiner dan het kleinste."),
    )
    NUMBER_TOO_LARGE = "number_too_large", _("Dit getal is te groot.")
    QUESTIONS_TOO_MANY = (
        "questions_too_many",
        _("Deze vragenlijst heeft al %(limit)s vragen. Meer kan niet."),
    )
    SKIP_NOT_CHOICE = (
        "skip_not_choice",
        _("Alleen bij een vraag met antwoorden om uit te kiezen kan iemand verderspringen."),
    )
    SKIP_CHOICE_OTHER = "skip_choice_other", _("Dit antwoord hoort niet bij deze vraag.")
    SKIP_TARGET_OTHER = (
        "skip_target_other",
        _("Die vraag hoort niet bij deze vragenlijst."),
    )
    MOVE_LOOPS = (
        "move_loops",
        _(
            "Zo verplaatst zou een sprongregel terugspringen naar een eerdere vraag. "
            "Pas eerst die regel aan."
        ),
    )
    CLOSE_NOT_OPEN = "close_not_open", _("Alleen een open vragenlijst kan je afsluiten.")
    REOPEN_NOT_CLOSED = (
        "reopen_not_closed",
        _("Alleen een afgesloten vragenlijst kan je opnieuw openen."),
    )
    DELETE_NOT_DRAFT = (
        "delete_not_draft",
        _(
            "Alleen een vragenlijst in opbouw kan je verwijderen. "
            "Sluit een open vragenlijst af: de antwoorden blijven dan bewaard."
        ),
    )
    ANONYMITY_FIXED = (
        "anonymity_fixed",
        _("Of een vragenlijst anoniem is, ligt vast zodra ze open is."),
    )

    # --- answers ---
    SURVEY_CLOSED = (
        "survey_closed",
        _("Deze vragenlijst is afgesloten. Er kunnen geen antwoorden meer bij."),
    )
    SURVEY_NOT_OPEN = "survey_not_open", _("Deze vragenlijst is nog niet open.")
    LINK_FORGED = (
        "link_forged",
        _("Deze link klopt niet. Vraag de juiste link aan de persoon van wie je hem kreeg."),
    )
    LINK_USED = (
        "link_used",
        _("Dit formulier is al verstuurd. Je antwoorden zijn goed aangekomen."),
    )
    ANSWER_REQUIRED = "answer_required", _("Beantwoord deze vraag.")
    ANSWER_ONE_CHOICE = "answer_one_choice", _("Kies één antwoord.")
    ANSWER_CHOICE_OTHER = "answer_choice_other", _("Dit antwoord hoort niet bij deze vraag.")
    ANSWER_QUESTION_OTHER = (
        "answer_question_other",
        _("Deze vraag hoort niet bij deze vragenlijst."),
    )
    ANSWER_INVALID = "answer_invalid", _("Dit antwoord past niet bij deze vraag.")
    ANSWER_SCALE_RANGE = "answer_scale_range", _("Kies een getal van %(low)s tot %(high)s.")
    ANSWER_NUMBER_LOW = "answer_number_low", _("Vul een getal in van minstens %(low)s.")
    ANSWER_NUMBER_HIGH = "answer_number_high", _("Vul een getal in van hoogstens %(high)s.")
    ANSWER_NUMBER_SHAPE = (
        "answer_number_shape",
        _("Vul een getal in, met hoogstens twee cijfers na de komma."),
    )
    ANSWER_TEXT_LONG = (
        "answer_text_long",
        _("Dit antwoord is te lang. Hou het bij hoogstens %(limit)s tekens."),
    )
    ANSWER_LANGUAGE = "answer_language", _("Deze vragenlijst bestaat niet in deze taal.")
    ANSWER_CHANNEL = (
        "answer_channel",
        _("Kies hoe je de antwoorden kreeg: op papier of aan de telefoon."),
    )
    ANSWER_ANONYMOUS = (
        "answer_anonymous",
        _("Deze vragenlijst is anoniem: de antwoorden horen bij niemand."),
    )

    # --- results ---
    FILTER_NOT_IN_SURVEY = (
        "filter_not_in_survey",
        _("Dit antwoord hoort niet bij deze vragenlijst. Kies een antwoord uit de lijst."),
    )
    CROSSTAB_SAME = (
        "crosstab_same",
        _("Kies twee verschillende vragen om naast elkaar te zetten."),
    )
    CROSSTAB_KIND = (
        "crosstab_kind",
        _("Alleen vragen met keuzes of een schaal kun je naast elkaar zetten."),
    )

    # --- unmet needs and testimonies ---
    NO_CONSENT = (
        "no_consent",
        _(
            "Noteer eerst hoe en wanneer de persoon toestemming gaf. "
            "Zonder toestemming geen getuigenis."
        ),
    )
    NEED_TYPE_UNKNOWN = "need_type_unknown", _("Kies wat voor nood het is.")
    PEOPLE_INVALID = (
        "people_invalid",
        _("Vul in over hoeveel mensen het gaat: een geheel getal van 1 tot 10.000."),
    )
    DATE_MISSING = "date_missing", _("Vul een datum in.")
    DATE_TOO_OLD = (
        "date_too_old",
        _("Deze datum ligt meer dan een jaar terug. Noteer alleen wat je het laatste jaar zag."),
    )
    CONSENT_IN_FUTURE = (
        "consent_in_future",
        _("De toestemming kan niet later gegeven zijn dan vandaag."),
    )
    SELF_REVIEW = (
        "self_review",
        _("Je noteerde deze getuigenis zelf. Een collega leest ze na."),
    )
    TESTIMONY_REVIEWED = (
        "testimony_reviewed",
        _("Deze getuigenis is al nagelezen."),
    )
    REVIEW_NOTE_NEEDED = (
        "review_note_needed",
        _("Schrijf kort wat er nog aan moet veranderen."),
    )
    TESTIMONY_WITHDRAWN = (
        "testimony_withdrawn",
        _("De toestemming voor deze getuigenis is al ingetrokken."),
    )

    # --- signal reports ---
    FIGURE_KIND_UNKNOWN = "figure_kind_unknown", _("Kies wat het cijfer moet tonen.")
    QUESTION_MISSING = "question_missing", _("Kies een vraag uit de vragenlijst.")
    QUESTION_OTHER_SURVEY = (
        "question_other_survey",
        _("Deze vraag hoort niet bij deze vragenlijst."),
    )
    QUESTION_NOT_COUNTED = (
        "question_not_counted",
        _("Open antwoorden kun je niet tellen. Kies een andere vraag."),
    )
    BY_SAME_QUESTION = (
        "by_same_question",
        _("Splits uit naar een andere vraag dan de vraag zelf."),
    )
    FILTER_UNKNOWN = (
        "filter_unknown",
        _("Dit filter hoort niet bij deze vragenlijst."),
    )
    TESTIMONY_NOT_USABLE = (
        "testimony_not_usable",
        _("Deze getuigenis is niet nagelezen of mag niet meer gebruikt worden."),
    )
    TESTIMONY_TWICE = "testimony_twice", _("Deze getuigenis staat al in het signaal.")
    SIGNAL_CLOSED = (
        "signal_closed",
        _("Dit signaal is afgerond. Open het eerst opnieuw als je nog iets wilt veranderen."),
    )
    SIGNAL_NOT_CLOSED = "signal_not_closed", _("Dit signaal is niet afgerond.")
    SIGNAL_NOT_SENT = (
        "signal_not_sent",
        _("Dit signaal is nog niet verstuurd. Noteer eerst naar wie het ging."),
    )
    SENDING_OTHER_SIGNAL = (
        "sending_other_signal",
        _("Deze verzending hoort bij een ander signaal."),
    )
    OUTCOME_PENDING = "outcome_pending", _("Kies wat het signaal heeft opgeleverd.")
    FIGURE_GONE = "figure_gone", _("Dit cijfer staat niet (meer) in het signaal.")
    QUOTE_GONE = "quote_gone", _("Deze getuigenis staat niet (meer) in het signaal.")
