from django.db import models
from django.db.models import Q

from nabij.ledger.choices import VoucherState


class VoucherBatch(models.Model):
    """A printed sheet of paper vouchers, issued from the issuance account into the
    voucher liability account; cancelled as a whole when lost."""

    place = models.ForeignKey("community.Place", on_delete=models.PROTECT, related_name="+")
    currency = models.ForeignKey(
        "ledger.Currency", on_delete=models.PROTECT, related_name="voucher_batches"
    )
    denomination = models.BigIntegerField()
    count = models.PositiveIntegerField()
    issue_transfer = models.OneToOneField(
        "ledger.Transfer", on_delete=models.PROTECT, related_name="issued_batch"
    )
    created_by = models.ForeignKey("community.Member", on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField()
    cancel_transfer = models.OneToOneField(
        "ledger.Transfer",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="cancelled_batch",
    )
    cancelled_by = models.ForeignKey(
        "community.Member", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    cancelled_at = models.DateTimeField(null=True, blank=True)
    cancel_reason = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name_plural = "voucher batches"
        constraints = [
            models.CheckConstraint(
                condition=Q(denomination__gt=0), name="voucher_batch_denomination_positive"
            ),
            models.CheckConstraint(condition=Q(count__gt=0), name="voucher_batch_not_empty"),
            models.CheckConstraint(
                condition=Q(cancel_transfer__isnull=True) | Q(cancelled_at__isnull=False),
                name="voucher_batch_cancel_dated",
            ),
        ]


class Voucher(models.Model):
    """One paper voucher. Its number is its primary key; its printed code adds a signature
    (see nabij.ledger.codes). Redeemed exactly once: `redemption` is unique, a redeemed or
    cancelled voucher can no longer change (trigger in migration 0002)."""

    place = models.ForeignKey("community.Place", on_delete=models.PROTECT, related_name="+")
    batch = models.ForeignKey(VoucherBatch, on_delete=models.PROTECT, related_name="vouchers")
    amount = models.BigIntegerField()
    state = models.CharField(max_length=12, choices=VoucherState.choices)
    redemption = models.OneToOneField(
        "ledger.Transfer",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="redeemed_voucher",
    )
    redeemed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["pk"]
        indexes = [models.Index(fields=["batch", "state"])]
        constraints = [
            models.CheckConstraint(condition=Q(amount__gt=0), name="voucher_amount_positive"),
            models.CheckConstraint(
                condition=Q(state__in=VoucherState.values), name="voucher_state_known"
            ),
            models.CheckConstraint(
                condition=(
                    Q(state=VoucherState.REDEEMED)
                    & Q(redemption__isnull=False)
                    & Q(redeemed_at__isnull=False)
                )
                | (~Q(state=VoucherState.REDEEMED) & Q(redemption__isnull=True)),
                name="voucher_redeemed_has_transfer",
            ),
        ]

    @property
    def number(self) -> int:
        return self.pk
