"""The vocabulary of mutual aid."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class HelpType(models.TextChoices):
    GROCERIES = "groceries", _("boodschappen")
    VISIT = "visit", _("luisterend oor of bezoek")
    EYE_OUT = "eye_out", _("een oogje in het zeil houden")
    TRANSPORT = "transport", _("vervoer")
    PAPERWORK = "paperwork", _("papieren en digitale hulp")
    TRANSLATION = "translation", _("vertalen")
    REPAIR = "repair", _("herstellen")
    CHILDCARE = "childcare", _("kinderopvang")
    MEALS = "meals", _("maaltijden")
    OTHER = "other", _("iets anders")


class Urgency(models.IntegerChoices):
    LOW = 0, _("kan wachten")
    NORMAL = 1, _("gewoon")
    HIGH = 2, _("dringend")
    URGENT = 3, _("heel dringend")


class Channel(models.TextChoices):
    """How a request or offer reached Nabij."""

    SELF = "self", _("zelf")
    PHONE = "phone", _("telefoon")
    WORKER_VISIT = "worker_visit", _("bezoek van een werker")
    PARTNER = "partner", _("partnerorganisatie")


class RequestStatus(models.TextChoices):
    OPEN = "open", _("open")
    MATCHED = "matched", _("gekoppeld")
    DONE = "done", _("afgerond")
    CLOSED = "closed", _("gesloten")


class MatchState(models.TextChoices):
    PROPOSED = "proposed", _("voorgesteld")
    APPROVED = "approved", _("goedgekeurd")
    ACCEPTED = "accepted", _("aanvaard")
    DONE = "done", _("gelukt")
    FAILED = "failed", _("niet gelukt")
    DECLINED = "declined", _("geweigerd door de helper")
    WITHDRAWN = "withdrawn", _("ingetrokken")


LIVE_MATCH_STATES = (MatchState.PROPOSED, MatchState.APPROVED, MatchState.ACCEPTED)
OPEN_MATCH_STATES = (MatchState.APPROVED, MatchState.ACCEPTED)


class MatchSource(models.TextChoices):
    SUGGESTION = "suggestion", _("suggestie")
    BATCH = "batch", _("koppelen in bulk")
    MANUAL = "manual", _("met de hand")


class CallOutcome(models.TextChoices):
    REACHED = "reached", _("gesproken, alles goed")
    NEED_FOUND = "need_found", _("gesproken, er is een nood")
    CAN_HELP = "can_help", _("gesproken, wil zelf helpen")
    NO_ANSWER = "no_answer", _("niet opgenomen")
    WRONG_NUMBER = "wrong_number", _("verkeerd nummer")
    DECLINED = "declined", _("wil niet gebeld worden")


REACHED_OUTCOMES = (CallOutcome.REACHED, CallOutcome.NEED_FOUND, CallOutcome.CAN_HELP)


class NotificationChannel(models.TextChoices):
    IN_APP = "in_app", _("in Nabij")
    EMAIL = "email", _("e-mail")
    SMS = "sms", _("sms of telefoon")
