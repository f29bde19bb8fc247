from .needs import UnmetNeed
from .reports import Signal, SignalFigure, SignalReply, SignalSending, SignalTestimony
from .responses import Answer, Response
from .surveys import Choice, Question, SkipRule, Survey
from .testimonies import Testimony

__all__ = [
    "Answer",
    "Choice",
    "Question",
    "Response",
    "Signal",
    "SignalFigure",
    "SignalReply",
    "SignalSending",
    "SignalTestimony",
    "SkipRule",
    "Survey",
    "Testimony",
    "UnmetNeed",
]
