"""The repair café's vocabulary: what people bring, and how it went."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ItemCategory(models.TextChoices):
    ELECTRICAL = "electrical", _("elektrisch toestel")
    ELECTRONICS = "electronics", _("elektronica")
    TEXTILE = "textile", _("kleding of textiel")
    BICYCLE = "bicycle", _("fiets")
    FURNITURE = "furniture", _("meubel")
    TOY = "toy", _("speelgoed")
    OTHER = "other", _("iets anders")


class Outcome(models.TextChoices):
    PENDING = "pending", _("nog niet bekend")
    REPAIRED = "repaired", _("gerepareerd")
    NOT_REPAIRED = "not_repaired", _("niet gerepareerd")
    ADVICE = "advice", _("advies gekregen of kom terug")


# What a fixer can record; "pending" is only where every item starts.
RECORDED_OUTCOMES = (Outcome.REPAIRED, Outcome.NOT_REPAIRED, Outcome.ADVICE)
