from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from nabij.ledger.choices import SYSTEM_KINDS, AccountKind


class Account(models.Model):
    """Where a currency is held: by a member, an organisation, or the system itself.

    `balance` caches the sum of the account's counted entries; it changes only in the
    transaction that books them, under a row lock. The database refuses a balance outside
    the account's limits (empty limit: none).
    """

    place = models.ForeignKey("community.Place", on_delete=models.PROTECT, related_name="+")
    currency = models.ForeignKey(
        "ledger.Currency", on_delete=models.PROTECT, related_name="accounts"
    )
    kind = models.CharField(max_length=20, choices=AccountKind.choices)
    member = models.ForeignKey(
        "community.Member",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="ledger_accounts",
    )
    organisation = models.ForeignKey(
        "community.Organisation",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="ledger_accounts",
    )
    # An earning partner pays members for neighbourhood work; a spending partner (a shop,
    # the garden, the cinema) accepts the currency and is settled in euros.
    pays_out = models.BooleanField(_("betaalt uit voor buurtwerk"), default=False)
    accepts = models.BooleanField(_("aanvaardt de munt"), default=False)
    balance = models.BigIntegerField(default=0)
    min_balance = models.BigIntegerField(_("laagste saldo"), null=True, blank=True)
    max_balance = models.BigIntegerField(_("hoogste saldo"), null=True, blank=True)
    opened_at = models.DateTimeField()

    class Meta:
        ordering = ["pk"]
        indexes = [models.Index(fields=["currency", "kind"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=AccountKind.values), name="account_kind_known"
            ),
            models.CheckConstraint(
                condition=(
                    Q(kind=AccountKind.MEMBER, member__isnull=False, organisation__isnull=True)
                    | Q(
                        kind=AccountKind.ORGANISATION,
                        member__isnull=True,
                        organisation__isnull=False,
                    )
                    | Q(kind__in=SYSTEM_KINDS, member__isnull=True, organisation__isnull=True)
                ),
                name="account_owner_fits_kind",
            ),
            models.CheckConstraint(
                condition=Q(kind=AccountKind.ORGANISATION) | Q(pays_out=False, accepts=False),
                name="account_partner_is_organisation",
            ),
            # The limit rule itself, checked on every write of the cached balance.
            models.CheckConstraint(
                condition=(Q(min_balance__isnull=True) | Q(balance__gte=F("min_balance")))
                & (Q(max_balance__isnull=True) | Q(balance__lte=F("max_balance"))),
                name="account_balance_within_limits",
            ),
            models.UniqueConstraint(
                fields=["currency", "member"],
                condition=Q(member__isnull=False),
                name="account_one_per_member",
            ),
            models.UniqueConstraint(
                fields=["currency", "organisation"],
                condition=Q(organisation__isnull=False),
                name="account_one_per_organisation",
            ),
            models.UniqueConstraint(
                fields=["currency", "kind"],
                condition=Q(kind__in=SYSTEM_KINDS),
                name="account_one_per_system_kind",
            ),
        ]

    def __str__(self) -> str:
        if self.member_id is not None:
            return self.member.display_name
        if self.organisation_id is not None:
            return self.organisation.name
        return str(AccountKind(self.kind).label)


class LimitOverride(models.Model):
    """An admin changed an account's limits, and why. Append-only: the log of overrides."""

    place = models.ForeignKey("community.Place", on_delete=models.PROTECT, related_name="+")
    account = models.ForeignKey(Account, on_delete=models.PROTECT, related_name="overrides")
    min_balance = models.BigIntegerField(null=True, blank=True)
    max_balance = models.BigIntegerField(null=True, blank=True)
    previous_min_balance = models.BigIntegerField(null=True, blank=True)
    previous_max_balance = models.BigIntegerField(null=True, blank=True)
    reason = models.CharField(_("reden"), max_length=300)
    actor = models.ForeignKey("community.Member", on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField()

    class Meta:
        ordering = ["-at", "-pk"]
        constraints = [
            models.CheckConstraint(condition=~Q(reason=""), name="override_has_reason"),
        ]
