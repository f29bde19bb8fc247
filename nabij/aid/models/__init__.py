from .batch import ACTIVE_RUN_STATES, BatchRun, BatchRunState, BatchRunStep
from .matches import Match, MatchNote, Veto
from .notifications import Notification
from .offers import Offer, OfferHelpType
from .outreach import Call
from .requests import Request

__all__ = [
    "ACTIVE_RUN_STATES",
    "BatchRun",
    "BatchRunState",
    "BatchRunStep",
    "Call",
    "Match",
    "MatchNote",
    "Notification",
    "Offer",
    "OfferHelpType",
    "Request",
    "Veto",
]
