from .cases import Application, Decision, Payout, Proposal
from .criteria import Criterion
from .donations import Donation, Pledge
from .funds import BudgetPeriod, Fund, FundCommitteeSeat

__all__ = [
    "Application",
    "BudgetPeriod",
    "Criterion",
    "Decision",
    "Donation",
    "Fund",
    "FundCommitteeSeat",
    "Payout",
    "Pledge",
    "Proposal",
]
