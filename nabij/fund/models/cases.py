from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from nabij.fund.choices import Outcome, PayoutKind, ProposalState, ReasonCode

# What the outcome says about the amount and the reason code: a refusal grants nothing
# and names a general reason; a full grant needs none.
OUTCOME_SHAPE = (
    (Q(outcome=Outcome.GRANT) & Q(amount_cents__gt=0) & Q(reason_code=""))
    | (Q(outcome=Outcome.PARTIAL) & Q(amount_cents__gt=0) & Q(reason_code__in=ReasonCode.values))
    | (Q(outcome=Outcome.REFUSE) & Q(amount_cents=0) & Q(reason_code__in=ReasonCode.values))
)
REASON_WRITTEN = Q(reason__regex=r"\S")


class Application(models.Model):
    """A request for help, made by a worker on someone's behalf. The committee sees the
    case number and the situation, never the name: only staff see who it is for.
    No papers or bank account are asked, so there are no fields for them."""

    place = models.ForeignKey("community.Place", on_delete=models.PROTECT, related_name="+")
    fund = models.ForeignKey("fund.Fund", on_delete=models.PROTECT, related_name="applications")
    case_number = models.PositiveIntegerField(_("dossiernummer"))
    person = models.ForeignKey("community.Member", on_delete=models.PROTECT, related_name="+")
    criterion = models.ForeignKey(
        "fund.Criterion", on_delete=models.PROTECT, related_name="applications"
    )
    amount_cents = models.BigIntegerField(_("gevraagd bedrag"))
    household_size = models.PositiveSmallIntegerField(_("aantal mensen in het gezin"), null=True)
    situation = models.TextField(_("situatie"))
    applied_by = models.ForeignKey("community.Member", on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["fund", "created_at"])]
        constraints = [
            models.UniqueConstraint(fields=["fund", "case_number"], name="fund_case_number_unique"),
            models.CheckConstraint(condition=Q(case_number__gt=0), name="fund_case_number_1up"),
            models.CheckConstraint(
                condition=Q(amount_cents__gt=0), name="fund_application_amount_positive"
            ),
            models.CheckConstraint(
                condition=Q(household_size__isnull=True) | Q(household_size__gte=1),
                name="fund_application_household_size_1up",
            ),
            models.CheckConstraint(
                condition=Q(situation__regex=r"\S"),
                name="fund_application_situation_written",
            ),
        ]


class Proposal(models.Model):
    """The first committee member's proposed decision. It becomes a Decision only when a
    second, different committee member confirms it; it can also be sent back."""

    place = models.ForeignKey("community.Place", on_delete=models.PROTECT, related_name="+")
    application = models.ForeignKey(Application, on_delete=models.PROTECT, related_name="proposals")
    criterion = models.ForeignKey("fund.Criterion", on_delete=models.PROTECT, related_name="+")
    outcome = models.CharField(_("beslissing"), max_length=8, choices=Outcome.choices)
    amount_cents = models.BigIntegerField(_("toegekend bedrag"))
    reason_code = models.CharField(
        _("reden in het kort"), max_length=24, choices=ReasonCode.choices, blank=True
    )
    reason = models.TextField(_("motivering"))
    state = models.CharField(max_length=10, choices=ProposalState.choices)
    proposed_by = models.ForeignKey("community.Member", on_delete=models.PROTECT, related_name="+")
    proposed_at = models.DateTimeField()
    closed_by = models.ForeignKey(
        "community.Member", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    closed_at = models.DateTimeField(null=True, blank=True)
    closing_note = models.TextField(_("opmerking"), blank=True)

    class Meta:
        ordering = ["-proposed_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["application"],
                condition=Q(state=ProposalState.OPEN),
                name="fund_proposal_one_open",
            ),
            models.CheckConstraint(
                condition=Q(state__in=ProposalState.values), name="fund_proposal_state_known"
            ),
            models.CheckConstraint(condition=OUTCOME_SHAPE, name="fund_proposal_outcome_shape"),
            models.CheckConstraint(condition=REASON_WRITTEN, name="fund_proposal_reason_written"),
            models.CheckConstraint(
                condition=(Q(state=ProposalState.OPEN) & Q(closed_at__isnull=True))
                | (
                    ~Q(state=ProposalState.OPEN)
                    & Q(closed_at__isnull=False)
                    & Q(closed_by__isnull=False)
                    & ~Q(closed_by=F("proposed_by"))
                ),
                name="fund_proposal_closed_by_another",
            ),
        ]


