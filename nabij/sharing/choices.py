"""The vocabulary of the library of things."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Category(models.TextChoices):
    TOOLS = "tools", _("gereedschap")
    GARDEN = "garden", _("tuin")
    KITCHEN = "kitchen", _("keuken")
    HOUSEHOLD = "household", _("huishouden")
    CHILDREN = "children", _("kinderen")
    LEISURE = "leisure", _("spel en vrije tijd")
    MOBILITY = "mobility", _("fietsen en vervoer")
    ELECTRONICS = "electronics", _("elektronica")
    PARTY = "party", _("feest en evenement")
    OTHER = "other", _("iets anders")


class Condition(models.TextChoices):
    NEW = "new", _("zo goed als nieuw")
    GOOD = "good", _("goed")
    USED = "used", _("gebruikt, werkt goed")
    WORN = "worn", _("versleten, werkt nog")
    BROKEN = "broken", _("kapot, moet hersteld worden")


class ReservationState(models.TextChoices):
    BOOKED = "booked", _("gereserveerd")
    LENT = "lent", _("uitgeleend")
    DONE = "done", _("teruggebracht")
    CANCELLED = "cancelled", _("geannuleerd")


# The states that hold the item: two of these never overlap for one item.
HOLDING_STATES = (ReservationState.BOOKED, ReservationState.LENT)


class WaitState(models.TextChoices):
    WAITING = "waiting", _("wacht")
    NOTIFIED = "notified", _("verwittigd")
    LEFT = "left", _("van de lijst")


class NoticeKind(models.TextChoices):
    """Notification.kind of the sharing messages (aid's Notification carries them)."""

    LOAN_OVERDUE = "loan_overdue", _("te laat terug")
    ITEM_BACK = "item_back", _("voorwerp terug")
