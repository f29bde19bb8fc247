from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from nabij.ledger.choices import TaskState


class Task(models.Model):
    """Neighbourhood work an earning partner pays for: posted, then done by a member and
    confirmed by a worker, which pays the member from the partner's account."""

    place = models.ForeignKey("community.Place", on_delete=models.PROTECT, related_name="+")
    currency = models.ForeignKey("ledger.Currency", on_delete=models.PROTECT, related_name="tasks")
    payer = models.ForeignKey("ledger.Account", on_delete=models.PROTECT, related_name="tasks")
    title = models.CharField(_("wat"), max_length=160)
    description = models.TextField(_("uitleg"), blank=True)
    hours = models.DecimalField(_("uren"), max_digits=4, decimal_places=2)
    reward = models.BigIntegerField(_("vergoeding"))
    state = models.CharField(max_length=10, choices=TaskState.choices, default=TaskState.OPEN)
    posted_by = models.ForeignKey("community.Member", on_delete=models.PROTECT, related_name="+")
    posted_at = models.DateTimeField()
    worker = models.ForeignKey(
        "community.Member",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="ledger_tasks",
        verbose_name=_("gedaan door"),
    )
    confirmed_by = models.ForeignKey(
        "community.Member", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    done_at = models.DateTimeField(null=True, blank=True)
    payment = models.OneToOneField(
        "ledger.Transfer", on_delete=models.PROTECT, null=True, blank=True, related_name="task"
    )

    class Meta:
        ordering = ["-posted_at", "-pk"]
        indexes = [models.Index(fields=["place", "state"])]
        constraints = [
            models.CheckConstraint(condition=~Q(title=""), name="task_title_not_empty"),
            models.CheckConstraint(condition=Q(hours__gt=0), name="task_hours_positive"),
            models.CheckConstraint(condition=Q(reward__gt=0), name="task_reward_positive"),
            models.CheckConstraint(
                condition=Q(state__in=TaskState.values), name="task_state_known"
            ),
            models.CheckConstraint(
                condition=(
                    Q(state=TaskState.DONE)
                    & Q(payment__isnull=False)
                    & Q(worker__isnull=False)
                    & Q(done_at__isnull=False)
                )
                | (~Q(state=TaskState.DONE) & Q(payment__isnull=True)),
                name="task_done_is_paid",
            ),
        ]

    def __str__(self) -> str:
        return self.title