class Decision(models.Model):
    """The committee's decision on one application: proposed by one committee member,
    confirmed by another, with the exact criterion version applied and the reason.
    A grant is charged to the budget period of the day it was decided."""

    place = models.ForeignKey("community.Place", on_delete=models.PROTECT, related_name="+")
    fund = models.ForeignKey("fund.Fund", on_delete=models.PROTECT, related_name="decisions")
    application = models.OneToOneField(
        Application, on_delete=models.PROTECT, related_name="decision"
    )
    proposal = models.OneToOneField(Proposal, on_delete=models.PROTECT, related_name="decision")
    criterion = models.ForeignKey(
        "fund.Criterion", on_delete=models.PROTECT, related_name="decisions"
    )
    outcome = models.CharField(_("beslissing"), max_length=8, choices=Outcome.choices)
    amount_cents = models.BigIntegerField(_("toegekend bedrag"))
    reason_code = models.CharField(
        _("reden in het kort"), max_length=24, choices=ReasonCode.choices, blank=True
    )
    reason = models.TextField(_("motivering"))
    budget = models.ForeignKey(
        "fund.BudgetPeriod",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="decisions",
    )
    proposed_by = models.ForeignKey("community.Member", on_delete=models.PROTECT, related_name="+")
    confirmed_by = models.ForeignKey("community.Member", on_delete=models.PROTECT, related_name="+")
    proposed_at = models.DateTimeField()
    decided_at = models.DateTimeField()

    class Meta:
        ordering = ["-decided_at", "-pk"]
        indexes = [models.Index(fields=["fund", "decided_at"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(outcome__in=Outcome.values), name="fund_decision_outcome_known"
            ),
            models.CheckConstraint(condition=OUTCOME_SHAPE, name="fund_decision_outcome_shape"),
            models.CheckConstraint(condition=REASON_WRITTEN, name="fund_decision_reason_written"),
            models.CheckConstraint(
                condition=~Q(proposed_by=F("confirmed_by")), name="fund_decision_two_people"
            ),
            models.CheckConstraint(
                condition=Q(decided_at__gte=F("proposed_at")), name="fund_decision_after_proposal"
            ),
            models.CheckConstraint(
                condition=Q(outcome=Outcome.REFUSE) | Q(budget__isnull=False),
                name="fund_decision_grant_has_budget",
            ),
        ]


class Payout(models.Model):
    """Help handed over for a decision: cash, a prepaid card or voucher, or help in kind
    (then described, with its value). The payouts of a decision never add up to more
    than was granted (trigger)."""

    place = models.ForeignKey("community.Place", on_delete=models.PROTECT, related_name="+")
    fund = models.ForeignKey("fund.Fund", on_delete=models.PROTECT, related_name="payouts")
    decision = models.ForeignKey(Decision, on_delete=models.PROTECT, related_name="payouts")
    kind = models.CharField(_("vorm"), max_length=8, choices=PayoutKind.choices)
    description = models.CharField(_("omschrijving"), max_length=300, blank=True)
    amount_cents = models.BigIntegerField(_("bedrag of waarde"))
    paid_on = models.DateField(_("gegeven op"))
    recorded_by = models.ForeignKey("community.Member", on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField()

    class Meta:
        ordering = ["paid_on", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(amount_cents__gt=0), name="fund_payout_amount_positive"
            ),
            models.CheckConstraint(
                condition=Q(kind__in=PayoutKind.values), name="fund_payout_kind_known"
            ),
            models.CheckConstraint(
                condition=~Q(kind=PayoutKind.IN_KIND) | Q(description__regex=r"\S"),
                name="fund_payout_in_kind_described",
            ),
        ]
