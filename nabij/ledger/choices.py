"""The ledger's vocabulary: kinds of currencies, accounts, transfers and their states."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class CurrencyMode(models.TextChoices):
    ISSUED = "issued", _("uitgegeven door een organisatie")
    MUTUAL_CREDIT = "mutual_credit", _("wederzijds krediet")
    TIME = "time", _("tijdsbank (uren)")


class AccountKind(models.TextChoices):
    MEMBER = "member", _("bewoner")
    ORGANISATION = "organisation", _("organisatie")
    ISSUANCE = "issuance", _("uitgifte")
    DEMURRAGE_FUND = "demurrage_fund", _("buurtfonds (muntbijdrage)")
    EURO_SETTLEMENT = "euro_settlement", _("omgewisseld naar euro")
    VOUCHER_LIABILITY = "voucher_liability", _("papieren bonnen in omloop")


SYSTEM_KINDS = (
    AccountKind.ISSUANCE,
    AccountKind.DEMURRAGE_FUND,
    AccountKind.EURO_SETTLEMENT,
    AccountKind.VOUCHER_LIABILITY,
)


class TransferState(models.TextChoices):
    PENDING = "pending", _("in behandeling")
    COMMITTED = "committed", _("geboekt")
    REJECTED = "rejected", _("geweigerd")
    REVERSED = "reversed", _("teruggedraaid")


# The states whose entries count in balances: a reversed transfer keeps its entries and
# its reversal adds the opposite ones.
COUNTED_STATES = (TransferState.COMMITTED, TransferState.REVERSED)


class Category(models.TextChoices):
    EARN = "earn", _("verdiend")
    SPEND = "spend", _("uitgegeven")
    ISSUE = "issue", _("uitgifte")
    REDEEM_TO_EURO = "redeem_to_euro", _("omgewisseld naar euro")
    DEMURRAGE = "demurrage", _("muntbijdrage")
    REVERSAL = "reversal", _("terugboeking")


class VoucherState(models.TextChoices):
    OUTSTANDING = "outstanding", _("in omloop")
    REDEEMED = "redeemed", _("ingewisseld")
    CANCELLED = "cancelled", _("ingetrokken")


class TaskState(models.TextChoices):
    OPEN = "open", _("open")
    DONE = "done", _("gedaan en betaald")
    CANCELLED = "cancelled", _("geschrapt")
