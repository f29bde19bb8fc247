"""The vocabulary of the practice bank, of reflections and of coded policy texts.

The keys of the sources and tension fields are the framework's own (FRAMEWORK.md) and are
what `nabij code-passages` writes; the labels are what people read."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Level(models.TextChoices):
    MICRO = "micro", _("micro: het eigen netwerk")
    MESO = "meso", _("meso: groepen, verenigingen, burgerinitiatieven")
    MACRO = "macro", _("macro: de welvaartsstaat")


class Solidarity(models.TextChoices):
    DIRECT = "direct", _("direct: tussen mensen")
    INDIRECT = "indirect", _("indirect: georganiseerd door de overheid")


class Visibility(models.TextChoices):
    INTERNAL = "internal", _("intern: alleen voor de medewerkers van de plek")
    PUBLIC = "public", _("publiek: in de open catalogus")


class Mandate(models.TextChoices):
    """Social work's triple mandate."""

    RIGHTS = "rights", _("toegang tot rechten")
    INFORMAL = "informal", _("informele solidariteit versterken")
    POLITICISE = "politicise", _("politiseren")


class Source(models.TextChoices):
    """The four sources of solidarity."""

    INTERDEPENDENCE = "interdependence", _("wederzijdse afhankelijkheid")
    NORMS_VALUES = "norms_values", _("gedeelde normen en waarden")
    STRUGGLE = "struggle", _("strijd")
    ENCOUNTER = "encounter", _("ontmoeting")


class TensionField(models.TextChoices):
    """The six tension fields; each has two poles (POLES)."""

    UNIVERSAL_PARTICULAR = "universal_particular", _("universeel of particulier")
    CONSENSUS_CONFLICT = "consensus_conflict", _("consensus of conflict")
    ECONOMIC_CULTURAL = "economic_cultural", _("economisch of cultureel")
    INTEGRATION_TRANSFORMATION = (
        "integration_transformation",
        _("integratie of transformatie"),
    )
    DISTANCE_PROXIMITY = "distance_proximity", _("afstand of nabijheid")
    NEGOTIABLE = "negotiable", _("niet onderhandelbaar of onderhandelbaar")


# The pole at each end of a tension field's scale: (at -3, at +3).
POLES: dict[str, tuple[str, str]] = {
    TensionField.UNIVERSAL_PARTICULAR: (
        _("universeel: open voor iedereen"),
        _("particulier: voor een doelgroep"),
    ),
    TensionField.CONSENSUS_CONFLICT: (
        _("gebouwd op overeenstemming"),
        _("werkt via conflict en onderhandeling"),
    ),
    TensionField.ECONOMIC_CULTURAL: (
        _("materiële herverdeling"),
        _("erkenning van culturele verschillen"),
    ),
    TensionField.INTEGRATION_TRANSFORMATION: (
        _("inpassen in de bestaande orde"),
        _("relaties en structuren veranderen"),
    ),
    TensionField.DISTANCE_PROXIMITY: (
        _("via instellingen, op afstand"),
        _("van aangezicht tot aangezicht, dichtbij"),
    ),
    TensionField.NEGOTIABLE: (
        _("niet onderhandelbaar: plichten, regels, handhaving"),
        _("onderhandelbaar: vrijwillig, eigenaarschap, inspraak"),
    ),
}

# How strongly a practice draws on a source: 0 (not) to 3 (strongly).
STRENGTH_MIN, STRENGTH_MAX = 0, 3
# A position on a tension field: -3 (first pole) to +3 (second pole), 0 in the middle.
POSITION_MIN, POSITION_MAX = -3, 3


class DocumentKind(models.TextChoices):
    PDF = "pdf", _("PDF")
    DOCX = "docx", _("Word (DOCX)")
    TEXT = "text", _("platte tekst")


class DocumentLanguage(models.TextChoices):
    """The languages the coder knows; Dutch first."""

    NL = "nl", _("Nederlands")
    FR = "fr", _("Frans")
    EN = "en", _("Engels")
