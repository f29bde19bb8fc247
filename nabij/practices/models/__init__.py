from nabij.practices.models.documents import Document, Passage, PassageReview
from nabij.practices.models.practices import (
    Practice,
    PracticeAttachment,
    PracticeContact,
    PracticeLink,
)
from nabij.practices.models.reflections import FieldPosition, Reflection, SourceStrength

__all__ = [
    "Document",
    "FieldPosition",
    "Passage",
    "PassageReview",
    "Practice",
    "PracticeAttachment",
    "PracticeContact",
    "PracticeLink",
    "Reflection",
    "SourceStrength",
]
