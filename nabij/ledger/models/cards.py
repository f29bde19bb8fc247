from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Card(models.Model):
    """A member's payment card. Its code is signed with the card's serial (see
    nabij.ledger.codes), so replacing a lost card makes the old printed code worthless.

    An account's first card (serial 1) needs no row: until a worker replaces it, serial 1
    is the card in use. Replacing writes the old card, revoked, and the new one. At most
    one card of an account is in use (database constraint)."""

    place = models.ForeignKey("community.Place", on_delete=models.PROTECT, related_name="+")
    account = models.ForeignKey("ledger.Account", on_delete=models.PROTECT, related_name="cards")
    serial = models.PositiveIntegerField(_("kaartnummer"))
    issued_at = models.DateTimeField()
    issued_by = models.ForeignKey(
        "community.Member", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_by = models.ForeignKey(
        "community.Member", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    revoke_reason = models.CharField(_("reden"), max_length=300, blank=True)

    class Meta:
        ordering = ["account", "serial"]
        constraints = [
            models.CheckConstraint(condition=Q(serial__gte=1), name="card_serial_positive"),
            models.UniqueConstraint(fields=["account", "serial"], name="card_serial_unique"),
            models.UniqueConstraint(
                fields=["account"],
                condition=Q(revoked_at__isnull=True),
                name="card_one_active_per_account",
            ),
            models.CheckConstraint(
                condition=Q(revoked_at__isnull=True) | Q(revoked_by__isnull=False),
                name="card_revoked_by_someone",
            ),
        ]

    @property
    def active(self) -> bool:
        return self.revoked_at is None
