"""The vocabulary of the exchange graph."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ExchangeKind(models.TextChoices):
    """What tied two members. Its bit in a tie's kind mask is its position in KIND_BITS."""

    MATCH = "match", _("burenhulp")
    TRANSFER = "transfer", _("betaling in buurtmunt")
    ENCOUNTER = "encounter", _("samen op een activiteit")
    LOAN = "loan", _("gedeeld voorwerp geleend")


# Stored in metric rows as bits: append new kinds at the end, never reorder.
KIND_BITS: dict[str, int] = {kind: 1 << i for i, kind in enumerate(ExchangeKind.values)}
KIND_CODES: dict[str, int] = {kind: i for i, kind in enumerate(ExchangeKind.values)}

# Someone gives and someone receives; an encounter is mutual and has no direction.
DIRECTED_KINDS = (ExchangeKind.MATCH, ExchangeKind.TRANSFER, ExchangeKind.LOAN)


class PlainAttribute(models.TextChoices):
    """Attributes bonding and bridging can use without consent. Special-category ones
    (nabij.community.choices.SensitiveKind) count only members with an active consent."""

    LANGUAGE = "language", _("taal")
    GROUP = "group", _("groep of vereniging")
