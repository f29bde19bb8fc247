from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from nabij.ledger.choices import CurrencyMode


class Currency(models.Model):
    """A community currency of one place. Amounts are stored as integers in minor units:
    with `minor_units` 2, one unit is 100 minor units."""

    place = models.ForeignKey("community.Place", on_delete=models.PROTECT, related_name="+")
    name = models.CharField(_("naam"), max_length=60)
    symbol = models.CharField(_("teken"), max_length=8)
    minor_units = models.PositiveSmallIntegerField(_("cijfers na de komma"), default=0)
    mode = models.CharField(_("soort munt"), max_length=16, choices=CurrencyMode.choices)
    # 10 units = €1 is units_per_euro 10; empty when the currency is never changed to euros.
    units_per_euro = models.DecimalField(
        _("munten per euro"), max_digits=12, decimal_places=4, null=True, blank=True
    )
    # A periodic percentage of positive balances that flows to the community fund.
    demurrage_percent = models.DecimalField(
        _("muntbijdrage (procent)"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    demurrage_period_days = models.PositiveSmallIntegerField(_("om de zoveel dagen"), default=30)
    # Limits new member accounts start with, in minor units; empty maximum: none.
    default_min_balance = models.BigIntegerField(_("laagste saldo"), default=0)
    default_max_balance = models.BigIntegerField(_("hoogste saldo"), null=True, blank=True)
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["name", "pk"]
        verbose_name_plural = "currencies"
        constraints = [
            models.UniqueConstraint(fields=["place", "name"], name="currency_name_unique"),
            models.CheckConstraint(
                condition=Q(mode__in=CurrencyMode.values), name="currency_mode_known"
            ),
            models.CheckConstraint(condition=~Q(name=""), name="currency_name_not_empty"),
            models.CheckConstraint(condition=~Q(symbol=""), name="currency_symbol_not_empty"),
            models.CheckConstraint(
                condition=Q(minor_units__lte=4), name="currency_minor_units_small"
            ),
            models.CheckConstraint(
                condition=Q(units_per_euro__isnull=True) | Q(units_per_euro__gt=0),
                name="currency_rate_positive",
            ),
            models.CheckConstraint(
                condition=Q(demurrage_percent__isnull=True)
                | (Q(demurrage_percent__gt=0) & Q(demurrage_percent__lt=100)),
                name="currency_demurrage_percentage",
            ),
            models.CheckConstraint(
                condition=Q(demurrage_period_days__gte=1), name="currency_demurrage_period"
            ),
            # A new account starts at zero, so zero must lie within the default limits.
            models.CheckConstraint(
                condition=Q(default_min_balance__lte=0)
                & (Q(default_max_balance__isnull=True) | Q(default_max_balance__gte=0)),
                name="currency_limits_hold_zero",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def scale(self) -> int:
        """Minor units in one unit."""
        return 10**self.minor_units
