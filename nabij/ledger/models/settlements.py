from django.db import models
from django.db.models import F, Q


class Settlement(models.Model):
    """A shop's balance changed to euros: the units go to the euro-settlement account and
    the issuing organisation pays the shop `euros`."""

    place = models.ForeignKey("community.Place", on_delete=models.PROTECT, related_name="+")
    currency = models.ForeignKey(
        "ledger.Currency", on_delete=models.PROTECT, related_name="settlements"
    )
    account = models.ForeignKey(
        "ledger.Account", on_delete=models.PROTECT, related_name="settlements"
    )
    transfer = models.OneToOneField(
        "ledger.Transfer", on_delete=models.PROTECT, related_name="settlement"
    )
    amount = models.BigIntegerField()
    units_per_euro = models.DecimalField(max_digits=12, decimal_places=4)
    euros = models.DecimalField(max_digits=14, decimal_places=2)
    period_start = models.DateTimeField()
    period_end = models.DateTimeField()
    created_by = models.ForeignKey("community.Member", on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-period_end", "-pk"]
        constraints = [
            models.CheckConstraint(condition=Q(amount__gt=0), name="settlement_amount_positive"),
            models.CheckConstraint(
                condition=Q(period_end__gte=F("period_start")), name="settlement_period_ordered"
            ),
        ]
