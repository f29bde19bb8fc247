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

    # --- reflections ---

    # --- documents (upload and passages) ---

    # --- reviews and summaries ---
