from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from nabij.fund.choices import DonationChannel


class Pledge(models.Model):
    """A promise to give every month. Each gift that arrives is recorded as a Donation
    pointing here; the pledge itself moves no money. A pledge that stops is kept: its
    last day goes into `ends_on` and who stopped it, and when, is on record."""

    place = models.ForeignKey("community.Place", on_delete=models.PROTECT, related_name="+")
    fund = models.ForeignKey("fund.Fund", on_delete=models.PROTECT, related_name="pledges")
    donor_name = models.CharField(_("naam van de gever"), max_length=120, blank=True)
    monthly_cents = models.BigIntegerField(_("bedrag per maand"))
    starts_on = models.DateField(_("vanaf"))
    ends_on = models.DateField(_("tot en met"), null=True, blank=True)
    created_by = models.ForeignKey("community.Member", on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField()
    stopped_by = models.ForeignKey(
        "community.Member", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    stopped_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-starts_on", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(monthly_cents__gt=0), name="fund_pledge_amount_positive"
            ),
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True) | Q(ends_on__gte=F("starts_on")),
                name="fund_pledge_ends_after_start",
            ),
            # Stopping a pledge sets its last day; who stopped it and when go together.
            models.CheckConstraint(
                condition=(Q(stopped_at__isnull=True) & Q(stopped_by__isnull=True))
                | (
                    Q(stopped_at__isnull=False)
                    & Q(stopped_by__isnull=False)
                    & Q(ends_on__isnull=False)
                ),
                name="fund_pledge_stopped_with_end",
            ),
        ]

    @property
    def is_stopped(self) -> bool:
        return self.stopped_at is not None


class Donation(models.Model):
    """Money received. The donor's name is optional (empty: anonymous) and never
    published. `receipt_number` counts up per fund and is printed on the receipt."""

    place = models.ForeignKey("community.Place", on_delete=models.PROTECT, related_name="+")
    fund = models.ForeignKey("fund.Fund", on_delete=models.PROTECT, related_name="donations")
    receipt_number = models.PositiveIntegerField(_("ontvangstbewijs"))
    donor_name = models.CharField(_("naam van de gever"), max_length=120, blank=True)
    pledge = models.ForeignKey(
        Pledge, on_delete=models.PROTECT, null=True, blank=True, related_name="donations"
    )
    amount_cents = models.BigIntegerField(_("bedrag"))
    received_on = models.DateField(_("ontvangen op"))
    channel = models.CharField(
        _("hoe"), max_length=8, choices=DonationChannel.choices, default=DonationChannel.BANK
    )
    note = models.CharField(_("opmerking"), max_length=300, blank=True)
    recorded_by = models.ForeignKey("community.Member", on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField()

    class Meta:
        ordering = ["-received_on", "-receipt_number"]
        indexes = [models.Index(fields=["fund", "received_on"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(amount_cents__gt=0), name="fund_donation_amount_positive"
            ),
            models.CheckConstraint(
                condition=Q(receipt_number__gt=0), name="fund_donation_receipt_positive"
            ),
            models.UniqueConstraint(
                fields=["fund", "receipt_number"], name="fund_donation_receipt_unique"
            ),
            models.CheckConstraint(
                condition=Q(channel__in=DonationChannel.values), name="fund_donation_channel_known"
            ),
        ]

    @property
    def is_anonymous(self) -> bool:
        return not self.donor_name

    @property
    def is_recurring(self) -> bool:
        return self.pledge_id is not None
