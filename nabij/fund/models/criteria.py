from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from nabij.fund.choices import Category, HouseholdPeriod


class Criterion(models.Model):
    """A published rule: what the fund gives, to whom, up to how much. Criteria are
    versioned: a change is a new row with the same code and the next version, the old
    one stays (is_current False) and decisions point at the exact version applied."""

    place = models.ForeignKey("community.Place", on_delete=models.PROTECT, related_name="+")
    fund = models.ForeignKey("fund.Fund", on_delete=models.PROTECT, related_name="criteria")
    code = models.SlugField(_("code"), max_length=40)
    version = models.PositiveIntegerField(_("versie"))
    is_current = models.BooleanField(default=True)
    title = models.CharField(_("titel"), max_length=120)
    category = models.CharField(_("soort hulp"), max_length=16, choices=Category.choices)
    gives = models.TextField(_("wat het fonds geeft"))
    for_whom = models.TextField(_("voor wie"))
    max_amount_cents = models.BigIntegerField(_("hoogstens"))
    household_max_cents = models.BigIntegerField(_("hoogstens per gezin"), null=True, blank=True)
    household_period = models.CharField(
        _("per"), max_length=8, choices=HouseholdPeriod.choices, blank=True
    )
    valid_from = models.DateField(_("geldt vanaf"))
    valid_until = models.DateField(_("geldt tot en met"), null=True, blank=True)
    created_by = models.ForeignKey("community.Member", on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["code", "-version"]
        constraints = [
            models.UniqueConstraint(
                fields=["fund", "code", "version"], name="fund_criterion_version_unique"
            ),
            models.UniqueConstraint(
                fields=["fund", "code"],
                condition=Q(is_current=True),
                name="fund_criterion_one_current",
            ),
            models.CheckConstraint(condition=Q(version__gte=1), name="fund_criterion_version_1up"),
            models.CheckConstraint(condition=~Q(code=""), name="fund_criterion_code_not_empty"),
            models.CheckConstraint(condition=~Q(title=""), name="fund_criterion_title_not_empty"),
            models.CheckConstraint(
                condition=Q(category__in=Category.values), name="fund_criterion_category_known"
            ),
            models.CheckConstraint(
                condition=Q(max_amount_cents__gt=0), name="fund_criterion_max_positive"
            ),
            models.CheckConstraint(
                condition=(Q(household_max_cents__isnull=True) & Q(household_period=""))
                | (Q(household_max_cents__gt=0) & Q(household_period__in=HouseholdPeriod.values)),
                name="fund_criterion_household_max_with_period",
            ),
            models.CheckConstraint(
                condition=Q(valid_until__isnull=True) | Q(valid_until__gte=F("valid_from")),
                name="fund_criterion_ends_after_start",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title} (v{self.version})"
