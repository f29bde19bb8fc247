from django.utils.translation import gettext_lazy as _

from nabij.errors import ErrorCode


class PracticeError(ErrorCode):
    """Why a practices service refuses; nothing is changed when one is raised.

    One section per part of the app; add a code to the section of the part you change."""

    # --- shared ---
    TEXT_EMPTY = "text_empty", _("Vul dit in.")
    TEXT_TOO_LONG = "text_too_long", _("Deze tekst is te lang.")
    OTHER_PLACE = "other_place", _("Dit hoort bij een andere plek.")
    CHOICE_UNKNOWN = "choice_unknown", _("Kies een van de mogelijkheden.")

    # --- practice bank ---
    BOND_MISFIT = (
        "bond_misfit",
        _(
            "Dit past niet bij dit soort gemeenschap. Een lichte gemeenschap draait rond "
            "een ontmoetingsplek of een uitwisselingsnetwerk; een hechte gemeenschap rond "
            "een identiteit, waarden, een ervaring, een agenda, gedeelde goederen of een "
            "project."
        ),
    )
    PLACE_UNKNOWN = "place_unknown", _("Deze plek kent Nabij niet: %(name)s.")
    EMAIL_INVALID = "email_invalid", _("Dit is geen geldig e-mailadres.")
    LINK_INVALID = (
        "link_invalid",
        _("Dit is geen webadres. Een webadres begint met http:// of https://."),
    )
    ATTACHMENT_EMPTY = "attachment_empty", _("Het bestand is leeg.")
    ATTACHMENT_TOO_LARGE = (
        "attachment_too_large",
        _("Een bijlage mag hoogstens %(limit)s MB groot zijn."),
    )
    ATTACHMENT_KIND_UNKNOWN = (
        "attachment_kind_unknown",
        _(
            "Dit soort bestand kan je niet toevoegen. Kies een PDF, een foto (JPEG of PNG), "
            "een tekst uit Word (DOCX) of LibreOffice (ODT), of een tekstbestand (TXT)."
        ),
    )
    ATTACHMENT_NOT_WHAT_NAME_SAYS = (
        "attachment_not_what_name_says",
        _("Dit bestand is niet wat de naam zegt: het is geen %(kind)s."),
    )
    IMPORT_KIND_UNKNOWN = (
        "import_kind_unknown",
        _("Kies een bestand dat eindigt op .json of .csv, zoals Nabij het uitvoert."),
    )
    IMPORT_UNREADABLE = (
        "import_unreadable",
        _("Nabij kan dit bestand niet lezen. Is het een uitvoer van de praktijkenbank?"),
    )
    IMPORT_EMPTY = "import_empty", _("Er staat geen enkele praktijk in het bestand.")
    IMPORT_TOO_LARGE = (
        "import_too_large",
        _("Het bestand is te groot: hoogstens %(limit)s praktijken per keer."),
    )
    IMPORT_FILE_TOO_LARGE = (
        "import_file_too_large",
        _("Het bestand is te groot: hoogstens %(limit)s MB."),
    )
    IMPORT_NOT_TEXT = "import_not_text", _("Hier moet tekst staan.")
    IMPORT_NOT_LIST = "import_not_list", _("Hier moet een lijst staan.")
    IMPORT_CHOICE_UNKNOWN = (
        "import_choice_unknown",
        _("‘%(value)s’ kan hier niet. Gebruik een van: %(allowed)s."),
    )
    IMPORT_COLUMNS_MISALIGNED = (
        "import_columns_misaligned",
        _("De kolommen %(columns)s hebben niet evenveel waarden, gescheiden door |."),
    )
    ATTACHMENT_TOO_MANY = (
        "attachment_too_many",
        _("Een praktijk kan hoogstens %(limit)s bijlagen hebben. Haal er eerst een weg."),
    )
    IMPORT_ROWS_INVALID = (
        "import_rows_invalid",
        _(
            "Er is niets ingevoerd: niet elke rij is in orde. Verbeter de rijen hieronder "
            "en probeer opnieuw."
        ),
    )

    # --- reflections ---
    REFLECTION_SOURCE_MISSING = (
        "reflection_source_missing",
        _("Kies hoe sterk de praktijk steunt op de bron ‘%(source)s’."),
    )
    REFLECTION_SOURCE_UNKNOWN = (
        "reflection_source_unknown",
        _("‘%(source)s’ is geen bron van solidariteit."),
    )
    REFLECTION_STRENGTH_OFF_SCALE = (
        "reflection_strength_off_scale",
        _("Kies voor de bron ‘%(source)s’ een waarde van 0 tot en met 3."),
    )
    REFLECTION_FIELD_MISSING = (
        "reflection_field_missing",
        _("Kies bij ‘%(name)s’ waar de praktijk nu staat en waar jullie naartoe willen."),
    )
    REFLECTION_FIELD_UNKNOWN = (
        "reflection_field_unknown",
        _("‘%(name)s’ is geen spanningsveld."),
    )
    REFLECTION_POSITION_OFF_SCALE = (
        "reflection_position_off_scale",
        _("Kies bij ‘%(name)s’ een plaats van -3 tot en met +3."),
    )
    REFLECTION_DATE_FUTURE = (
        "reflection_date_future",
        _("De datum van het gesprek kan niet na vandaag liggen."),
    )

    # --- documents (upload and passages) ---
    FILE_EMPTY = (
        "file_empty",
        _("Dit bestand is leeg. Kies het bestand opnieuw, of een ander bestand."),
    )
    FILE_TOO_LARGE = (
        "file_too_large",
        _("Dit bestand is te groot: het mag hoogstens %(limit)s MB zijn."),
    )
    FILE_NOT_WHAT_NAME_SAYS = (
        "file_not_what_name_says",
        _(
            "Het bestand heet ‘%(filename)s’, maar het is geen %(expected)s: het is "
            "%(actual)s. Kies het juiste bestand."
        ),
    )
    FILE_KIND_UNSUPPORTED = (
        "file_kind_unsupported",
        _(
            "Dit bestand is %(actual)s. Nabij leest alleen PDF, Word (DOCX) en platte tekst: "
            "sla het in een van die vormen op en laad het opnieuw op."
        ),
    )
    FILE_NO_TEXT = "file_no_text", _("In dit bestand staat geen tekst om te lezen.")
    PDF_CORRUPT = (
        "pdf_corrupt",
        _(
            "Deze PDF is beschadigd en kan niet gelezen worden. Maak de PDF opnieuw, of kies "
            "een ander bestand."
        ),
    )
    PDF_LOCKED = (
        "pdf_locked",
        _(
            "Deze PDF is beveiligd met een wachtwoord. Haal het wachtwoord weg en laad de "
            "PDF opnieuw op."
        ),
    )
    PDF_NO_TEXT = (
        "pdf_no_text",
        _(
            "In deze PDF staat geen tekst om te lezen: hij is waarschijnlijk ingescand. Laad "
            "een PDF met tekst op, of een Word-bestand."
        ),
    )
    DOCX_INVALID = (
        "docx_invalid",
        _(
            "Dit is geen geldig Word-bestand (DOCX). Open het in je tekstverwerker, sla het "
            "opnieuw op als DOCX en laad het opnieuw op."
        ),
    )
    DOCX_TOO_LARGE_UNPACKED = (
        "docx_too_large_unpacked",
        _("Dit Word-bestand wordt na het uitpakken te groot om te lezen."),
    )
    DOCUMENT_TWICE = (
        "document_twice",
        _("Dit bestand is al eerder opgeladen, als ‘%(title)s’."),
    )
    DOCUMENT_NO_PASSAGES = (
        "document_no_passages",
        _("In dit document staan geen passages om te coderen."),
    )

    # --- reviews and summaries ---
    REVIEW_SOURCE_UNKNOWN = (
        "review_source_unknown",
        _("Kies een bron van solidariteit uit de lijst, of 'geen bron'."),
    )
    REVIEW_FIELD_UNKNOWN = (
        "review_field_unknown",
        _("Kies een spanningsveld uit de lijst, of 'geen spanningsveld'."),
    )
