from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from nabij.ledger.choices import Category, TransferState


class Transfer(models.Model):
    """The header of a double-entry booking. Never deleted and never edited, except that
    its state moves forward: pending -> committed or rejected, committed -> reversed.

    The database refuses to commit a transfer whose entries do not sum to zero, and
    refuses new entries once it left `pending` (triggers in migration 0002).
    """

    # Place, currency and author are checked by the guard trigger, not by foreign-key
    # constraints: a foreign key share-locks the row it points to, and every transfer
    # pointing at the same place and currency row made concurrent bookings queue on it
    # (half the throughput in `nabij bench ledger`). Those rows are never deleted.
    place = models.ForeignKey(
        "community.Place",
        on_delete=models.PROTECT,
        related_name="+",
        db_constraint=False,
        db_index=False,  # the key's unique index starts with the place
    )
    currency = models.ForeignKey(
        "ledger.Currency",
        on_delete=models.PROTECT,
        related_name="transfers",
        db_constraint=False,
        db_index=False,  # indexed with created_at below
    )
    # Chosen by the client (a form, a till, a retrying worker): a retry with the same key
    # returns this transfer; `fingerprint` tells a retry from a different request.
    idempotency_key = models.CharField(max_length=80)
    fingerprint = models.CharField(max_length=64)
    state = models.CharField(max_length=10, choices=TransferState.choices)
    category = models.CharField(max_length=16, choices=Category.choices)
    memo = models.CharField(_("omschrijving"), max_length=200, blank=True)
    reverses = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reversals",
        db_index=False,  # the unique "reversed once" index serves
    )
    created_by = models.ForeignKey(
        "community.Member",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        db_constraint=False,
        db_index=False,
    )
    created_at = models.DateTimeField()
    committed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["currency", "created_at"])]
        constraints = [
            models.UniqueConstraint(
                fields=["place", "idempotency_key"], name="transfer_key_unique_per_place"
            ),
            models.CheckConstraint(condition=~Q(idempotency_key=""), name="transfer_has_key"),
            models.CheckConstraint(
                condition=Q(state__in=TransferState.values), name="transfer_state_known"
            ),
            models.CheckConstraint(
                condition=Q(category__in=Category.values), name="transfer_category_known"
            ),
            models.CheckConstraint(
                condition=Q(state__in=[TransferState.PENDING, TransferState.REJECTED])
                | Q(committed_at__isnull=False),
                name="transfer_committed_is_dated",
            ),
            # A transfer is reversed at most once, and only a reversal reverses.
            models.UniqueConstraint(
                fields=["reverses"],
                condition=Q(reverses__isnull=False),
                name="transfer_reversed_once",
            ),
            models.CheckConstraint(
                condition=Q(reverses__isnull=True) | Q(category=Category.REVERSAL),
                name="transfer_reverses_is_reversal",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_category_display()} #{self.pk}"


class Entry(models.Model):
    """One leg of a transfer: a signed amount, in minor units, on one account.

    Positive: the account receives. The entries of a transfer sum to zero, and one
    account appears at most once in a transfer, so nobody pays themselves.
    """

    transfer = models.ForeignKey(
        Transfer,
        on_delete=models.PROTECT,
        related_name="entries",
        db_index=False,  # the unique (transfer, account) index serves
    )
    account = models.ForeignKey("ledger.Account", on_delete=models.PROTECT, related_name="entries")
    amount = models.BigIntegerField()

    class Meta:
        ordering = ["pk"]
        verbose_name_plural = "entries"
        constraints = [
            models.CheckConstraint(condition=~Q(amount=0), name="entry_amount_not_zero"),
            models.UniqueConstraint(
                fields=["transfer", "account"], name="entry_one_leg_per_account"
            ),
        ]
