"""The vocabulary of signals: surveys, unmet needs, testimonies and signal reports."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from nabij.aid.choices import HelpType


class SurveyStatus(models.TextChoices):
    DRAFT = "draft", _("in opbouw")
    OPEN = "open", _("open voor antwoorden")
    CLOSED = "closed", _("afgesloten")


class QuestionKind(models.TextChoices):
    SINGLE = "single", _("één antwoord kiezen")
    MULTIPLE = "multiple", _("meer antwoorden kiezen")
    SCALE = "scale", _("schaal")
    NUMBER = "number", _("getal")
    TEXT = "text", _("open antwoord")


CHOICE_KINDS = (QuestionKind.SINGLE, QuestionKind.MULTIPLE)


class ResponseChannel(models.TextChoices):
    WEB = "web", _("online")
    PAPER = "paper", _("op papier")
    PHONE = "phone", _("aan de telefoon")


class NeedType(models.TextChoices):
    """What someone needed and did not get: the kinds of help of mutual aid, and the needs
    a neighbourhood worker meets that neighbours cannot answer."""

    GROCERIES = HelpType.GROCERIES.value, HelpType.GROCERIES.label
    VISIT = HelpType.VISIT.value, HelpType.VISIT.label
    EYE_OUT = HelpType.EYE_OUT.value, HelpType.EYE_OUT.label
    TRANSPORT = HelpType.TRANSPORT.value, HelpType.TRANSPORT.label
    PAPERWORK = HelpType.PAPERWORK.value, HelpType.PAPERWORK.label
    TRANSLATION = HelpType.TRANSLATION.value, HelpType.TRANSLATION.label
    REPAIR = HelpType.REPAIR.value, HelpType.REPAIR.label
    CHILDCARE = HelpType.CHILDCARE.value, HelpType.CHILDCARE.label
    MEALS = HelpType.MEALS.value, HelpType.MEALS.label
    HOUSING = "housing", _("huisvesting")
    INCOME = "income", _("inkomen en schulden")
    ENERGY = "energy", _("energie en water")
    HEALTH_CARE = "health_care", _("zorg en gezondheid")
    RIGHTS = "rights", _("rechten en verblijf")
    OTHER = HelpType.OTHER.value, HelpType.OTHER.label


class NeedSource(models.TextChoices):
    """Where an unmet need was seen."""

    REQUEST = "request", _("hulpvraag zonder helper")
    CALL = "call", _("belronde")
    RECORDED = "recorded", _("genoteerd door een werker")


class ConsentHow(models.TextChoices):
    SPOKEN = "spoken", _("mondeling, in het bijzijn van de werker")
    WRITTEN = "written", _("op papier ondertekend")
    MESSAGE = "message", _("in een bericht")


class TestimonyStatus(models.TextChoices):
    DRAFT = "draft", _("wacht op nalezen")
    APPROVED = "approved", _("nagelezen, mag gebruikt worden")
    REJECTED = "rejected", _("teruggestuurd om aan te passen")
    WITHDRAWN = "withdrawn", _("toestemming ingetrokken")


class SignalStatus(models.TextChoices):
    DRAFT = "draft", _("in opmaak")
    SENT = "sent", _("verstuurd")
    ANSWERED = "answered", _("antwoord gekregen")
    CLOSED = "closed", _("opvolging afgerond")


class SignalOutcome(models.TextChoices):
    PENDING = "pending", _("nog niet bekend")
    ACHIEVED = "achieved", _("bereikt")
    PARTLY = "partly", _("deels bereikt")
    NOT_ACHIEVED = "not_achieved", _("niet bereikt")


class FigureKind(models.TextChoices):
    """What a figure in a signal report shows."""

    SURVEY_QUESTION = "survey_question", _("antwoorden op een vraag")
    SURVEY_CROSSTAB = "survey_crosstab", _("een vraag uitgesplitst naar een andere")
    NEEDS_BY_TYPE = "needs_by_type", _("noden zonder antwoord, per soort")
    NEEDS_BY_MONTH = "needs_by_month", _("noden zonder antwoord, per maand")
    NEEDS_BY_GROUP = "needs_by_group", _("noden zonder antwoord, per groep")
    NEEDS_BY_SECTOR = "needs_by_sector", _("noden zonder antwoord, per buurt")
