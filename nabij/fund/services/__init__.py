from .applications import application_submit
from .criteria import CriterionText, criterion_publish, criterion_revise
from .decisions import proposal_confirm, proposal_make, proposal_send_back
from .donations import donation_record, pledge_create, pledge_stop
from .funds import budget_change, budget_create, fund_create, fund_update, seat_add, seat_end
from .payouts import payout_record

__all__ = [
    "CriterionText",
    "application_submit",
    "budget_change",
    "budget_create",
    "criterion_publish",
    "criterion_revise",
    "donation_record",
    "fund_create",
    "fund_update",
    "payout_record",
    "pledge_create",
    "pledge_stop",
    "proposal_confirm",
    "proposal_make",
    "proposal_send_back",
    "seat_add",
    "seat_end",
]
