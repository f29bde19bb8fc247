from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _


class Fund(models.Model):
    """A place's solidarity fund: money in from donations, help out by public criteria.
    One fund per place; amounts are plain euros in integer cents."""

    place = models.ForeignKey("community.Place", on_delete=models.PROTECT, related_name="+")
    name = models.CharField(_("naam"), max_length=120)
    description = models.TextField(_("beschrijving"), blank=True)
    created_by = models.ForeignKey(
        "community.Member", on_delete=models.PROTECT, null=True, related_name="+"
    )
    created_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["place"], name="fund_one_per_place"),
            models.CheckConstraint(condition=~Q(name=""), name="fund_name_not_empty"),
        ]

    def __str__(self) -> str:
        return self.name


class FundCommitteeSeat(models.Model):
    """A member on the fund's committee: a worker, volunteer or resident of the place.
    A seat ends by setting `until`; ended seats stay, so past decisions keep their
    deciders on record."""

    place = models.ForeignKey("community.Place", on_delete=models.PROTECT, related_name="+")
    fund = models.ForeignKey(Fund, on_delete=models.PROTECT, related_name="seats")
    member = models.ForeignKey("community.Member", on_delete=models.PROTECT, related_name="+")
    since = models.DateTimeField()
    until = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        "community.Member", on_delete=models.PROTECT, null=True, related_name="+"
    )

    class Meta:
        ordering = ["since", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["fund", "member"],
                condition=Q(until__isnull=True),
                name="fund_seat_one_open_per_member",
            ),
            models.CheckConstraint(
                condition=Q(until__isnull=True) | Q(until__gte=F("since")),
                name="fund_seat_ends_after_start",
            ),
        ]


class BudgetPeriod(models.Model):
    """How much the fund may grant between two dates (both included). The periods of one
    fund never overlap (an exclusion constraint on PostgreSQL, a trigger on SQLite), and
    the decisions charged to a period never grant more than its amount (trigger)."""

    place = models.ForeignKey("community.Place", on_delete=models.PROTECT, related_name="+")
    fund = models.ForeignKey(Fund, on_delete=models.PROTECT, related_name="budgets")
    starts_on = models.DateField(_("van"))
    ends_on = models.DateField(_("tot en met"))
    amount_cents = models.BigIntegerField(_("budget"))
    created_by = models.ForeignKey(
        "community.Member", on_delete=models.PROTECT, null=True, related_name="+"
    )
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["-starts_on", "-pk"]
        constraints = [
            models.CheckConstraint(condition=Q(amount_cents__gt=0), name="fund_budget_positive"),
            models.CheckConstraint(
                condition=Q(ends_on__gte=F("starts_on")), name="fund_budget_ends_after_start"
            ),
        ]
