"""The fund's vocabulary: what it gives, how a case is decided, how help reaches people."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Category(models.TextChoices):
    FOOD = "food", _("voeding")
    CLOTHING = "clothing", _("kleding")
    CARE_PRODUCTS = "care_products", _("verzorgingsproducten")
    ENERGY = "energy", _("energie")
    HOUSING = "housing", _("huur en wonen")
    HEALTH = "health", _("gezondheid")
    SCHOOL = "school", _("schoolkosten")
    OTHER = "other", _("andere")


class HouseholdPeriod(models.TextChoices):
    """The stretch of time over which a criterion's maximum per household counts."""

    MONTH = "month", _("per maand")
    QUARTER = "quarter", _("per kwartaal")
    YEAR = "year", _("per jaar")


class Outcome(models.TextChoices):
    GRANT = "grant", _("toegekend")
    PARTIAL = "partial", _("deels toegekend")
    REFUSE = "refuse", _("geweigerd")


class ReasonCode(models.TextChoices):
    """Why a request was refused or only partly granted, in terms general enough to publish."""

    OUTSIDE_CRITERIA = "outside_criteria", _("valt buiten de criteria")
    BUDGET_EXHAUSTED = "budget_exhausted", _("budget op")
    OTHER_HELP_AVAILABLE = "other_help_available", _("andere hulp mogelijk")
    INCOMPLETE = "incomplete", _("aanvraag onvolledig")
    HOUSEHOLD_MAXIMUM = "household_maximum", _("maximum per gezin bereikt")
    OTHER = "other", _("andere reden")


class ProposalState(models.TextChoices):
    OPEN = "open", _("wacht op bevestiging")
    CONFIRMED = "confirmed", _("bevestigd")
    SENT_BACK = "sent_back", _("teruggestuurd")


class PayoutKind(models.TextChoices):
    CASH = "cash", _("contant")
    CARD = "card", _("waardekaart of bon")
    IN_KIND = "in_kind", _("hulp in natura")


class DonationChannel(models.TextChoices):
    CASH = "cash", _("contant")
    BANK = "bank", _("overschrijving")
    OTHER = "other", _("andere")
