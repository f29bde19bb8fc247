"""The community's vocabulary: kinds of places, roles, channels and the like."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Domain(models.TextChoices):
    LIVING = "living", _("wonen")
    WORKING = "working", _("werken")
    LEARNING = "learning", _("leren")
    LEISURE = "leisure", _("vrije tijd")


class PlaceKind(models.TextChoices):
    NEIGHBOURHOOD = "neighbourhood", _("buurt")
    SCHOOL = "school", _("school")
    WORKPLACE = "workplace", _("werkplek")
    CLUB = "club", _("club of jeugdwerking")


DOMAIN_OF_KIND = {
    PlaceKind.NEIGHBOURHOOD: Domain.LIVING,
    PlaceKind.SCHOOL: Domain.LEARNING,
    PlaceKind.WORKPLACE: Domain.WORKING,
    PlaceKind.CLUB: Domain.LEISURE,
}


class RoleKind(models.TextChoices):
    RESIDENT = "resident", _("bewoner")
    VOLUNTEER = "volunteer", _("vrijwilliger")
    WORKER = "worker", _("werker")
    PARTNER = "partner", _("partner")
    ANALYST = "analyst", _("analist")
    ADMIN = "admin", _("beheerder")


STAFF_ROLES = frozenset({RoleKind.WORKER, RoleKind.ADMIN})


class ContactChannel(models.TextChoices):
    NONE = "none", _("geen")
    PHONE = "phone", _("telefoon")
    EMAIL = "email", _("e-mail")
    VIA_WORKER = "via_worker", _("via een werker")


class AgeBand(models.TextChoices):
    UNKNOWN = "", _("niet gevraagd")
    CHILD = "child", _("kind (tot 12)")
    YOUTH = "youth", _("jongere (12 tot 25)")
    ADULT = "adult", _("volwassene (25 tot 65)")
    SENIOR = "senior", _("oudere (65 en ouder)")


class OrganisationKind(models.TextChoices):
    PUBLIC_SERVICE = "public_service", _("openbare dienst")
    NONPROFIT = "nonprofit", _("vzw of vereniging")
    CITIZEN_INITIATIVE = "citizen_initiative", _("burgerinitiatief")
    SHOP = "shop", _("winkel of handelaar")
    SCHOOL = "school", _("school")
    EMPLOYER = "employer", _("werkgever")


class SensitiveKind(models.TextChoices):
    """Special-category data: optional, consented, encrypted, only shown as aggregates."""

    ORIGIN = "origin", _("herkomst")
    RELIGION = "religion", _("levensbeschouwing")
    RESIDENCE_STATUS = "residence_status", _("verblijfsstatus")
    HEALTH = "health", _("gezondheid")


class CommunityKind(models.TextChoices):
    LIGHT = "light", _("lichte gemeenschap")
    TIGHT = "tight", _("hechte gemeenschap")


class Bond(models.TextChoices):
    """What binds a community together."""

    MEETING_PLACE = "meeting_place", _("een ontmoetingsplek")
    EXCHANGE = "exchange", _("een uitwisselingsnetwerk")
    IDENTITY = "identity", _("een gedeelde identiteit")
    VALUES = "values", _("gedeelde waarden of ideologie")
    EXPERIENCE = "experience", _("een gedeelde ervaring")
    AGENDA = "agenda", _("een gedeelde agenda")
    SHARED_GOODS = "shared_goods", _("gedeelde goederen")
    PROJECT = "project", _("een gedeeld project")


class EventKind(models.TextChoices):
    MEETING = "meeting", _("bijeenkomst")
    ACTIVITY = "activity", _("activiteit")
    REPAIR_CAFE = "repair_cafe", _("repair café")


class AuditAction(models.TextChoices):
    VIEW = "view", _("bekeken")
    CREATE = "create", _("aangemaakt")
    UPDATE = "update", _("gewijzigd")
    CONSENT = "consent", _("toestemming gewijzigd")
    EXPORT = "export", _("gegevens uitgevoerd")
    ERASE = "erase", _("gewist")


DAYS = (
    _("maandag"),
    _("dinsdag"),
    _("woensdag"),
    _("donderdag"),
    _("vrijdag"),
    _("zaterdag"),
    _("zondag"),
)
DAY_PARTS = (_("voormiddag"), _("namiddag"), _("avond"))
