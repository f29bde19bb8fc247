from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from nabij.sharing.choices import Condition


class Loan(models.Model):
    """An item handed to a borrower, and (once `returned_at` is set) back again."""

    place = models.ForeignKey("community.Place", on_delete=models.CASCADE, related_name="+")
    item = models.ForeignKey("sharing.Item", on_delete=models.CASCADE, related_name="loans")
    reservation = models.OneToOneField(
        "sharing.Reservation", on_delete=models.PROTECT, related_name="loan"
    )
    borrower = models.ForeignKey("community.Member", on_delete=models.CASCADE, related_name="loans")
    lent_by = models.ForeignKey(
        "community.Member", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    lent_at = models.DateTimeField()
    due_at = models.DateTimeField(_("terug op"))
    condition_out = models.CharField(max_length=8, choices=Condition.choices)
    deposit_held = models.BooleanField(_("waarborg ontvangen"), default=False)
    returned_at = models.DateTimeField(null=True, blank=True)
    returned_to = models.ForeignKey(
        "community.Member", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    condition_back = models.CharField(
        max_length=8, choices=Condition.choices, blank=True, default=""
    )
    return_note = models.TextField(_("opmerking bij het terugbrengen"), blank=True)

    class Meta:
        ordering = ["-lent_at", "-pk"]
        indexes = [models.Index(fields=["place", "returned_at", "due_at"])]
        constraints = [
            # An item is with one borrower at a time.
            models.UniqueConstraint(
                fields=["item"],
                condition=Q(returned_at__isnull=True),
                name="sharing_loan_one_open_per_item",
            ),
            models.CheckConstraint(
                condition=Q(due_at__gt=F("lent_at")), name="sharing_loan_due_after_lent"
            ),
            models.CheckConstraint(
                condition=Q(returned_at__isnull=True) | Q(returned_at__gte=F("lent_at")),
                name="sharing_loan_returned_after_lent",
            ),
            models.CheckConstraint(
                condition=Q(condition_out__in=Condition.values),
                name="sharing_loan_condition_out_known",
            ),
            # The condition on return is noted exactly when the item came back.
            models.CheckConstraint(
                condition=(Q(returned_at__isnull=True) & Q(condition_back=""))
                | (Q(returned_at__isnull=False) & Q(condition_back__in=Condition.values)),
                name="sharing_loan_condition_back_on_return",
            ),
        ]

    @property
    def is_open(self) -> bool:
        return self.returned_at is None


class LoanReminder(models.Model):
    """A reminder sent for an overdue loan on one day: at most one a day."""

    loan = models.ForeignKey(Loan, on_delete=models.CASCADE, related_name="reminders")
    day = models.DateField()
    notification = models.ForeignKey(
        "aid.Notification", on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["loan", "day"], name="sharing_reminder_once_a_day")
        ]
